package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose components are typed settings; the Kiln processor generates {@code
 * <Record>_Binder}, which reads them from configuration without reflection:
 *
 * <pre>{@code
 * @Settings(prefix = "kiln.db")
 * public record DatabaseSettings(Optional<String> url,
 *     @DefaultValue("10") @Min(1) int poolSize,     // kiln.db.pool-size, KILN_DB_POOL_SIZE
 *     @DefaultValue("2s") Duration connectTimeout) {}
 *
 * DatabaseSettings db = DatabaseSettings_Binder.load();
 * }</pre>
 *
 * <p>A component's key is the prefix, a dot and the component's name in kebab case ({@code
 * poolSize}: {@code kiln.db.pool-size}); its environment variable is the key in upper case with
 * {@code .} and {@code -} as {@code _} ({@code KILN_DB_POOL_SIZE}). A nested record's components
 * are under the nested component's key. Components may be {@code String}, numbers, {@code
 * boolean}, enums, {@code UUID}, dates, {@code Duration}, {@code Optional} and {@code List} or
 * {@code Set} (comma-separated) of those, and nested records; {@code @DefaultValue} gives a
 * default and {@code jakarta.validation} constraints are checked when binding. Any other
 * component type is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Settings {
  /**
   * The keys' common prefix: dot-separated lower-case words ({@code kiln.db}), or empty for
   * top-level keys ({@code port}, {@code PORT}).
   */
  String prefix() default "";
}

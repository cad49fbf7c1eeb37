package dev.kiln.example.petstore.db;

import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Settings;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which database the Petstore uses, as configured (keys {@code kiln.db.*}, environment variables
 * {@code KILN_DB_*}), bound by the generated {@code DatabaseConfig_Binder}.
 *
 * @param url a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL ({@code KILN_DB_URL}); unset or
 *     blank: the H2 file {@code file}
 * @param user the user with {@code url} ({@code KILN_DB_USER}), none by default
 * @param password the password with {@code url} ({@code KILN_DB_PASSWORD}), none by default
 * @param file the H2 file without {@code url} ({@code KILN_DB_FILE}; H2 adds {@code .mv.db})
 * @param poolSize the most pooled connections ({@code KILN_DB_POOL_SIZE})
 */
@Settings(prefix = "kiln.db")
public record DatabaseConfig(Optional<String> url,
    @DefaultValue("") String user,
    @DefaultValue("") String password,
    @DefaultValue(DatabaseSettings.DEFAULT_FILE) String file,
    @DefaultValue("10") @Min(1) int poolSize) {

  /**
   * The database settings: {@code url} with its user and password, else the H2 file.
   *
   * @throws IllegalArgumentException if the URL is not a supported one
   */
  public DatabaseSettings settings() {
    return url.map(u -> new DatabaseSettings(u, user, password, Optional.empty(), poolSize))
        .orElseGet(() -> DatabaseSettings.h2File(Path.of(file)).withPoolSize(poolSize));
  }

  /** The URL, user, file and pool size, never the password. */
  @Override
  public String toString() {
    return "DatabaseConfig[url=" + url.orElse("") + ", user=" + user + ", file=" + file
        + ", poolSize=" + poolSize + "]";
  }
}

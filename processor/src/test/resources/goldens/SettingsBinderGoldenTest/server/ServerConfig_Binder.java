package com.example.conf;

import dev.kiln.runtime.config.Config;
import dev.kiln.runtime.config.ConfigException;
import dev.kiln.runtime.config.ConfigValue;
import dev.kiln.runtime.generated.Checks;
import dev.kiln.runtime.generated.SettingParsers;
import dev.kiln.runtime.generated.SettingsReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Binds {@link ServerConfig} from configuration, as its {@code @Settings} declares (generated).
 *
 * <ul>
 *   <li>{@code server.name} ({@code SERVER_NAME})
 *   <li>{@code server.port} ({@code SERVER_PORT}), default {@code "8080"}
 *   <li>{@code server.banner} ({@code SERVER_BANNER})
 *   <li>{@code server.cors-origins} ({@code SERVER_CORS_ORIGINS})
 *   <li>{@code server.level} ({@code SERVER_LEVEL}), default {@code "LOW"}
 *   <li>{@code server.idle-timeout} ({@code SERVER_IDLE_TIMEOUT}), default {@code "30s"}
 *   <li>{@code server.pool.size} ({@code SERVER_POOL_SIZE}), default {@code "10"}
 * </ul>
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class ServerConfig_Binder {
  private static final Pattern CORS_ORIGINS_ITEM_PATTERN = Pattern.compile("https?://.+");

  private ServerConfig_Binder() {
  }

  /**
   * The settings from {@link Config#load()}: system properties, environment variables, the
   * properties files, the defaults.
   *
   * @throws ConfigException listing every missing or malformed setting
   */
  public static ServerConfig load() {
    return bind(Config.load());
  }

  /**
   * The settings from {@code config}.
   *
   * @throws ConfigException listing every missing or malformed setting and every broken constraint
   */
  public static ServerConfig bind(Config config) {
    SettingsReader in = new SettingsReader(config, "ServerConfig");
    ServerConfig settings = read(in);
    in.throwIfInvalid();
    return settings;
  }

  private static ServerConfig read(SettingsReader in) {
    ConfigValue nameValue = in.value("server.name", "SERVER_NAME", null);
    String name = in.required(nameValue, SettingParsers::toString, SettingParsers.STRING);
    if (in.isValid(nameValue)) {
      if (!Checks.notBlank(name)) {
        in.violation(nameValue, "must not be blank");
      }
    }
    ConfigValue portValue = in.value("server.port", "SERVER_PORT", "8080");
    int port = in.toInt(portValue);
    ConfigValue bannerValue = in.value("server.banner", "SERVER_BANNER", null);
    Optional<String> banner = in.optional(bannerValue, SettingParsers::toString,
        SettingParsers.STRING);
    ConfigValue corsOriginsValue = in.value("server.cors-origins", "SERVER_CORS_ORIGINS", null);
    List<String> corsOrigins = in.list(corsOriginsValue, SettingParsers::toString,
        SettingParsers.STRING);
    if (in.isValid(corsOriginsValue)) {
      for (String corsOriginsItem : corsOrigins) {
        if (!Checks.pattern(corsOriginsItem, CORS_ORIGINS_ITEM_PATTERN)) {
          in.itemViolation(corsOriginsValue, corsOriginsItem, "must match \"https?://.+\"");
        }
      }
    }
    ConfigValue levelValue = in.value("server.level", "SERVER_LEVEL", "LOW");
    Level level = in.required(levelValue, Level_EnumCodec::parse, "one of LOW, HIGH");
    ConfigValue idleTimeoutValue = in.value("server.idle-timeout", "SERVER_IDLE_TIMEOUT", "30s");
    Duration idleTimeout = in.required(idleTimeoutValue, SettingParsers::toDuration,
        SettingParsers.DURATION);
    Pool pool = readServerPool(in);
    return in.create("ServerConfig", () -> new ServerConfig(name, port, banner, corsOrigins, level,
        idleTimeout, pool));
  }

  private static Pool readServerPool(SettingsReader in) {
    ConfigValue sizeValue = in.value("server.pool.size", "SERVER_POOL_SIZE", "10");
    int size = in.toInt(sizeValue);
    if (in.isValid(sizeValue)) {
      if (!Checks.min(size, 1L)) {
        in.violation(sizeValue, "must be greater than or equal to 1");
      }
    }
    return in.create("Pool", () -> new Pool(size));
  }
}

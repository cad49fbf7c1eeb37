package dev.kiln.runtime.support;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Turns the {@code dev.kiln} log off for a test class whose warnings and stack traces are provoked
 * on purpose (stopping with requests in flight), so they stay out of the build log. Register it as
 * a static {@code @RegisterExtension} field.
 */
public final class KilnLogOff implements BeforeAllCallback, AfterAllCallback {
  private final Logger logger = Logger.getLogger("dev.kiln");
  private Level saved;

  @Override
  public void beforeAll(ExtensionContext context) {
    saved = logger.getLevel();
    logger.setLevel(Level.OFF);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    logger.setLevel(saved);
  }
}

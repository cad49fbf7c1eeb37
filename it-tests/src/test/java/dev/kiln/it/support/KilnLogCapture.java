package dev.kiln.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Takes the {@code dev.kiln} log (System.Logger, backed by java.util.logging) off the console
 * while a test runs, for tests that provoke server errors on purpose, and keeps its records for
 * assertions; a failing test prints them. Register it as a {@code @RegisterExtension} field: an
 * instance field captures per test, a static one for the whole class (for servers that log after
 * a test's last request).
 */
public final class KilnLogCapture
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Logger logger = Logger.getLogger("dev.kiln");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private int installs;
  private boolean savedUseParentHandlers;

  /** Every record since the current test began. */
  public List<LogRecord> records() {
    return new ArrayList<>(records);
  }

  /** The records that carry an exception. */
  public List<LogRecord> failures() {
    return records.stream().filter(r -> r.getThrown() != null).collect(Collectors.toList());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    install();
    records.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      SimpleFormatter formatter = new SimpleFormatter();
      records.forEach(record -> System.err.print(formatter.format(record)));
    }
    uninstall();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    uninstall();
  }

  private synchronized void install() {
    if (installs++ == 0) {
      savedUseParentHandlers = logger.getUseParentHandlers();
      logger.setUseParentHandlers(false);
      logger.addHandler(handler);
    }
  }

  private synchronized void uninstall() {
    if (--installs == 0) {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(savedUseParentHandlers);
    }
  }
}

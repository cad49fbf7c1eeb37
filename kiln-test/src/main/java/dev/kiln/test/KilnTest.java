package dev.kiln.test;

import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit Jupiter extension that runs a Kiln application on a free port of 127.0.0.1 and hands
 * tests a {@link KilnClient} whose answers are checked against the application's own OpenAPI
 * document ({@link OpenApiContract}, on by default; off with {@link WithoutContractCheck}).
 *
 * <pre>{@code
 * class ItemsTest {
 *   @RegisterExtension
 *   static final KilnTest APP = KilnTest.of(() -> KilnServer.builder()
 *       .routes(new ItemsController_Routes(new ItemsController())));
 *
 *   @Test
 *   void readsAnItem(KilnClient client) {
 *     assertThat(client.get("/items/7?q=x"))
 *         .hasStatus(200)
 *         .hasJsonAt("/id", 7);
 *   }
 * }
 * }</pre>
 *
 * <p>Registered with {@code @RegisterExtension} on a {@code static} field, the application starts
 * once before the class's tests and stops after them; on an instance field, a fresh application
 * starts for each test (its in-memory state starts empty). Test methods may declare {@link
 * KilnClient} and {@link KilnServer} parameters (with one {@code KilnTest} per class).
 *
 * <p>To replace a provider (a {@code @Provides} method, as FastAPI's {@code dependency_overrides}
 * does), build the routes with a subclass of its generated {@code _Providers} class overriding
 * the method: {@code new ItemsController_Routes(controller, new Auth_Providers(auth) { ... })}.
 */
public final class KilnTest implements BeforeAllCallback, AfterAllCallback,
    BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** Starts the application; see {@link #start(App)}. */
  @FunctionalInterface
  public interface App {
    /** Starts the application and returns its running server. */
    KilnServer start() throws IOException;
  }

  /**
   * Starts the application for a test context, e.g. per invocation of a {@code
   * @ParameterizedClass} reading that invocation's arguments; see {@link #start(ContextApp)}.
   */
  @FunctionalInterface
  public interface ContextApp {
    /** Starts the application for {@code context} and returns its running server. */
    KilnServer start(ExtensionContext context) throws IOException;
  }

  private final ContextApp app;
  private OpenApiContract contract;
  private boolean contractCheck = true;
  private KilnServer server;
  private KilnClient client;
  private boolean perTest;
  private volatile boolean checking;

  private KilnTest(ContextApp app) {
    this.app = app;
  }

  /**
   * Runs the application that {@code builder} configures (its routes, handlers, limits), bound
   * to 127.0.0.1 on a free port: e.g. {@code KilnTest.of(() -> KilnServer.builder().routes(...))}.
   */
  public static KilnTest of(Supplier<KilnServer.Builder> builder) {
    Objects.requireNonNull(builder, "builder");
    return new KilnTest(context -> builder.get().host("127.0.0.1").port(0).start());
  }

  /**
   * Runs the application that {@code app} starts, e.g. {@code KilnTest.start(() ->
   * MyApp.start("127.0.0.1", 0))}; it should listen on a free port (port 0).
   */
  public static KilnTest start(App app) {
    Objects.requireNonNull(app, "app");
    return new KilnTest(context -> app.start());
  }

  /**
   * Runs the application that {@code app} starts for the test context. In a class template
   * (e.g. a {@code @ParameterizedClass}) a static {@code KilnTest} starts a fresh application for
   * each invocation of the class, so {@code app} may read that invocation's arguments.
   */
  public static KilnTest start(ContextApp app) {
    return new KilnTest(Objects.requireNonNull(app, "app"));
  }

  /**
   * Checks answers against {@code document} instead of the application's {@value
   * OpenApiContract#DOCUMENT} on the class path.
   */
  public KilnTest contract(OpenApiContract document) {
    this.contract = Objects.requireNonNull(document, "document");
    return this;
  }

  /** Checks no answer of any test against the document (see also {@link WithoutContractCheck}). */
  public KilnTest withoutContractCheck() {
    this.contractCheck = false;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    checking = checkingFor(context);
    if (!isClassTemplate(context)) { // else once per invocation, below
      startApp(context);
    }
  }

  @Override
  public void beforeClassTemplateInvocation(ExtensionContext context) throws IOException {
    startApp(context);
  }

  @Override
  public void afterClassTemplateInvocation(ExtensionContext context) {
    stopApp();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopApp();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    checking = checkingFor(context);
    if (server == null) { // an instance field: beforeAll was not called
      perTest = true;
      startApp(context);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    checking = contractCheck;
    if (perTest) {
      stopApp();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KilnClient.class || type == KilnServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KilnClient.class ? client() : server();
  }

  /**
   * The running application's server.
   *
   * @throws IllegalStateException outside the tests of the class
   */
  public KilnServer server() {
    if (server == null) {
      throw new IllegalStateException("The application runs only during the tests.");
    }
    return server;
  }

  /** A client of the running application, checking answers unless switched off. */
  public KilnClient client() {
    server();
    return client;
  }

  private void startApp(ExtensionContext context) throws IOException {
    if (contractCheck && contract == null) {
      contract = OpenApiContract.fromClassPath(classLoader(context));
    }
    server = app.start(context);
    String host = server.host().equals("0.0.0.0") ? "127.0.0.1" : server.host();
    client = new KilnClient(URI.create("http://" + host + ":" + server.port()),
        contractCheck ? contract : null, () -> checking);
  }

  private void stopApp() {
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
      server = null;
      client = null;
    }
  }

  private static boolean isClassTemplate(ExtensionContext context) {
    return context.getTestClass()
        .map(type -> AnnotationSupport.isAnnotated(type, ClassTemplate.class))
        .orElse(false);
  }

  private boolean checkingFor(ExtensionContext context) {
    if (!contractCheck) {
      return false;
    }
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      ExtensionContext level = current.get();
      if (AnnotationSupport.isAnnotated(level.getElement(), WithoutContractCheck.class)) {
        return false;
      }
      current = level.getParent();
    }
    return true;
  }

  private static ClassLoader classLoader(ExtensionContext context) {
    return context.getTestClass().map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
  }
}

package dev.kiln.test;

import dev.kiln.runtime.InProcess;
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
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.params.ParameterInfo;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit Jupiter extension that runs a Kiln application on a free port of 127.0.0.1 (or in
 * process, without a socket: {@link Mode#IN_PROCESS}) and hands tests a {@link KilnClient} whose
 * answers are checked against the application's own OpenAPI document ({@link OpenApiContract},
 * on by default; off with {@link WithoutContractCheck}).
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

  /**
   * How the application runs and how the tests' requests reach it. Chosen per test class with
   * {@link TestMode}, for every class with {@link #mode(Mode)}, or both in turn with {@link
   * EachMode}; the assertions and the contract check are the same in both.
   */
  public enum Mode {
    /** On a free port of 127.0.0.1, reached over HTTP/1.1 with the JDK's client (the default). */
    HTTP,
    /**
     * Without a server ({@link KilnServer.Builder#startInProcess()}): each request is handed on
     * the test's thread to the application's handler as an in-memory exchange, through the same
     * filters, routes, exception handlers and problem answers, framed as the JDK's server frames
     * them ({@code Content-length}, {@code Transfer-encoding: chunked}, no body for {@code
     * HEAD}). No socket is opened. Needs the application's builder ({@link #of(Supplier)},
     * {@link #ofBuilder(ContextBuilder)}); there is no {@link KilnServer} to inject.
     */
    IN_PROCESS
  }

  /** Configures the application for a test context; see {@link #ofBuilder(ContextBuilder)}. */
  @FunctionalInterface
  public interface ContextBuilder {
    /** The application's builder (routes, filters, hooks), not started. */
    KilnServer.Builder builder(ExtensionContext context) throws IOException;
  }

  private final ContextApp app;
  private final ContextBuilder builder;
  private Mode mode = Mode.HTTP;
  private OpenApiContract contract;
  private boolean contractCheck = true;
  private KilnServer server;
  private InProcess inProcess;
  private KilnClient client;
  private boolean perTest;
  private volatile boolean checking;

  private KilnTest(ContextApp app, ContextBuilder builder) {
    this.app = app;
    this.builder = builder;
  }

  /**
   * Runs the application that {@code builder} configures (its routes, handlers, limits), bound
   * to 127.0.0.1 on a free port: e.g. {@code KilnTest.of(() -> KilnServer.builder().routes(...))}.
   */
  public static KilnTest of(Supplier<KilnServer.Builder> builder) {
    Objects.requireNonNull(builder, "builder");
    return new KilnTest(null, context -> builder.get());
  }

  /**
   * Runs the application that {@code builder} configures for the test context (e.g. from a
   * {@code @ParameterizedClass} invocation's arguments), in either {@link Mode}: over HTTP it is
   * started on 127.0.0.1 and a free port, in process with {@link
   * KilnServer.Builder#startInProcess()}. Its start-up hooks run before the tests, its drain and
   * stop hooks after them (so a hook may open and close what the application needs).
   */
  public static KilnTest ofBuilder(ContextBuilder builder) {
    return new KilnTest(null, Objects.requireNonNull(builder, "builder"));
  }

  /**
   * Runs the application that {@code app} starts, e.g. {@code KilnTest.start(() ->
   * MyApp.start("127.0.0.1", 0))}; it should listen on a free port (port 0).
   */
  public static KilnTest start(App app) {
    Objects.requireNonNull(app, "app");
    return new KilnTest(context -> app.start(), null);
  }

  /**
   * Runs the application that {@code app} starts for the test context. In a class template
   * (e.g. a {@code @ParameterizedClass}) a static {@code KilnTest} starts a fresh application for
   * each invocation of the class, so {@code app} may read that invocation's arguments.
   */
  public static KilnTest start(ContextApp app) {
    return new KilnTest(Objects.requireNonNull(app, "app"), null);
  }

  /**
   * Checks answers against {@code document} instead of the application's {@value
   * OpenApiContract#DOCUMENT} on the class path.
   */
  public KilnTest contract(OpenApiContract document) {
    this.contract = Objects.requireNonNull(document, "document");
    return this;
  }

  /**
   * Runs the application in {@code mode} (default {@link Mode#HTTP}) unless the test class says
   * otherwise ({@link TestMode}, {@link EachMode}).
   */
  public KilnTest mode(Mode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
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
    if (client == null) { // an instance field: beforeAll was not called
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
    if (parameter.getParameter().getType() == KilnClient.class) {
      return client();
    }
    if (inProcess != null) {
      throw new ParameterResolutionException("In process the application has no KilnServer: "
          + "declare a KilnClient parameter instead.");
    }
    return server();
  }

  /**
   * The running application's server.
   *
   * @throws IllegalStateException outside the tests of the class, or in process (no server)
   */
  public KilnServer server() {
    if (server == null) {
      throw new IllegalStateException(inProcess != null
          ? "In process the application has no server." : "The application runs only during the tests.");
    }
    return server;
  }

  /**
   * A client of the running application, checking answers unless switched off.
   *
   * @throws IllegalStateException outside the tests of the class
   */
  public KilnClient client() {
    if (client == null) {
      throw new IllegalStateException("The application runs only during the tests.");
    }
    return client;
  }

  /**
   * The mode the application runs in now.
   *
   * @throws IllegalStateException outside the tests of the class
   */
  public Mode runningMode() {
    return client().isInProcess() ? Mode.IN_PROCESS : Mode.HTTP;
  }

  private void startApp(ExtensionContext context) throws IOException {
    if (contractCheck && contract == null) {
      contract = OpenApiContract.fromClassPath(classLoader(context));
    }
    OpenApiContract checked = contractCheck ? contract : null;
    if (modeFor(context) == Mode.IN_PROCESS) {
      if (builder == null) {
        throw new IllegalStateException("The in-process mode needs the application's builder: "
            + "KilnTest.of(() -> KilnServer.builder()...) or KilnTest.ofBuilder(...), not "
            + "KilnTest.start(...), which starts a server.");
      }
      inProcess = builder.builder(context).startInProcess();
      client = KilnClient.inProcess(inProcess, checked, () -> checking);
      return;
    }
    server = app != null ? app.start(context)
        : builder.builder(context).host("127.0.0.1").port(0).start();
    String host = server.host().equals("0.0.0.0") ? "127.0.0.1" : server.host();
    client = new KilnClient(URI.create("http://" + host + ":" + server.port()), checked,
        () -> checking);
  }

  private void stopApp() {
    client = null;
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
      server = null;
    }
    if (inProcess != null) {
      inProcess.close();
      inProcess = null;
    }
  }

  /**
   * The mode for {@code context}: an {@link EachMode} invocation's, else the nearest {@link
   * TestMode} of the test class or an enclosing one, else {@link #mode(Mode)}'s.
   */
  private Mode modeFor(ExtensionContext context) {
    ParameterInfo info = ParameterInfo.get(context);
    if (info != null) {
      for (Object argument : info.getArguments().toList()) {
        if (argument instanceof Mode) {
          return (Mode) argument;
        }
      }
    }
    Optional<Class<?>> type = context.getTestClass();
    while (type.isPresent()) {
      Optional<TestMode> annotation = AnnotationSupport.findAnnotation(type.get(), TestMode.class);
      if (annotation.isPresent()) {
        return annotation.get().value();
      }
      type = Optional.ofNullable(type.get().getEnclosingClass());
    }
    return mode;
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

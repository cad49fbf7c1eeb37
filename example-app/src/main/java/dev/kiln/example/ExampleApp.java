package dev.kiln.example;

import com.sun.net.httpserver.spi.HttpServerProvider;
import dev.kiln.annotations.OpenApiInfo;
import dev.kiln.annotations.StaticResources;
import dev.kiln.client.ClientProblems;
import dev.kiln.example.board.BoardConfig;
import dev.kiln.example.board.BoardConfig_Binder;
import dev.kiln.example.board.BoardSettings;
import dev.kiln.example.board.TodoBoardController;
import dev.kiln.example.board.TodoBoardController_Routes;
import dev.kiln.example.notes.NotesController;
import dev.kiln.example.notes.NotesController_Routes;
import dev.kiln.example.petstore.DatabaseUnavailableException;
import dev.kiln.example.petstore.DemoAuthorization;
import dev.kiln.example.petstore.DemoAuthorization_Routes;
import dev.kiln.example.petstore.DuplicateKeyException;
import dev.kiln.example.petstore.InventoryFeed;
import dev.kiln.example.petstore.PetController;
import dev.kiln.example.petstore.PetController_Routes;
import dev.kiln.example.petstore.PetstoreRepository;
import dev.kiln.example.petstore.PetstoreSecurity;
import dev.kiln.example.petstore.PetstoreSecurity_Binder;
import dev.kiln.example.petstore.PetstoreStreams;
import dev.kiln.example.petstore.PetstoreStreams_Routes;
import dev.kiln.example.petstore.StoreController;
import dev.kiln.example.petstore.StoreController_Routes;
import dev.kiln.example.petstore.UnstorableValueException;
import dev.kiln.example.petstore.UserController;
import dev.kiln.example.petstore.UserController_Routes;
import dev.kiln.example.petstore.db.DatabaseConfig;
import dev.kiln.example.petstore.db.DatabaseConfig_Binder;
import dev.kiln.example.petstore.db.DatabaseSettings;
import dev.kiln.example.petstore.db.JdbcPetstoreRepository;
import dev.kiln.example.petstore.db.PetstoreDatabase;
import dev.kiln.example.ui.PetPages;
import dev.kiln.example.ui.PetPages_Routes;
import dev.kiln.example.uploads.UploadsController;
import dev.kiln.example.uploads.UploadsController_Routes;
import dev.kiln.jte.FormPage;
import dev.kiln.runtime.Docs;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.MountedOperations;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.config.Config;
import dev.kiln.runtime.config.ConfigException;
import dev.kiln.runtime.web.StaticFiles;
import java.io.IOException;
import java.time.Clock;

/**
 * The Kiln example app. {@code java -jar kiln-example-app.jar} serves it on {@code HOST}
 * (default 127.0.0.1) and {@code PORT} (default 8080) until SIGTERM, which stops it gracefully.
 * Its API is described at {@code /openapi.json}, {@code /docs} (Swagger UI) and {@code /redoc};
 * its class-path folder {@code static} is served under {@code /static}, and its HTML pages (jte
 * templates) under {@code /ui/pets}; a plain JDK handler is mounted at {@code /legacy} and the
 * bench application ({@link BenchApp}) at {@code /bench}. The Petstore keeps its data in a
 * database: see {@link DatabaseConfig}. Settings come from {@link Config#load()} (system
 * properties, environment variables, {@code application.properties}), bound by generated binders
 * ({@link ServerAddress}, {@link WebSettings}, {@link DatabaseConfig}, {@link BoardConfig},
 * {@link ObservabilitySettings}); a missing or malformed one stops {@code main} with a message
 * naming it.
 */
@OpenApiInfo(title = "Kiln example app", version = "0.1.0",
    description = "The reference application of Kiln: the benchmark routes, a to-do list, notes "
        + "and the Swagger Petstore.")
@StaticResources(ExampleApp.STATIC)
public final class ExampleApp {
  /** The class-path folder served under {@code /static} (native image: {@code @StaticResources}). */
  static final String STATIC = "static";

  private ExampleApp() {}

  /**
   * Starts the app with every route on {@code host}:{@code port} (0 picks a free port), the
   * Petstore on the database configuration names ({@link DatabaseConfig}).
   */
  public static ExampleServer start(String host, int port) throws IOException {
    return start(host, port, (HttpServerProvider) null);
  }

  /**
   * Starts the app with every route on {@code host}:{@code port} (0 picks a free port), the
   * Petstore on the database of {@code database}, opened and migrated in the background (see
   * {@link PetstoreDatabase#open}). Stopping the server closes the database's pool.
   */
  public static ExampleServer start(String host, int port, DatabaseSettings database)
      throws IOException {
    return start(host, port, database, WebSettings.defaults(), null);
  }

  /**
   * Starts the app as {@link #start(String, int, DatabaseSettings)} does, with the CORS origins,
   * request ids and access log of {@code web}, on {@code provider}'s server ({@code null}: Kiln's
   * default, the JDK's own).
   */
  public static ExampleServer start(String host, int port, DatabaseSettings database,
      WebSettings web, HttpServerProvider provider) throws IOException {
    return start(host, port, database, web, provider,
        BoardConfig_Binder.load().settings());
  }

  /**
   * Starts the app as {@link #start(String, int, DatabaseSettings, WebSettings,
   * HttpServerProvider)} does, with the to-do board calling the upstreams of {@code board}. A
   * failed upstream call a handler lets escape answers 504 (timeout) or 502 ({@link
   * ClientProblems}).
   */
  public static ExampleServer start(String host, int port, DatabaseSettings database,
      WebSettings web, HttpServerProvider provider, BoardSettings board) throws IOException {
    Configured app = configure(PetstoreDatabase.open(database), web, board);
    try {
      KilnServer server = app.builder().provider(provider).host(host).port(port).start();
      app.observability().started();
      return new ExampleServer(server, app.petstore());
    } catch (IOException | RuntimeException e) {
      app.close();
      throw e;
    }
  }

  /**
   * The app as {@link #start(String, int, DatabaseSettings, WebSettings, HttpServerProvider,
   * BoardSettings)} configures it, not started (e.g. for kiln-test's in-process mode), the
   * Petstore on {@code petstore} ({@link PetstoreDatabase#open}): a start-up hook marks the app
   * started for its readiness check, and its stop hooks close the database and release the
   * metrics.
   */
  public static KilnServer.Builder builder(PetstoreDatabase petstore, WebSettings web,
      BoardSettings board) {
    Configured app = configure(petstore, web, board);
    return app.builder().onStart(app.observability()::started);
  }

  /** The app's builder and what it holds open until it stops. */
  private record Configured(KilnServer.Builder builder, PetstoreDatabase petstore,
      ExampleObservability observability) {
    /** Releases what the app holds, when it cannot start. */
    void close() {
      petstore.close();
      observability.close();
    }
  }

  private static Configured configure(PetstoreDatabase petstore, WebSettings web,
      BoardSettings board) {
    ExampleObservability observability = null;
    try {
      PetstoreRepository store = new JdbcPetstoreRepository(petstore);
      PetstoreSecurity security = PetstoreSecurity_Binder.load();
      observability = ExampleObservability.create(petstore, ObservabilitySettings_Binder.load());
      KilnServer.Builder builder = ClientProblems.register(
          ExampleFilters.apply(observability.apply(KilnServer.builder()), web))
          .routes(new HomeController_Routes(new HomeController()),
              new HelloController_Routes(new HelloController()),
              new ItemsController_Routes(new ItemsController()),
              new TodosController_Routes(new TodosController()),
              new NotesController_Routes(new NotesController(Clock.systemUTC())),
              new PetController_Routes(new PetController(store)),
              new StoreController_Routes(new StoreController(store)),
              new UserController_Routes(new UserController(store, Clock.systemUTC())),
              new TodoBoardController_Routes(new TodoBoardController(board)),
              new PetstoreStreams_Routes(new PetstoreStreams(store, new InventoryFeed(store))),
              new UploadsController_Routes(new UploadsController()))
          .routes(FormPage.redisplay(new PetPages_Routes(new PetPages(store)), "POST",
              "/ui/pets", PetPages::formWithErrors))
          .exceptionHandler(DuplicateKeyException.class,
              (e, exchange) -> Problem.of(409, e.getMessage()))
          .exceptionHandler(UnstorableValueException.class,
              (e, exchange) -> Problem.of(400, e.getMessage()))
          .exceptionHandler(DatabaseUnavailableException.class,
              (e, exchange) -> Problem.of(503, e.getMessage()))
          .routes(new DemoAuthorization_Routes(new DemoAuthorization(security.accessToken())))
          .security(security.security())
          .docs(Docs.defaults())
          .routes(StaticFiles.classPath("/static", STATIC))
          .mount("/legacy", new LegacyHandler())
          // the bench application again under /bench, left out of the document: its
          // operations are /hello and /items's, which the document lists already
          .mount("/bench", BenchApp.builder(), MountedOperations.UNDOCUMENTED)
          .onStart(() -> web.checkOrigins())
          .onStop(petstore::close);
      return new Configured(builder, petstore, observability);
    } catch (RuntimeException e) {
      petstore.close();
      if (observability != null) {
        observability.close();
      }
      throw e;
    }
  }

  /** Runs the app; reads {@code HOST} and {@code PORT} from the environment. */
  public static void main(String[] args) throws IOException {
    serve(ExampleApp::start, null);
  }

  /**
   * Runs the app on {@code provider}'s server, as {@link #main} does on the JDK's: the entry
   * point of the per-provider jars ({@code kiln-example-app-jetty.jar}, ...).
   */
  public static void serve(HttpServerProvider provider) throws IOException {
    serve(ExampleApp::start, provider);
  }

  /**
   * The main method of the per-provider jars: with the argument {@code bench}, the bench routes
   * ({@link BenchApp}) on {@code provider}; else the whole app.
   */
  public static void main(String[] args, HttpServerProvider provider) throws IOException {
    if (args.length > 0 && args[0].equals("bench")) {
      BenchApp.serve(provider);
    } else {
      serve(provider);
    }
  }

  private static ExampleServer start(String host, int port, HttpServerProvider provider)
      throws IOException {
    Config config = Config.load();
    return start(host, port, DatabaseConfig_Binder.bind(config).settings(),
        WebSettings_Binder.bind(config), provider);
  }

  /** Starts a server on a host and port (0 picks a free port) and a provider (null: the JDK's). */
  @FunctionalInterface
  interface Starter {
    KilnServer start(String host, int port, HttpServerProvider provider) throws IOException;
  }

  /**
   * Starts on the {@link ServerAddress} configured ({@code HOST}, default 127.0.0.1, and {@code
   * PORT}, default 8080) and stops gracefully when the JVM shuts down (SIGTERM). Invalid
   * configuration or a failing start-up hook prints its message and exits with status 1.
   */
  static void serve(Starter starter, HttpServerProvider provider) throws IOException {
    KilnServer server;
    try {
      ServerAddress address = ServerAddress_Binder.load();
      server = starter.start(address.host(), address.port(), provider);
    } catch (ConfigException | IllegalStateException e) {
      // invalid settings, or a failing start-up hook: the message says which and why; nothing
      // was bound
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kiln-shutdown"));
  }
}

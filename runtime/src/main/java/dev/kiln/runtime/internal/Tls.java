package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** HTTPS: the TLS context from a PKCS#12 key store, and the unbound HTTPS server. */
final class Tls {
  private Tls() {}

  /**
   * A TLS context serving the key and certificate chain in the PKCS#12 {@code keyStore}.
   *
   * @throws IOException if the file cannot be read, is no PKCS#12 store, or the password is wrong
   */
  static SSLContext fromPkcs12(Path keyStore, char[] password) throws IOException {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot use the key store " + keyStore + ": " + e.getMessage(), e);
    }
  }

  /**
   * The TLS context {@code settings} ask for: theirs, or one from their PKCS#12 key store;
   * {@code null} for plain HTTP.
   */
  static SSLContext context(ServerSettings settings) throws IOException {
    if (settings.sslContext() != null) {
      return settings.sslContext();
    }
    return settings.keyStore() == null ? null
        : fromPkcs12(settings.keyStore(), settings.keyStorePassword());
  }

  /**
   * An unbound server of {@code provider}: plain HTTP if {@code context} is {@code null}, else
   * HTTPS with it (configured before it is bound, as Jetty's adapter requires).
   */
  static HttpServer create(HttpServerProvider provider, SSLContext context) throws IOException {
    if (context == null) {
      return provider.createHttpServer(null, 0);
    }
    HttpsServer server = provider.createHttpsServer(null, 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return server;
  }
}

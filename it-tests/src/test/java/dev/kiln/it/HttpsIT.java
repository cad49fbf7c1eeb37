package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.HelloController;
import dev.kiln.example.HelloController_Routes;
import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import dev.kiln.runtime.KilnServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * HTTPS from a PKCS#12 key store: a self-signed certificate for 127.0.0.1 made by {@code
 * keytool}, served on each provider and trusted by the client.
 */
@EachProvider
class HttpsIT {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @Parameter
  String provider;

  @TempDir
  Path dir;

  private Path selfSigned() throws Exception {
    Path store = dir.resolve("kiln.p12");
    Process keytool = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "kiln", "-keyalg", "EC", "-dname", "CN=127.0.0.1",
        "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", new String(PASSWORD))
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes()))
        .isZero();
    return store;
  }

  private static SSLContext trusting(Path store) throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keys);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  @Test
  void servesHttpsWithTheKeyStoresCertificate() throws Exception {
    Path store = selfSigned();
    KilnServer server = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .https(store, PASSWORD)
        .routes(new HelloController_Routes(new HelloController()))
        .start();
    try {
      HttpClient client = HttpClient.newBuilder().sslContext(trusting(store))
          .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
          URI.create("https://127.0.0.1:" + server.port() + "/hello")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("Hello, World!");
      assertThat(response.sslSession()).hasValueSatisfying(
          session -> assertThat(session.getProtocol()).startsWith("TLSv1."));
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }
}

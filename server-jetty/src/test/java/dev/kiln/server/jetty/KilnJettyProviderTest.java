package dev.kiln.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import javax.management.MBeanServerFactory;
import org.eclipse.jetty.util.MemoryUtils;
import org.junit.jupiter.api.Test;

/**
 * The provider's start-up default: Jetty's cache-line hint is set, so creating a server never
 * starts the platform MBean server (which costs a fresh JVM 0.3 to 1 s). Runs in this module's
 * own test JVM, where nothing else touches JMX.
 */
class KilnJettyProviderTest {
  @Test
  void aServerIsCreatedWithoutThePlatformMBeanServer() throws Exception {
    HttpServer server = KilnJetty.provider()
        .createHttpServer(new InetSocketAddress("127.0.0.1", 0), 0);
    try {
      assertThat(System.getProperty(KilnJettyProvider.REFERENCES_PER_CACHE_LINE)).isEqualTo(
          Integer.toString(KilnJettyProvider.referencesPerCacheLine(Runtime.getRuntime().maxMemory())));
      assertThat(MemoryUtils.getReferencesPerCacheLine())
          .isEqualTo(Integer.getInteger(KilnJettyProvider.REFERENCES_PER_CACHE_LINE));
      assertThat(MBeanServerFactory.findMBeanServer(null)).isEmpty();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void referencesAreCompressedBelowA32GibHeap() {
    assertThat(KilnJettyProvider.referencesPerCacheLine(512L * 1024 * 1024)).isEqualTo(16);
    assertThat(KilnJettyProvider.referencesPerCacheLine(32L * 1024 * 1024 * 1024)).isEqualTo(8);
  }
}

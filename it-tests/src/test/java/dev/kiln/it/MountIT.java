package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.test.KilnResponse;
import dev.kiln.test.KilnTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17: the example app mounts a plain JDK handler at /legacy (the hybrid), and its bench
 * application (a second Kiln application) at /bench, left out of its document.
 */
class MountIT {
  @RegisterExtension
  static final KilnTest APP = Apps.exampleApp();

  @Test
  void theLegacyHandlerAnswersEveryMethodAndDepthBelowItsPrefix() {
    KilnResponse deep = APP.client().unchecked().get("/legacy/reports/2024/q1?x=1");
    assertThat(deep.status()).isEqualTo(200);
    assertThat(deep.body()).isEqualTo("legacy GET /reports/2024/q1");
    assertThat(APP.client().unchecked().delete("/legacy/a").body())
        .isEqualTo("legacy DELETE /a");
    assertThat(APP.client().unchecked().post("/legacy").body()).isEqualTo("legacy POST /");
  }

  @Test
  void theRoutesAreUnchangedBesideIt() {
    assertThat(APP.client().get("/hello").body()).isEqualTo("Hello, World!");
    assertThat(APP.client().get("/legacyx").status()).isEqualTo(404);
  }

  @Test
  void theBenchApplicationIsMountedAndLeftOutOfTheDocument() {
    KilnResponse hello = APP.client().unchecked().get("/bench/hello");
    assertThat(hello.status()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("Hello, World!");
    assertThat(APP.client().unchecked().get("/bench/items/42?q=x").body())
        .isEqualTo("{\"id\":42,\"q\":\"x\"}");
    assertThat(APP.client().unchecked().get("/bench/todos").status()).isEqualTo(404);
    String document = APP.client().unchecked().get("/openapi.json").body();
    assertThat(document).contains("\"/hello\": {").doesNotContain("/bench");
  }
}

package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.providers.ProviderSources;
import dev.kiln.processor.testing.Compilations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What providers read appears on every operation using them, transitively, as FastAPI does; so
 * do their declared responses.
 */
class ProviderDocumentTest {
  private static OpenAPI document;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile(ProviderSources.all());
    assertThat(compilation).succeeded();
    document = OpenApiValidation.assertValid(OpenApiTesting.document(compilation)).getOpenAPI();
  }

  @Test
  void theParametersOfEveryProviderAnOperationUsesAreItsParameters() {
    // me(User, Audit, Trace): Trace reads X-Trace (once, used three times), User Authorization;
    // Audit reads nothing but the exchange
    assertThat(parameters(document.getPaths().get("/me").getGet()))
        .containsExactly("header X-Trace false", "header Authorization false");
    // admin(@Admin User): the admin provider needs User, which needs Trace
    assertThat(parameters(document.getPaths().get("/me/admin").getGet()))
        .containsExactly("header X-Trace false", "header Authorization false");
    // the handler's own parameters first, then the provider's path variable
    assertThat(parameters(document.getPaths().get("/me/shelves/{shelf}").getGet()))
        .containsExactly("query q false", "path shelf true", "query depth false");
  }

  @Test
  void theResponsesProvidersDeclareAreTheOperationsResponses() {
    Operation me = document.getPaths().get("/me").getGet();
    assertThat(me.getResponses().get("401").getDescription()).isEqualTo("No valid bearer token");
    assertThat(me.getResponses()).doesNotContainKey("403");
    Operation admin = document.getPaths().get("/me/admin").getGet();
    assertThat(admin.getResponses().get("401").getDescription())
        .isEqualTo("No valid bearer token");
    assertThat(admin.getResponses().get("403").getDescription())
        .isEqualTo("Not an administrator");
    assertThat(admin.getResponses().get("403").getContent())
        .containsOnlyKeys("application/problem+json");
  }

  @Test
  void theSecurityRequirementsOfProvidersAreTheOperations() {
    assertThat(document.getPaths().get("/me").getGet().getSecurity())
        .singleElement().satisfies(requirement ->
            assertThat(requirement).containsOnlyKeys("bearer").containsEntry("bearer", List.of()));
    assertThat(document.getPaths().get("/me/admin").getGet().getSecurity()).hasSize(1);
    assertThat(document.getPaths().get("/me/shelves/{shelf}").getGet().getSecurity()).isNull();
    assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");
  }

  private static List<String> parameters(Operation operation) {
    return operation.getParameters().stream()
        .map(ProviderDocumentTest::describe).toList();
  }

  private static String describe(Parameter parameter) {
    return parameter.getIn() + " " + parameter.getName() + " " + parameter.getRequired();
  }
}

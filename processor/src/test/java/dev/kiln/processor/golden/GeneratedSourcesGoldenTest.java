package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The exact text of generated sources, compared with reviewed golden files. */
class GeneratedSourcesGoldenTest {

  @Test
  void ordersController(TestInfo test) {
    JavaFileObject controller = JavaFileObjects.forSourceLines("com.example.shop.OrdersController",
        "package com.example.shop;",
        "",
        "import dev.kiln.annotations.DefaultValue;",
        "import dev.kiln.annotations.Delete;",
        "import dev.kiln.annotations.Get;",
        "import dev.kiln.annotations.Path;",
        "import dev.kiln.annotations.PathParam;",
        "import dev.kiln.annotations.Post;",
        "import dev.kiln.annotations.Put;",
        "import dev.kiln.annotations.QueryParam;",
        "import dev.kiln.annotations.Status;",
        "import java.util.List;",
        "import java.util.Optional;",
        "",
        "@Path(\"/shops/{shop}\")",
        "public class OrdersController {",
        "  @Get(\"/orders\")",
        "  public List<Order> list(",
        "      @PathParam(\"shop\") String shopId,",
        "      @DefaultValue(\"20\") int limit,",
        "      Optional<String> cursor,",
        "      @QueryParam(\"priority\") @DefaultValue(\"NORMAL\") Priority minimum,",
        "      Optional<Priority> only,",
        "      Boolean gift) {",
        "    return List.of();",
        "  }",
        "",
        "  @Get(\"/orders/{id}\")",
        "  public Order get(String shop, long id) {",
        "    return null;",
        "  }",
        "",
        "  @Post(\"/orders\")",
        "  @Status(201)",
        "  public Order create(String shop, OrderRequest request) {",
        "    return null;",
        "  }",
        "",
        "  @Put(\"/orders/{id}/lines\")",
        "  public List<Line> replaceLines(String shop, long id, List<Line> lines) {",
        "    return lines;",
        "  }",
        "",
        "  @Get(\"/name\")",
        "  public String name(String shop) {",
        "    return shop;",
        "  }",
        "",
        "  @Post(\"/orders/{id}/cancel\")",
        "  @Status(202)",
        "  public void cancel(String shop, long id, @DefaultValue(\"0.5\") double refund) {",
        "  }",
        "",
        "  @Delete(\"/orders/{id}\")",
        "  public void delete(String shop, long id) {",
        "  }",
        "}");
    JavaFileObject[] model = {
        shopType("Priority", "public enum Priority { LOW, NORMAL, HIGH }"),
        shopType("Address", "public record Address(String street, String city) {}"),
        shopType("Line", "public record Line(String sku, int quantity, double price) {}"),
        shopType("OrderRequest",
            "public record OrderRequest(String customer, Address address, List<Line> lines,",
            "    Optional<String> note, Priority priority) {}"),
        shopType("Order",
            "public record Order(long id, String customer, Address address, List<Line> lines,",
            "    Priority priority, Boolean gift, List<List<String>> labels) {}"),
    };

    Compilation compilation = Compilations.compile(controller, model[0], model[1], model[2],
        model[3], model[4]);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }

  private static JavaFileObject shopType(String simpleName, String... lines) {
    String text = "package com.example.shop;\n\nimport java.util.List;\nimport java.util.Optional;\n\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("com.example.shop." + simpleName, text);
  }
}

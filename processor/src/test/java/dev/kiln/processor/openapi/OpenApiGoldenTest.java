package dev.kiln.processor.openapi;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.golden.MultipartGoldenTest;
import dev.kiln.processor.step.OpenApiStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The exact OpenAPI document of a representative application, compared with a reviewed golden
 * file ({@code src/test/resources/goldens/OpenApiGoldenTest/<method>/openapi.json}), validated
 * by swagger-parser, and the same bytes when compiled again.
 */
class OpenApiGoldenTest {
  private static final Path GOLDENS = Path.of("src", "test", "resources", "goldens");
  private static final Path ACTUAL = Path.of("target", "goldens-actual");

  @Test
  void petShop(TestInfo test) throws IOException {
    Compilation compilation = compile();
    // not succeededWithoutWarnings(): the generated routes call the @Deprecated handler method
    // and javac warns about it (RoutesFile could add @SuppressWarnings("deprecation"))
    assertThat(compilation).succeeded();
    String document = OpenApiTesting.document(compilation);

    assertGolden(test, "openapi.json", document);
    assertGolden(test, "resource-config.json", OpenApiTesting.resource(compilation,
        "META-INF/native-image/dev.kiln/openapi/resource-config.json").orElseThrow());
    // what a server serving the document checks its routes against at start
    assertGolden(test, "openapi-operations.txt",
        OpenApiTesting.resource(compilation, OpenApiStep.OPERATIONS).orElseThrow());
    OpenApiValidation.assertValid(document);
  }

  /**
   * The wider vocabulary: maps, arrays, raw bodies and answers, JSON-or-form and form bodies,
   * Optional/Response/CompletionStage answers, declared responses with headers and a default,
   * generic records, an all-args class, header/cookie/bean parameters.
   */
  @Test
  void catalog(TestInfo test) throws IOException {
    Compilation compilation = compileCatalog();
    assertThat(compilation).succeededWithoutWarnings();
    String document = OpenApiTesting.document(compilation);

    assertGolden(test, "openapi.json", document);
    OpenApiValidation.assertValid(document);
  }

  /**
   * A {@code multipart/form-data} body: text fields, an enum, a required, an optional and a list
   * of file parts ({@code format: binary}), with their constraints, and the 413 answer.
   */
  @Test
  void multipart(TestInfo test) throws IOException {
    Compilation compilation = dev.kiln.processor.testing.Compilations.compile(
        dev.kiln.processor.testing.Compilations.source("Albums", MultipartGoldenTest.ALBUMS),
        dev.kiln.processor.testing.Compilations.source("NewPhotos",
            MultipartGoldenTest.NEW_PHOTOS));
    assertThat(compilation).succeededWithoutWarnings();
    String document = OpenApiTesting.document(compilation);

    assertGolden(test, "openapi.json", document);
    OpenApiValidation.assertValid(document);
  }

  @Test
  void sameSourceSameBytes() {
    String first = OpenApiTesting.document(compile());
    String second = OpenApiTesting.document(compile());
    assertThat(second).isEqualTo(first);
    assertThat(OpenApiTesting.document(compileCatalog()))
        .isEqualTo(OpenApiTesting.document(compileCatalog()));
  }

  @Test
  void optionsOverrideTheAnnotation() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new KilnProcessor())
        .withOptions("-Akiln.openapi.title=Other", "-Akiln.openapi.version=9",
            "-Akiln.openapi.servers=https://a.example, https://b.example",
            "-Akiln.nativeImage.dir=com.example/shop")
        .compile(sources());
    assertThat(compilation).succeeded();
    String document = OpenApiTesting.document(compilation);
    assertThat(document).contains("\"title\": \"Other\"", "\"version\": \"9\"",
        "\"url\": \"https://a.example\"", "\"url\": \"https://b.example\"",
        "\"description\": \"The pet shop's API.\"");
    assertThat(OpenApiTesting.resource(compilation,
        "META-INF/native-image/com.example/shop/resource-config.json")).isPresent();
  }

  @Test
  void disabledByOption() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new KilnProcessor())
        .withOptions("-Akiln.openapi=false")
        .compile(sources());
    assertThat(compilation).succeeded();
    OpenApiTesting.assertNoDocument(compilation);
  }

  private static Compilation compile() {
    return Compiler.javac()
        .withProcessors(new KilnProcessor())
        .withOptions("-Xlint:all,-processing,-options")
        .compile(sources());
  }

  private static Compilation compileCatalog() {
    return Compiler.javac()
        .withProcessors(new KilnProcessor())
        .withOptions("-Xlint:all,-processing,-options")
        .compile(catalogSources());
  }

  static JavaFileObject[] sources() {
    return new JavaFileObject[] {
        JavaFileObjects.forSourceLines("com.example.shop.ShopApi",
            "package com.example.shop;",
            "",
            "import dev.kiln.annotations.OpenApiInfo;",
            "import dev.kiln.annotations.SecurityScheme;",
            "",
            "/** Not a handler: carries the document's info and security schemes. */",
            "@OpenApiInfo(title = \"Pet shop\", version = \"1.2.0\",",
            "    description = \"The pet shop's API.\", servers = \"https://shop.example/v1\")",
            "@SecurityScheme(name = \"api_key\", type = SecurityScheme.Type.API_KEY,",
            "    paramName = \"X-Api-Key\")",
            "@SecurityScheme(name = \"bearer\", type = SecurityScheme.Type.HTTP, scheme = \"bearer\",",
            "    bearerFormat = \"JWT\")",
            "@SecurityScheme(name = \"shop_auth\", type = SecurityScheme.Type.OAUTH2, flows =",
            "    @SecurityScheme.Flow(type = SecurityScheme.FlowType.IMPLICIT,",
            "        authorizationUrl = \"https://shop.example/oauth/authorize\",",
            "        scopes = {\"write:pets: modify pets\", \"read:pets: read pets\"}))",
            "public final class ShopApi {}"),
        JavaFileObjects.forSourceLines("com.example.shop.PetsController",
            "package com.example.shop;",
            "",
            "import dev.kiln.annotations.*;",
            "import jakarta.validation.constraints.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import java.util.Set;",
            "",
            "/** Everything about pets. */",
            "@Path(\"/pets\")",
            "@Tag(\"pet\")",
            "@SecurityRequirement(value = \"shop_auth\", scopes = {\"read:pets\"})",
            "public class PetsController {",
            "  /**",
            "   * Finds pets by status and tags. Several tags are",
            "   * {@code OR}ed; see {@link Pet}.",
            "   *",
            "   * @param status the statuses to match",
            "   * @param tags tags to filter by",
            "   * @param limit at most this many",
            "   */",
            "  @Get",
            "  public List<Pet> findPets(@QueryParam(\"status\") List<PetStatus> status,",
            "      @QueryParam(\"tag\") Set<String> tags,",
            "      @DefaultValue(\"20\") @Min(1) @Max(100) int limit,",
            "      @Header(\"X-Request-Id\") Optional<java.util.UUID> requestId,",
            "      @Cookie Optional<String> session) {",
            "    return List.of();",
            "  }",
            "",
            "  /** Finds a pet by id. */",
            "  @Get(\"/{petId}\")",
            "  @SecurityRequirement(\"api_key\")",
            "  @SecurityRequirement(\"bearer\")",
            "  public Pet getPet(long petId) {",
            "    return null;",
            "  }",
            "",
            "  /** Adds a pet to the store. */",
            "  @Post",
            "  @Status(201)",
            "  public Pet addPet(NewPet pet) {",
            "    return null;",
            "  }",
            "",
            "  /** Deletes a pet. */",
            "  @Delete(\"/{petId}\")",
            "  public void deletePet(long petId, @BeanParam Audit audit) {",
            "  }",
            "",
            "  /** The old way to find pets. */",
            "  @Deprecated",
            "  @Get(\"/byTag/{tag}\")",
            "  @Tag(\"legacy\")",
            "  @Status(200)",
            "  public void findByTag(String tag, @DefaultValue(\"false\") boolean exact) {",
            "  }",
            "",
            "  /** The name of the shop as text. */",
            "  @Get(\"/shop-name\")",
            "  public String shopName() {",
            "    return \"\";",
            "  }",
            "}"),
        JavaFileObjects.forSourceLines("com.example.shop.PetStatus",
            "package com.example.shop;",
            "",
            "import dev.kiln.annotations.WireName;",
            "",
            "/** A pet's status in the store. */",
            "public enum PetStatus {",
            "  @WireName(\"available\") AVAILABLE,",
            "  @WireName(\"pending\") PENDING,",
            "  @WireName(\"sold\") SOLD",
            "}"),
        JavaFileObjects.forSourceLines("com.example.shop.Category",
            "package com.example.shop;",
            "",
            "/**",
            " * A group of pets.",
            " *",
            " * @param id its id",
            " * @param name its name",
            " */",
            "public record Category(long id, String name) {}"),
        JavaFileObjects.forSourceLines("com.example.shop.Audit",
            "package com.example.shop;",
            "",
            "import dev.kiln.annotations.Header;",
            "import java.util.Optional;",
            "",
            "public record Audit(@Header(\"X-Reason\") Optional<String> reason,",
            "    @Header(\"X-Actor\") String actor) {}"),
        JavaFileObjects.forSourceLines("com.example.shop.Pet",
            "package com.example.shop;",
            "",
            "import java.math.BigDecimal;",
            "import java.time.Instant;",
            "import java.time.LocalDate;",
            "import java.util.List;",
            "import java.util.Optional;",
            "import org.jspecify.annotations.Nullable;",
            "",
            "/**",
            " * A pet for sale.",
            " *",
            " * <p>Prices are in euros.",
            " *",
            " * @param id the id the store gave it",
            " * @param name what it answers to",
            " * @param category its group, if any",
            " * @param photoUrls where its photos are",
            " * @param status where it is in the store",
            " * @param price its price",
            " * @param born its birthday",
            " * @param listed when it was listed",
            " * @param nickname another name",
            " */",
            "public record Pet(long id, String name, @Nullable Category category,",
            "    List<String> photoUrls, PetStatus status, BigDecimal price, LocalDate born,",
            "    Instant listed, Optional<String> nickname) {}"),
        JavaFileObjects.forSourceLines("com.example.shop.NewPet",
            "package com.example.shop;",
            "",
            "import jakarta.validation.constraints.*;",
            "import java.util.List;",
            "",
            "/** What a client says about a new pet. */",
            "public record NewPet(",
            "    @NotBlank @Size(max = 40) @Pattern(regexp = \"[A-Za-z ]+\") String name,",
            "    @Size(min = 1, max = 5) List<@NotBlank String> photoUrls,",
            "    @DecimalMin(value = \"0\", inclusive = false) @DecimalMax(\"10000.00\")",
            "        java.math.BigDecimal price,",
            "    @Email String ownerEmail,",
            "    @Positive int age,",
            "    Category category) {}"),
        JavaFileObjects.forSourceLines("org.jspecify.annotations.Nullable",
            "package org.jspecify.annotations;",
            "",
            "import java.lang.annotation.*;",
            "",
            "@Target(ElementType.TYPE_USE)",
            "@Retention(RetentionPolicy.CLASS)",
            "public @interface Nullable {}"),
    };
  }

  static JavaFileObject[] catalogSources() {
    return new JavaFileObject[] {
        catalogType("CatalogController",
            "import dev.kiln.annotations.*;",
            "import dev.kiln.runtime.Response;",
            "import java.io.InputStream;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.CompletionStage;",
            "",
            "/** The catalog. */",
            "@Path(\"/items\")",
            "public class CatalogController {",
            "  /** A page of items. */",
            "  @Get",
            "  @ApiResponse(status = 200, description = \"A page of items\", headers = {",
            "      @ResponseHeader(name = \"X-Rate-Limit\", description = \"calls per hour\",",
            "          type = int.class, required = true),",
            "      @ResponseHeader(name = \"X-Expires-After\", type = OffsetDateTime.class)})",
            "  @ApiResponse(status = 0, description = \"Unexpected error\")",
            "  public Response<Page<Item>> listItems(@BeanParam Paging paging,",
            "      @Header(\"X-Request-Id\") Optional<UUID> requestId,",
            "      @Cookie(\"session\") Optional<String> session) {",
            "    return null;",
            "  }",
            "",
            "  /** Labels by page. */",
            "  @Get(\"/labels\")",
            "  public Page<Label> listLabels() {",
            "    return null;",
            "  }",
            "",
            "  /** One item. */",
            "  @Get(\"/{id}\")",
            "  @ApiResponse(status = 400, description = \"Invalid id\", empty = true)",
            "  public Optional<Item> getItem(UUID id) {",
            "    return Optional.empty();",
            "  }",
            "",
            "  /** Creates an item from JSON or a form. */",
            "  @Post",
            "  @Consumes({\"application/json\", \"application/x-www-form-urlencoded\"})",
            "  @ApiResponse(status = 201, description = \"Created\",",
            "      headers = @ResponseHeader(name = \"Location\", description = \"the new item\"))",
            "  public Response<Item> createItem(NewItem item) {",
            "    return null;",
            "  }",
            "",
            "  /** Renames an item from a form. */",
            "  @Post(\"/{id}/name\")",
            "  @Consumes(\"application/x-www-form-urlencoded\")",
            "  public CompletionStage<Void> renameItem(UUID id, Rename rename) {",
            "    return null;",
            "  }",
            "",
            "  /** Deletes an item. */",
            "  @Delete(\"/{id}\")",
            "  @ApiResponse(status = 204, description = \"Deleted\")",
            "  @ApiResponse(status = 404, description = \"No such item\", empty = true)",
            "  public Response<Void> deleteItem(UUID id) {",
            "    return null;",
            "  }",
            "",
            "  /** Stock by warehouse. */",
            "  @Get(\"/stock\")",
            "  public CompletableFuture<Map<String, Integer>> stock() {",
            "    return null;",
            "  }",
            "",
            "  /** Replaces items by key. */",
            "  @Put(\"/bulk\")",
            "  public Item[] replaceItems(Map<String, NewItem> items) {",
            "    return null;",
            "  }",
            "",
            "  /** Uploads an item's image. */",
            "  @Put(\"/{id}/image\")",
            "  @Consumes({\"image/png\", \"image/jpeg\"})",
            "  public void uploadImage(UUID id, byte[] image) {",
            "  }",
            "",
            "  /** The item's image. */",
            "  @Get(\"/{id}/image\")",
            "  @Produces(\"image/png\")",
            "  public byte[] image(UUID id) {",
            "    return null;",
            "  }",
            "",
            "  /** Imports items from any stream. */",
            "  @Post(\"/import\")",
            "  @Status(202)",
            "  public void importItems(InputStream data) {",
            "  }",
            "",
            "  /** Exports every item. */",
            "  @Get(\"/export\")",
            "  public InputStream exportItems() {",
            "    return null;",
            "  }",
            "",
            "  /** Items as CSV. */",
            "  @Get(\"/csv\")",
            "  @Produces(\"text/csv\")",
            "  public String csv() {",
            "    return \"\";",
            "  }",
            "",
            "  /** The catalog's version. */",
            "  @Get(\"/version\")",
            "  public String version() {",
            "    return \"\";",
            "  }",
            "}"),
        catalogType("Page",
            "/**",
            " * A page of results.",
            " *",
            " * @param items what is on it",
            " * @param total how many there are",
            " * @param <T> the result type",
            " */",
            "public record Page<T>(List<T> items, int total) {}"),
        catalogType("Paging",
            "import dev.kiln.annotations.*;",
            "",
            "public record Paging(@QueryParam @DefaultValue(\"0\") int page,",
            "    @QueryParam @DefaultValue(\"20\") int size, @Header(\"X-Tenant\") String tenant) {}"),
        catalogType("Item",
            "import java.math.BigDecimal;",
            "",
            "public record Item(UUID id, String name, Price price, String[] tags,",
            "    Map<String, String> attributes, List<Map<String, Integer>> history) {}"),
        catalogType("Label",
            "public record Label(String text, int[] counts) {}"),
        catalogType("NewItem",
            "import jakarta.validation.constraints.*;",
            "",
            "public record NewItem(@NotBlank String name, long cents, Optional<String> note,",
            "    List<String> tags) {}"),
        catalogType("Rename",
            "import jakarta.validation.constraints.*;",
            "",
            "public record Rename(@Size(min = 1, max = 40) String name,",
            "    Optional<Integer> revision) {}"),
        catalogType("Price",
            "import java.math.BigDecimal;",
            "",
            "/** A price: a class with an all-args constructor and getters. */",
            "public final class Price {",
            "  /** the amount */",
            "  private final BigDecimal amount;",
            "  /** the ISO currency code */",
            "  private final String currency;",
            "",
            "  public Price(BigDecimal amount, String currency) {",
            "    this.amount = amount;",
            "    this.currency = currency;",
            "  }",
            "",
            "  public BigDecimal getAmount() {",
            "    return amount;",
            "  }",
            "",
            "  public String getCurrency() {",
            "    return currency;",
            "  }",
            "}"),
    };
  }

  private static JavaFileObject catalogType(String simpleName, String... lines) {
    String text = "package com.example.catalog;\n\nimport java.time.*;\nimport java.util.*;\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("com.example.catalog." + simpleName, text);
  }

  /** Compares {@code actual} with its golden file; a difference writes the actual file. */
  private static void assertGolden(TestInfo test, String name, String actual) throws IOException {
    String testClass = test.getTestClass().orElseThrow().getSimpleName();
    String method = test.getTestMethod().orElseThrow().getName();
    Path golden = GOLDENS.resolve(testClass).resolve(method).resolve(name);
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    Path out = ACTUAL.resolve(testClass).resolve(method).resolve(name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    String message = (expected == null ? "no golden " : "differs from golden ") + golden
        + "\nActual written to " + out.toAbsolutePath() + "\nReview it, then: cp "
        + out.toAbsolutePath() + " " + golden.toAbsolutePath();
    System.out.println(message);
    assertThat(actual).as(message).isEqualTo(expected);
  }
}

package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics of {@code multipart/form-data} bodies and {@code Upload}s. */
class MultipartDiagnosticsTest {
  private static final JavaFileObject UPLOADS = source("Uploads",
      "public class Uploads {",
      "  @Post(\"/uploads\")",
      "  @Consumes(\"multipart/form-data\")",
      "  public void create(",
      "      NewUpload upload) {",
      "  }",
      "}");

  @Test
  void nestedRecordComponent() {
    JavaFileObject upload = source("NewUpload",
        "import dev.kiln.runtime.Upload;",
        "public record NewUpload(Upload file,",
        "    Address address) {}");
    JavaFileObject address = source("Address", "public record Address(String city) {}");

    Compilation compilation = compile(UPLOADS, upload, address);

    assertOnlyError(compilation, upload, "Address address",
        "[kiln:multipart-part] Component address of record NewUpload has "
        + "type test.Address, which a multipart/form-data part cannot hold. Supported: "
        + "String, int, long, double, boolean, Integer, Long, Double, Boolean, BigDecimal, "
        + "BigInteger, UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime, Duration, an "
        + "enum, Optional, List or Set of one, Upload, Optional<Upload> or List<Upload>. Read "
        + "nested data as JSON in its own operation.");
  }

  @Test
  void setOfUploadsAndByteArrayComponents() {
    JavaFileObject upload = source("NewUpload",
        "import dev.kiln.runtime.Upload;",
        "public record NewUpload(",
        "    Set<Upload> files,",
        "    byte[] content) {}");

    Compilation compilation = compile(UPLOADS, upload);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[kiln:multipart-part] Component files of record NewUpload has type "
            + "java.util.Set<dev.kiln.runtime.Upload>")
        .inFile(upload)
        .onLineContaining("Set<Upload> files");
    assertThat(compilation)
        .hadErrorContaining("[kiln:multipart-part] Component content of record NewUpload has "
            + "type byte[]")
        .inFile(upload)
        .onLineContaining("byte[] content");
  }

  @Test
  void constraintThatDoesNotApplyToAnUpload() {
    JavaFileObject upload = source("NewUpload",
        "import dev.kiln.runtime.Upload;",
        "import jakarta.validation.constraints.*;",
        "public record NewUpload(",
        "    @NotBlank Upload file) {}");

    Compilation compilation = compile(UPLOADS, upload);

    assertOnlyError(compilation, upload, "@NotBlank Upload file",
        "[kiln:constraint-not-applicable] @NotBlank");
  }

  @Test
  void bodyThatIsNotARecord() {
    JavaFileObject uploads = source("Uploads",
        "public class Uploads {",
        "  @Post(\"/uploads\")",
        "  @Consumes(\"multipart/form-data\")",
        "  public void create(",
        "      Map<String, String> fields) {",
        "  }",
        "}");

    Compilation compilation = compile(uploads);

    assertOnlyError(compilation, uploads, "Map<String, String> fields",
        "[kiln:multipart-body] Parameter fields of type "
        + "java.util.Map<java.lang.String,java.lang.String> is read from multipart/form-data, "
        + "whose parts bind to the components of a record. Declare a record whose components "
        + "are the parts (");
  }

  @Test
  void multipartTogetherWithJson() {
    JavaFileObject uploads = source("Uploads",
        "public class Uploads {",
        "  @Post(\"/uploads\")",
        "  @Consumes({\"multipart/form-data\", \"application/json\"})",
        "  public void create(",
        "      NewUpload upload) {",
        "  }",
        "}");
    JavaFileObject upload = source("NewUpload", "public record NewUpload(String name) {}");

    Compilation compilation = compile(uploads, upload);

    assertOnlyError(compilation, uploads, "NewUpload upload",
        "[kiln:multipart-alone] create() consumes multipart/form-data "
        + "together with application/json. A multipart body has its own reader: declare "
        + "@Consumes(\"multipart/form-data\") alone, and the other media types on a second "
        + "handler method.");
  }

  @Test
  void uploadAsAQueryParameter() {
    JavaFileObject uploads = source("Uploads",
        "import dev.kiln.runtime.Upload;",
        "public class Uploads {",
        "  @Post(\"/uploads\")",
        "  public void create(",
        "      @QueryParam Upload file) {",
        "  }",
        "}");

    Compilation compilation = compile(uploads);

    assertOnlyError(compilation, uploads, "Upload file",
        "[kiln:upload-outside-multipart] Parameter file has type Upload, "
        + "which only a component of a multipart/form-data body record can have. Add "
        + "@Consumes(\"multipart/form-data\") to the handler and bind the file as a "
        + "component of its body record, or read the raw body as InputStream.");
  }

  @Test
  void uploadInAJsonRecord() {
    JavaFileObject uploads = source("Uploads",
        "public class Uploads {",
        "  @Post(\"/uploads\")",
        "  public void create(NewUpload upload) {",
        "  }",
        "}");
    JavaFileObject upload = source("NewUpload",
        "import dev.kiln.runtime.Upload;",
        "public record NewUpload(String name,",
        "    Upload file) {}");

    Compilation compilation = compile(uploads, upload);

    assertOnlyError(compilation, upload, "Upload file",
        "[kiln:unsupported-type] Component file of record NewUpload has "
        + "type dev.kiln.runtime.Upload, which Kiln cannot read or write as JSON.");
  }

  @Test
  void multipartBodyOfAClient() {
    JavaFileObject api = source("UploadsApi",
        "@Client",
        "public interface UploadsApi {",
        "  @Post(\"/uploads\")",
        "  @Consumes(\"multipart/form-data\")",
        "  void create(",
        "      NewUpload upload);",
        "}");
    JavaFileObject upload = source("NewUpload", "public record NewUpload(String name) {}");

    Compilation compilation = compile(api, upload);

    assertOnlyError(compilation, api, "NewUpload upload",
        "[kiln:multipart-client] Parameter upload is a multipart/form-data "
        + "body, which generated clients do not send yet.");
  }

  /** Asserts that {@code compilation} failed with one error, {@code message}, on {@code line}. */
  private static void assertOnlyError(Compilation compilation, JavaFileObject file, String line,
      String message) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }
}

package dev.kiln.runtime.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.MultipartLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MultipartFields#texts()}: the text fields of a parsed body, which {@code
 * RouteExchange#multipartFields()} hands to a form shown again after its 422.
 */
class MultipartFieldsTest {
  @TempDir
  Path folder;

  @Test
  void textFieldsByNameInOrderWithoutFilesOrTextThatIsNotUtf8() throws IOException {
    String body = String.join("\r\n",
        "--XyZ",
        "Content-Disposition: form-data; name=\"name\"",
        "",
        "Rex",
        "--XyZ",
        "Content-Disposition: form-data; name=\"photo\"; filename=\"rex.png\"",
        "Content-Type: image/png",
        "",
        "\u0089PNG",
        "--XyZ",
        "Content-Disposition: form-data; name=\"tag\"",
        "",
        "good",
        "--XyZ",
        "Content-Disposition: form-data; name=\"empty\"; filename=\"\"",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"bad\"",
        "",
        "\u00ff\u00fe",
        "--XyZ",
        "Content-Disposition: form-data; name=\"tag\"",
        "",
        "",
        "--XyZ--");
    List<MultipartPart> parts = MultipartFieldsAccess.parts(
        new ByteArrayInputStream(body.getBytes(ISO_8859_1)), "multipart/form-data; boundary=XyZ",
        MultipartLimits.DEFAULTS.withDirectory(folder), new UploadFiles(folder));

    Map<String, List<String>> texts = new MultipartFields(parts).texts();

    assertThat(texts).containsExactly(Map.entry("name", List.of("Rex")),
        Map.entry("tag", List.of("good", "")));
  }
}

package dev.kiln.it;

import static dev.kiln.it.support.Problems.body;
import static dev.kiln.it.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.MultipartBody;
import dev.kiln.test.KilnTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code multipart/form-data} in the example app over real HTTP: {@code POST /uploads} answering
 * each file's name, size and SHA-256, its 400, 415 and 422 problems, and a pet's photo uploaded
 * from its page.
 */
class UploadsIT {
  @RegisterExtension
  final KilnTest app = Apps.exampleApp();

  private Http.Response post(String path, byte[] body) {
    return Http.of(app).request("POST", path, body, "Content-Type", MultipartBody.CONTENT_TYPE);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void filesAreAnsweredWithTheirNameSizeAndSha256() {
    byte[] body = new MultipartBody().field("description", "Two greetings")
        .file("file", "hello.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
        .file("file", "empty.bin", "application/octet-stream", new byte[0])
        .end();

    post("/uploads", body).assertJson(201, "application/json", "{'description':'Two greetings',"
        + "'files':[{'name':'hello.txt','contentType':'text/plain','size':5,'sha256':"
        + "'2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'},"
        + "{'name':'empty.bin','contentType':'application/octet-stream','size':0,'sha256':"
        + "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}]}");
  }

  @Test
  void aFileOverTheMemoryThresholdIsStreamedThroughATemporaryFile() throws Exception {
    byte[] big = new byte[300 * 1024]; // over the default 64 KiB kept in memory
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + (i >> 8));
    }
    byte[] body = new MultipartBody().file("file", "data.bin", "application/octet-stream", big)
        .field("description", "café ☕").end();

    post("/uploads", body).assertJson(201, "application/json", "{'description':'café ☕',"
        + "'files':[{'name':'data.bin','contentType':'application/octet-stream','size':"
        + big.length + ",'sha256':'" + sha256(big) + "'}]}");
  }

  @Test
  void noFileAndNoDescriptionAre422() {
    byte[] body = new MultipartBody().field("other", "x").end();

    post("/uploads", body).assertProblem(422, invalid(422, "/uploads",
        body("/description", "missing", "is required"),
        body("/file", "size", "size must be between 1 and 10")));
  }

  @Test
  void aMissingBoundaryIs400() {
    Http.of(app).request("POST", "/uploads", new MultipartBody().field("description", "x").end(),
        "Content-Type", "multipart/form-data").assertProblem(400, "{'type':"
        + "'https://kiln.dev/problems/invalid-request','title':'Bad Request','status':400,"
        + "'detail':'The multipart Content-Type has no boundary parameter.','instance':"
        + "'/uploads','errors':[{'in':'body','pointer':'','message':'The multipart Content-Type "
        + "has no boundary parameter.','code':'malformed_multipart'}]}");
  }

  @Test
  void aBodyCutOffBeforeItsCloseDelimiterIs400() {
    byte[] whole = new MultipartBody().field("description", "x").end();
    byte[] cut = Arrays.copyOf(whole, whole.length - 10);

    post("/uploads", cut).assertProblem(400, "{'type':'https://kiln.dev/problems/invalid-request',"
        + "'title':'Bad Request','status':400,'detail':'The multipart body ends before its "
        + "closing boundary delimiter.','instance':'/uploads','errors':[{'in':'body','pointer':"
        + "'','message':'The multipart body ends before its closing boundary delimiter.','code':"
        + "'malformed_multipart'}]}");
  }

  @Test
  void jsonIs415() {
    Http.of(app).postJson("/uploads", "{}").assertProblem(415, "{'type':"
        + "'https://kiln.dev/problems/unsupported-media-type','title':'Unsupported Media Type',"
        + "'status':415,'detail':'The request body is application/json; this operation reads "
        + "multipart/form-data.','instance':'/uploads'}");
  }

  @Test
  void aPetsPhotoIsUploadedFromItsPage() {
    Http http = Http.of(app);
    assertThat(post("/ui/pets", new MultipartBody().field("name", "Rex")
        .field("status", "available").end()).status()).isEqualTo(303);
    assertThat(http.get("/ui/pets/1").body()).contains("<dd id=\"photo\">none</dd>",
        "<form method=\"post\" action=\"/ui/pets/1/photo\" enctype=\"multipart/form-data\"");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};

    Http.Response stored = post("/ui/pets/1/photo",
        new MultipartBody().file("photo", "rex.png", "image/png", png).end());

    assertThat(stored.status()).isEqualTo(303);
    assertThat(stored.header("Location")).isEqualTo("/ui/pets/1");
    assertThat(http.get("/ui/pets/1").body()).contains("<dd id=\"photo\"><a href=\"/ui/pets/1/"
        + "photo\">rex.png</a> (image/png, 11 bytes)</dd>");
    Http.Response photo = http.get("/ui/pets/1/photo");
    assertThat(photo.status()).isEqualTo(200);
    assertThat(photo.contentType()).isEqualTo("application/octet-stream");
    assertThat(photo.bytes()).isEqualTo(png);
  }

  @Test
  void aPhotoThatIsNoImageOrForNoPetIsRefused() {
    assertThat(post("/ui/pets", new MultipartBody().field("name", "Rex")
        .field("status", "available").end()).status()).isEqualTo(303);

    post("/ui/pets/1/photo", new MultipartBody().file("photo", "notes.txt", "text/plain",
        "hi".getBytes(StandardCharsets.UTF_8)).end()).assertProblem(422, "{'type':"
        + "'https://kiln.dev/problems/invalid-request','title':'Unprocessable Content',"
        + "'status':422,'detail':'The photo is text/plain, not an image.','instance':"
        + "'/ui/pets/1/photo'}");
    post("/ui/pets/2/photo",
        new MultipartBody().file("photo", "a.png", "image/png", new byte[] {1}).end())
        .assertProblem(404, "{'type':'https://kiln.dev/problems/not-found','title':'Not Found',"
            + "'status':404,'detail':'Pet 2 not found.','instance':'/ui/pets/2/photo'}");
    post("/ui/pets/1/photo", new MultipartBody().file("photo", "", "application/octet-stream",
        new byte[0]).end()).assertProblem(422, invalid(422, "/ui/pets/1/photo",
            body("/photo", "missing", "is required")));
  }
}

package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The exact generated sources of a {@code multipart/form-data} body: the route reading it and
 * the {@code _MultipartReader} binding text fields, a required file, an optional file, a list of
 * files and an enum, with their constraints.
 */
public class MultipartGoldenTest {
  /** The handler class of the multipart tests (also compiled by the OpenAPI test). */
  public static final String[] ALBUMS = {
      "public class Albums {",
      "  /** Adds photos to an album. */",
      "  @Post(\"/albums/{id}/photos\")",
      "  @Consumes(\"multipart/form-data\")",
      "  @Status(201)",
      "  public int add(long id, NewPhotos photos) {",
      "    return photos.files().size();",
      "  }",
      "}"};
  /** The body record of {@link #ALBUMS}. */
  public static final String[] NEW_PHOTOS = {
      "import dev.kiln.runtime.Upload;",
      "import jakarta.validation.constraints.*;",
      "",
      "/**",
      " * Photos to add.",
      " *",
      " * @param cover the album's cover",
      " * @param files the photos",
      " */",
      "public record NewPhotos(@Size(max = 200) String caption, List<String> tags,",
      "    Optional<Integer> rating, Visibility visibility, Upload cover,",
      "    @Size(min = 1, max = 3) List<Upload> files, Optional<Upload> thumbnail) {",
      "  public enum Visibility { PUBLIC, PRIVATE }",
      "}"};

  @Test
  void albums(TestInfo test) {
    JavaFileObject albums = Compilations.source("Albums", ALBUMS);
    JavaFileObject photos = Compilations.source("NewPhotos", NEW_PHOTOS);

    Compilation compilation = Compilations.compile(albums, photos);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }
}

package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The exact text of the reader of a record with constraints (checks after each read, a
 * compiled pattern and a decimal bound as constants, element checks in the list helper, a
 * violation of an absent list decided at compile time, a cross-field rule), compared with
 * reviewed golden files.
 */
class ValidatedReaderGoldenTest {

  @Test
  void signup(TestInfo test) {
    JavaFileObject controller = JavaFileObjects.forSourceLines("com.example.club.SignupController",
        "package com.example.club;",
        "",
        "import dev.kiln.annotations.Post;",
        "",
        "public class SignupController {",
        "  @Post(\"/signups\")",
        "  public void signup(Signup signup) {",
        "  }",
        "}");
    JavaFileObject address = JavaFileObjects.forSourceLines("com.example.club.Address",
        "package com.example.club;",
        "",
        "import jakarta.validation.constraints.Pattern;",
        "",
        "public record Address(@Pattern(regexp = \"[0-9]{5}\") String zip) {}");
    JavaFileObject signup = JavaFileObjects.forSourceLines("com.example.club.Signup",
        "package com.example.club;",
        "",
        "import jakarta.validation.Valid;",
        "import jakarta.validation.constraints.*;",
        "import java.math.BigDecimal;",
        "import java.time.LocalDate;",
        "import java.util.List;",
        "import java.util.Optional;",
        "",
        "public record Signup(",
        "    @NotBlank @Size(max = 40) String name,",
        "    @Email String email,",
        "    @Pattern(regexp = \"[a-z0-9_]+\", flags = Pattern.Flag.CASE_INSENSITIVE) String handle,",
        "    @Min(18) @Max(130) int age,",
        "    @DecimalMin(value = \"0.00\", inclusive = false) BigDecimal fee,",
        "    @Past LocalDate born,",
        "    @NotEmpty @Size(max = 5) List<@NotBlank String> interests,",
        "    @NotNull @Valid Address address,",
        "    Optional<@Size(max = 200, message = \"at most {max} characters\") String> note,",
        "    LocalDate start,",
        "    LocalDate end) {",
        "",
        "  @AssertTrue(message = \"start must not be after end\")",
        "  public boolean isOrdered() {",
        "    return !start.isAfter(end);",
        "  }",
        "}");

    Compilation compilation = Compilations.compile(controller, address, signup);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }
}

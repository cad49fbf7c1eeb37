package dev.kiln.processor.behaviour;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.RequestErrors;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Every constraint Kiln compiles, at its boundary: records with constraints are compiled with
 * the processor, their generated {@code _JsonReader}s loaded and run on JSON text through the
 * runtime's {@link JsonInput}. A value exactly at a bound passes, one past it fails with the
 * exact error (pointer, code, message).
 */
class ConstraintBoundaryTest {
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(type("Nullable",
        "@java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE_USE,",
        "    java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.METHOD,",
        "    java.lang.annotation.ElementType.PARAMETER})",
        "public @interface Nullable {}"));
    String[][] forms = {
        {"NotNullForm", "@Nullable @NotNull String value"},
        {"NullForm", "@Nullable @Null String value"},
        {"NotBlankForm", "@NotBlank String value"},
        {"NotEmptyForm", "@NotEmpty String text, @NotEmpty List<String> list"},
        {"SizeForm", "@Size(min = 2, max = 4) String text, @Size(min = 1, max = 2) List<Integer> list,",
            "    @Size(min = 1) Set<String> set"},
        {"MinMaxForm", "@Min(10) int i, @Max(20) long l, @Min(-5) @Max(5) Integer boxed,",
            "    @Min(1) double d, @Max(100) BigDecimal big, @Min(0) BigInteger bigInt"},
        {"DecimalForm", "@DecimalMin(\"1.5\") double incMin,",
            "    @DecimalMin(value = \"1.5\", inclusive = false) double excMin,",
            "    @DecimalMax(\"9.99\") BigDecimal incMax,",
            "    @DecimalMax(value = \"9.99\", inclusive = false) BigDecimal excMax,",
            "    @DecimalMin(\"-3\") @DecimalMax(\"3\") Long boxed"},
        {"SignForm", "@Positive int positive, @PositiveOrZero long positiveOrZero,",
            "    @Negative double negative, @NegativeOrZero BigDecimal negativeOrZero,",
            "    @Positive Integer boxed, @Negative BigInteger big"},
        {"DigitsForm", "@Digits(integer = 3, fraction = 2) BigDecimal amount,",
            "    @Digits(integer = 2, fraction = 0) int count,",
            "    @Digits(integer = 1, fraction = 1) double ratio"},
        {"PatternForm", "@Pattern(regexp = \"[a-z]+-\\\\d{2}\") String code,",
            "    @Pattern(regexp = \"abc\", flags = Pattern.Flag.CASE_INSENSITIVE) String word,",
            "    @Pattern(regexp = \"a.b\", flags = {Pattern.Flag.DOTALL, Pattern.Flag.CASE_INSENSITIVE})"
                + " String dots"},
        {"EmailForm", "@Email String email"},
        {"RepeatedPatternForm", "@Pattern(regexp = \"[a-z]+\") @Pattern(regexp = \".{2,3}\",",
            "    message = \"two or three\") String code"},
        {"TimeForm", "@Past LocalDate past, @PastOrPresent LocalDate pastOrPresent,",
            "    @Future LocalDate future, @FutureOrPresent LocalDate futureOrPresent,",
            "    @Past Instant instant, @Future OffsetDateTime offset, @PastOrPresent LocalDateTime local"},
        {"FlagForm", "@AssertTrue boolean accepted, @AssertFalse Boolean banned"},
        {"MessageForm", "@Size(min = 2, max = 3, message = \"between {min} and {max} please\") String code,",
            "    @NotBlank(message = \"name, please\") String name,",
            "    @DecimalMin(value = \"0.5\", message = \"at least {value}\") double ratio"},
        {"Address", "@NotBlank String street, @Size(min = 5, max = 5) String zip"},
        {"Person", "@NotBlank String name, @NotNull Address address, List<@NotNull Address> previous"},
        {"TagsForm", "@Size(max = 3) List<@NotBlank @Size(max = 4) String> tags,",
            "    Set<@Positive Integer> ids"},
        {"OptionalForm", "Optional<@Size(max = 3) String> nick, @Min(1) Optional<Integer> page"},
        {"RequiredOptionalForm", "Optional<@NotBlank String> motto"},
    };
    StringBuilder controller = new StringBuilder("public class Forms {\n");
    for (String[] form : forms) {
      String components = String.join("\n", java.util.Arrays.asList(form).subList(1, form.length));
      sources.add(type(form[0], "public record " + form[0] + "(" + components + ") {}"));
      controller.append("  @Post(\"/").append(form[0]).append("\")\n  public void create")
          .append(form[0]).append("(").append(form[0]).append(" form) {}\n");
    }
    sources.add(type("Range",
        "public record Range(int start, int end) {",
        "  @AssertTrue",
        "  public boolean isOrdered() {",
        "    return start <= end;",
        "  }",
        "",
        "  @AssertFalse(message = \"must not be longer than 10\")",
        "  boolean isTooLong() {",
        "    return end - start > 10;",
        "  }",
        "}"));
    sources.add(type("Booking", "public record Booking(@NotBlank String guest, Range stay) {}"));
    controller.append("  @Post(\"/Range\")\n  public void createRange(Range range) {}\n");
    controller.append("  @Post(\"/Booking\")\n  public void createBooking(Booking booking) {}\n");
    controller.append("}\n");
    sources.add(type("Forms", controller.toString()));

    Compilation compilation = Compilations.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new GeneratedClassLoader(compilation);
  }

  // ---- @NotNull, @Null, @NotBlank, @NotEmpty

  @Test
  void notNull() {
    assertValid("NotNullForm", "{'value':''}");
    assertError("NotNullForm", "{'value':null}", "/value", "not_null", "must not be null");
  }

  @Test
  void notNullOnAnAbsentNullableValueFails() {
    assertError("NotNullForm", "{}", "/value", "not_null", "must not be null");
  }

  @Test
  void nullConstraint() {
    assertValid("NullForm", "{'value':null}");
    assertValid("NullForm", "{}");
    assertError("NullForm", "{'value':'x'}", "/value", "null", "must be null");
  }

  @Test
  void notBlank() {
    assertValid("NotBlankForm", "{'value':' x '}");
    assertError("NotBlankForm", "{'value':''}", "/value", "not_blank", "must not be blank");
    assertError("NotBlankForm", "{'value':' \\t\\n'}", "/value", "not_blank", "must not be blank");
  }

  @Test
  void notEmpty() {
    assertValid("NotEmptyForm", "{'text':' ','list':['']}");
    assertErrors("NotEmptyForm", "{'text':'','list':[]}",
        error("/text", "not_empty", "must not be empty"),
        error("/list", "not_empty", "must not be empty"));
  }

  @Test
  void notEmptyOnAnAbsentListFails() {
    // an absent list reads as an empty list, which @NotEmpty rejects
    assertErrors("NotEmptyForm", "{'text':'x'}", error("/list", "not_empty", "must not be empty"));
  }

  // ---- @Size

  @Test
  void sizeOfText() {
    assertValid("SizeForm", "{'text':'ab','list':[1],'set':['a']}");
    assertValid("SizeForm", "{'text':'abcd','list':[1,2],'set':['a']}");
    assertErrors("SizeForm", "{'text':'a','list':[],'set':['a']}",
        error("/text", "size", "size must be between 2 and 4"),
        error("/list", "size", "size must be between 1 and 2"));
    assertErrors("SizeForm", "{'text':'abcde','list':[1,2,3],'set':['a']}",
        error("/text", "size", "size must be between 2 and 4"),
        error("/list", "size", "size must be between 1 and 2"));
  }

  @Test
  void sizeCountsCodePointsAsMaxLengthDoes() {
    // U+1F600 is one code point (two UTF-16 units): "😀😀😀😀" is 4, "a😀😀😀😀" is 5
    assertValid("SizeForm", "{'text':'a\\uD83D\\uDE00','list':[1],'set':['a']}");
    assertValid("SizeForm",
        "{'text':'\\uD83D\\uDE00\\uD83D\\uDE00\\uD83D\\uDE00\\uD83D\\uDE00','list':[1],'set':['a']}");
    assertError("SizeForm",
        "{'text':'a\\uD83D\\uDE00\\uD83D\\uDE00\\uD83D\\uDE00\\uD83D\\uDE00','list':[1],'set':['a']}",
        "/text", "size", "size must be between 2 and 4");
  }

  @Test
  void sizeOfAnAbsentListIsZero() {
    assertError("SizeForm", "{'text':'ab','set':['a']}", "/list", "size",
        "size must be between 1 and 2");
  }

  @Test
  void sizeOfSetCountsDistinctElements() {
    assertError("SizeForm", "{'text':'ab','list':[1],'set':[]}", "/set", "size",
        "size must be at least 1");
  }

  // ---- @Min, @Max

  @Test
  void minAndMaxOnEveryNumberType() {
    assertValid("MinMaxForm", "{'i':10,'l':20,'boxed':-5,'d':1,'big':100,'bigInt':0}");
    assertValid("MinMaxForm", "{'i':2147483647,'l':-9223372036854775808,'boxed':5,'d':1.0,"
        + "'big':-1e300,'bigInt':100000000000000000000000000000}");
    assertErrors("MinMaxForm", "{'i':9,'l':21,'boxed':-6,'d':0.999,'big':100.001,'bigInt':-1}",
        error("/i", "min", "must be greater than or equal to 10"),
        error("/l", "max", "must be less than or equal to 20"),
        error("/boxed", "min", "must be greater than or equal to -5"),
        error("/d", "min", "must be greater than or equal to 1"),
        error("/big", "max", "must be less than or equal to 100"),
        error("/bigInt", "min", "must be greater than or equal to 0"));
    assertError("MinMaxForm", "{'i':10,'l':20,'boxed':6,'d':1,'big':100,'bigInt':0}",
        "/boxed", "max", "must be less than or equal to 5");
  }

  // ---- @DecimalMin, @DecimalMax

  @Test
  void decimalBoundsInclusive() {
    assertValid("DecimalForm", "{'incMin':1.5,'excMin':1.6,'incMax':9.99,'excMax':9.98,'boxed':3}");
    assertErrors("DecimalForm",
        "{'incMin':1.4999,'excMin':1.6,'incMax':9.991,'excMax':9.98,'boxed':-4}",
        error("/incMin", "decimal_min", "must be greater than or equal to 1.5"),
        error("/incMax", "decimal_max", "must be less than or equal to 9.99"),
        error("/boxed", "decimal_min", "must be greater than or equal to -3"));
  }

  @Test
  void decimalBoundsExclusive() {
    assertValid("DecimalForm",
        "{'incMin':2,'excMin':1.5000001,'incMax':0,'excMax':9.98999999999999999999,'boxed':-3}");
    assertErrors("DecimalForm", "{'incMin':2,'excMin':1.5,'incMax':0,'excMax':9.99,'boxed':4}",
        error("/excMin", "decimal_min", "must be greater than 1.5"),
        error("/excMax", "decimal_max", "must be less than 9.99"),
        error("/boxed", "decimal_max", "must be less than or equal to 3"));
  }

  // ---- @Positive, @PositiveOrZero, @Negative, @NegativeOrZero

  @Test
  void signsAtZero() {
    assertValid("SignForm", "{'positive':1,'positiveOrZero':0,'negative':-0.001,"
        + "'negativeOrZero':0,'boxed':1,'big':-1}");
    assertErrors("SignForm", "{'positive':0,'positiveOrZero':-1,'negative':0,"
            + "'negativeOrZero':0.001,'boxed':0,'big':0}",
        error("/positive", "positive", "must be greater than 0"),
        error("/positiveOrZero", "positive_or_zero", "must be greater than or equal to 0"),
        error("/negative", "negative", "must be less than 0"),
        error("/negativeOrZero", "negative_or_zero", "must be less than or equal to 0"),
        error("/boxed", "positive", "must be greater than 0"),
        error("/big", "negative", "must be less than 0"));
  }

  @Test
  void negativeZeroIsNotNegative() {
    assertError("SignForm", "{'positive':1,'positiveOrZero':0,'negative':-0.0,"
            + "'negativeOrZero':-0.0,'boxed':1,'big':-1}",
        "/negative", "negative", "must be less than 0");
  }

  // ---- @Digits

  @Test
  void digits() {
    assertValid("DigitsForm", "{'amount':123.45,'count':99,'ratio':9.9}");
    assertValid("DigitsForm", "{'amount':123.4500,'count':-99,'ratio':-1}");
    String message = "must have at most 3 integer digits and 2 fraction digits";
    assertError("DigitsForm", "{'amount':1234,'count':1,'ratio':1}", "/amount", "digits", message);
    assertError("DigitsForm", "{'amount':1.234,'count':1,'ratio':1}", "/amount", "digits", message);
    assertErrors("DigitsForm", "{'amount':1,'count':100,'ratio':0.05}",
        error("/count", "digits", "must have at most 2 integer digits and 0 fraction digits"),
        error("/ratio", "digits", "must have at most 1 integer digits and 1 fraction digits"));
  }

  // ---- @Pattern, @Email

  @Test
  void patternMatchesTheWholeText() {
    assertValid("PatternForm", "{'code':'ab-12','word':'abc','dots':'a\\nb'}");
    assertError("PatternForm", "{'code':'ab-123','word':'abc','dots':'axb'}", "/code", "pattern",
        "must match \"[a-z]+-\\d{2}\"");
    assertError("PatternForm", "{'code':'xab-12','word':'abc','dots':'axb'}".replace("xab", "Ab"),
        "/code", "pattern", "must match \"[a-z]+-\\d{2}\"");
  }

  @Test
  void patternFlags() {
    assertValid("PatternForm", "{'code':'a-00','word':'AbC','dots':'A\\nB'}");
    assertErrors("PatternForm", "{'code':'a-00','word':'abcd','dots':'a\\n\\nb'}",
        error("/word", "pattern", "must match \"abc\""),
        error("/dots", "pattern", "must match \"a.b\""));
  }

  @Test
  void repeatedPatternsAreEachChecked() {
    assertValid("RepeatedPatternForm", "{'code':'abc'}");
    assertError("RepeatedPatternForm", "{'code':'abcd'}", "/code", "pattern", "two or three");
    assertError("RepeatedPatternForm", "{'code':'A1'}", "/code", "pattern",
        "must match \"[a-z]+\"");
  }

  @Test
  void email() {
    assertValid("EmailForm", "{'email':'ada@example.org'}");
    assertValid("EmailForm", "{'email':'a.b+c@x'}");
    for (String bad : List.of("ada", "ada@", "@example.org", "a da@example.org",
        "ada@exa mple.org", "ada@-example.org", "ada@example..org")) {
      assertError("EmailForm", "{'email':'" + bad + "'}", "/email", "email",
          "must be a well-formed email address");
    }
  }

  // ---- @Past, @PastOrPresent, @Future, @FutureOrPresent

  @Test
  void timeBoundsAroundToday() {
    String yesterday = LocalDate.now().minusDays(1).toString();
    String today = LocalDate.now().toString();
    String tomorrow = LocalDate.now().plusDays(1).toString();
    String others = ",'instant':'2000-01-01T00:00:00Z','offset':'2999-01-01T00:00:00+01:00',"
        + "'local':'2000-01-01T10:00:00'";
    assertValid("TimeForm", "{'past':'" + yesterday + "','pastOrPresent':'" + today
        + "','future':'" + tomorrow + "','futureOrPresent':'" + today + "'" + others + "}");
    assertErrors("TimeForm", "{'past':'" + today + "','pastOrPresent':'" + tomorrow
            + "','future':'" + today + "','futureOrPresent':'" + yesterday + "'" + others + "}",
        error("/past", "past", "must be in the past"),
        error("/pastOrPresent", "past_or_present", "must be in the past or the present"),
        error("/future", "future", "must be in the future"),
        error("/futureOrPresent", "future_or_present", "must be in the present or the future"));
  }

  @Test
  void timeBoundsOnInstantsAndDateTimes() {
    String dates = "'past':'2000-01-01','pastOrPresent':'2000-01-01','future':'2999-01-01',"
        + "'futureOrPresent':'2999-01-01'";
    assertErrors("TimeForm", "{" + dates + ",'instant':'2999-01-01T00:00:00Z',"
            + "'offset':'2000-01-01T00:00:00+01:00','local':'2999-01-01T10:00:00'}",
        error("/instant", "past", "must be in the past"),
        error("/offset", "future", "must be in the future"),
        error("/local", "past_or_present", "must be in the past or the present"));
  }

  // ---- @AssertTrue, @AssertFalse

  @Test
  void assertTrueAndFalse() {
    assertValid("FlagForm", "{'accepted':true,'banned':false}");
    assertValid("FlagForm", "{'accepted':true,'banned':null}".replace(",'banned':null", ",'banned':false"));
    assertErrors("FlagForm", "{'accepted':false,'banned':true}",
        error("/accepted", "assert_true", "must be true"),
        error("/banned", "assert_false", "must be false"));
  }

  // ---- messages, cascades, pointers, several errors

  @Test
  void customMessagesInterpolateAttributes() {
    assertValid("MessageForm", "{'code':'ab','name':'x','ratio':0.5}");
    assertErrors("MessageForm", "{'code':'abcd','name':' ','ratio':0.49}",
        error("/code", "size", "between 2 and 3 please"),
        error("/name", "not_blank", "name, please"),
        error("/ratio", "decimal_min", "at least 0.5"));
  }

  @Test
  void nestedRecordsCascade() {
    assertValid("Person", "{'name':'Ada','address':{'street':'Main','zip':'12345'}}");
    assertErrors("Person", "{'name':'Ada','address':{'street':'','zip':'1234'},"
            + "'previous':[{'street':'Old','zip':'12345'},{'street':'Older','zip':'123456'}]}",
        error("/address/street", "not_blank", "must not be blank"),
        error("/address/zip", "size", "size must be between 5 and 5"),
        error("/previous/1/zip", "size", "size must be between 5 and 5"));
  }

  @Test
  void listElementPointers() {
    assertValid("TagsForm", "{'tags':['a','abcd','b'],'ids':[1,2]}");
    assertErrors("TagsForm", "{'tags':['a',' ','abcde'],'ids':[1,0,-1]}",
        error("/tags/1", "not_blank", "must not be blank"),
        error("/tags/2", "size", "size must be at most 4"),
        error("/ids/1", "positive", "must be greater than 0"),
        error("/ids/2", "positive", "must be greater than 0"));
    assertError("TagsForm", "{'tags':['a','b','c','d']}", "/tags", "size",
        "size must be at most 3");
  }

  @Test
  void optionalValuesAreCheckedWhenPresent() {
    assertValid("OptionalForm", "{}");
    assertValid("OptionalForm", "{'nick':null,'page':null}");
    assertValid("OptionalForm", "{'nick':'abc','page':1}");
    assertErrors("OptionalForm", "{'nick':'abcd','page':0}",
        error("/nick", "size", "size must be at most 3"),
        error("/page", "min", "must be greater than or equal to 1"));
  }

  @Test
  void anEmptyOptionalIsCheckedAsNull() {
    // as in Jakarta Validation: Optional<@NotBlank String> checks the contained value or null
    assertValid("RequiredOptionalForm", "{'motto':'x'}");
    assertError("RequiredOptionalForm", "{}", "/motto", "not_blank", "must not be blank");
    assertError("RequiredOptionalForm", "{'motto':null}", "/motto", "not_blank",
        "must not be blank");
    assertError("RequiredOptionalForm", "{'motto':' '}", "/motto", "not_blank",
        "must not be blank");
  }

  @Test
  void aTypeErrorHidesTheConstraintsOfItsValue() {
    assertError("NotBlankForm", "{'value':5}", "/value", "type", "must be a string");
    assertError("NotBlankForm", "{'value':null}", "/value", "not_null", "must not be null");
    assertError("MinMaxForm", "{'i':99999999999,'l':20,'boxed':0,'d':1,'big':1,'bigInt':1}",
        "/i", "out_of_range", "must be between -2147483648 and 2147483647");
    assertErrors("TagsForm", "{'tags':['a',7,' ',null,'b']}",
        error("/tags/1", "type", "must be a string"),
        error("/tags/2", "not_blank", "must not be blank"),
        error("/tags/3", "not_null", "must not be null"));
    assertError("Person", "{'name':'Ada','address':{'street':'x','zip':5}}",
        "/address/zip", "type", "must be a string");
  }

  @Test
  void violationsOfANestedRecordAreNotReportedAsANullRecord() {
    assertErrors("Person", "{'name':'','address':{'street':'','zip':'12345'},"
            + "'previous':[{'street':'','zip':'12345'},null]}",
        error("/name", "not_blank", "must not be blank"),
        error("/address/street", "not_blank", "must not be blank"),
        error("/previous/0/street", "not_blank", "must not be blank"),
        error("/previous/1", "not_null", "must not be null"));
  }

  @Test
  void everyViolationIsReportedWithTheMissingFields() {
    assertErrors("SignForm", "{'positiveOrZero':-1,'negative':1,'negativeOrZero':'x','boxed':0}",
        error("/positiveOrZero", "positive_or_zero", "must be greater than or equal to 0"),
        error("/negative", "negative", "must be less than 0"),
        error("/negativeOrZero", "type", "must be a number"),
        error("/boxed", "positive", "must be greater than 0"),
        error("/positive", "missing", "is required"),
        error("/big", "missing", "is required"));
  }

  @Test
  void crossFieldRules() {
    assertValid("Range", "{'start':1,'end':1}");
    assertValid("Range", "{'start':1,'end':11}");
    assertError("Range", "{'start':2,'end':1}", "", "assert_true", "must be true");
    assertError("Range", "{'start':0,'end':11}", "", "assert_false", "must not be longer than 10");
    assertErrors("Booking", "{'guest':' ','stay':{'start':2,'end':1}}",
        error("/guest", "not_blank", "must not be blank"),
        error("/stay", "assert_true", "must be true"));
  }

  @Test
  void crossFieldRulesRunOnlyOnValidComponents() {
    assertError("Range", "{'start':'x','end':1}", "/start", "type", "must be an integer");
  }

  // ---- helpers

  private static JavaFileObject type(String simpleName, String... lines) {
    String text = "package test;\n\nimport jakarta.validation.constraints.*;\n"
        + "import java.math.BigDecimal;\nimport java.math.BigInteger;\nimport java.time.*;\n"
        + "import java.util.*;\nimport dev.kiln.annotations.*;\n\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  /** The errors of reading {@code json} (single quotes allowed) with the reader of {@code record}. */
  private static List<RequestError> read(String record, String json) {
    RequestErrors errors = new RequestErrors();
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(),
        json.replace('\'', '"'))) {
      parser.nextToken();
      Method read = loader.loadClass("test." + record + "_JsonReader")
          .getMethod("read", JsonInput.class);
      Object value = read.invoke(null, JsonInput.of(parser, errors));
      assertThat(value == null).as("null result of %s iff errors %s", json, errors.list())
          .isEqualTo(!errors.isEmpty());
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return errors.list();
  }

  private static RequestError error(String pointer, String code, String message) {
    return RequestError.body(pointer, code, message, false);
  }

  private static void assertValid(String record, String json) {
    assertThat(read(record, json)).as(json).isEmpty();
  }

  private static void assertError(String record, String json, String pointer, String code,
      String message) {
    assertErrors(record, json, error(pointer, code, message));
  }

  private static void assertErrors(String record, String json, RequestError... expected) {
    assertThat(read(record, json)).as(json).containsExactly(expected);
  }
}

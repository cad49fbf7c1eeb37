package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a response a handler method may produce besides its success status and Kiln's own
 * problem answers, with the headers it carries: for example {@code @ApiResponse(status = 200,
 * headers = @ResponseHeader(name = "X-Rate-Limit", type = int.class))} on a login. Declared
 * responses appear in the OpenAPI document; a handler returning {@code Response<T>} is checked
 * against them when Java assertions are enabled (as in tests). An error response may declare its
 * own JSON body type ({@link #body()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(ApiResponses.class)
public @interface ApiResponse {
  /** The HTTP status; 0 stands for OpenAPI's {@code default} response. */
  int status();

  /** What the response means. */
  String description() default "";

  /** Headers sent with this response. */
  ResponseHeader[] headers() default {};

  /** Whether the response has no content (e.g. a 400 or 404 without a body). */
  boolean empty() default false;

  /**
   * The type of this response's JSON body when it is not the handler's answer type, e.g. {@code
   * @ApiResponse(status = 404, description = "No such to-do.", body = NotFound.class)}: a record,
   * enum or scalar Kiln writes as JSON (the server writes it with the generated {@code
   * NotFound_JsonWriter}). The OpenAPI document gives it as the response's {@code
   * application/json} content (beside the problem details Kiln may answer for an error status),
   * and a generated client reads it from its {@code ApiException}: {@code
   * e.body(NotFound.class)}. Default {@code void}: none.
   */
  Class<?> body() default void.class;

  /**
   * A text media type this response's content has instead of the handler's answer, e.g. {@code
   * "text/html; charset=utf-8"} for the HTML form page a wrapper such as kiln-jte's {@code
   * FormPage} answers 422 with: documented as that media type with a string schema. Default:
   * the handler's own content.
   */
  String mediaType() default "";
}

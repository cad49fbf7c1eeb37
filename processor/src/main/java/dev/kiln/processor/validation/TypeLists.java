package dev.kiln.processor.validation;

/** The lists of supported Java types that {@link Messages} names in its texts. */
final class TypeLists {
  /** The scalar types a path or query parameter can have. */
  static final String SCALAR_TYPES = "String, int, long, double, boolean, Integer, Long, "
      + "Double, Boolean, BigDecimal, BigInteger, UUID, LocalDate, LocalDateTime, Instant, "
      + "OffsetDateTime, Duration, an enum";
  /** The types a path, query, header or cookie parameter can have. */
  static final String PARAM_TYPES = SCALAR_TYPES
      + ", or Optional of one (List or Set of one for a repeated query parameter or header)";
  /** The types a JSON body or record component can have. */
  static final String JSON_TYPES = SCALAR_TYPES
      + ", a record or all-args class (generic ones with concrete type arguments), List, Set, "
      + "Optional, Map<String, V> or an array of one";
  /** The types a handler may return. */
  static final String RETURN_TYPES = "void, String (text/plain), byte[] or InputStream "
      + "(application/octet-stream), a JSON type (" + JSON_TYPES + ", Map<String, V>, arrays), "
      + "an HtmlPage (text/html), or one of those in Optional (empty = 404), Response<T> or "
      + "CompletionStage<T>, or EventStream<T> of a JSON type (server-sent events or JSON lines)";

  private TypeLists() {}
}

package dev.kiln.processor.model;

/** The media types Kiln reads and writes by default (RFC 9110 section 8.3.1). */
public final class MediaTypes {
  public static final String JSON = "application/json";
  public static final String FORM = "application/x-www-form-urlencoded";
  /** HTML forms with files (RFC 7578). */
  public static final String MULTIPART = "multipart/form-data";
  public static final String OCTET_STREAM = "application/octet-stream";
  public static final String TEXT_PLAIN = "text/plain";
  /** Server-sent events (WHATWG HTML). */
  public static final String EVENT_STREAM = "text/event-stream";
  /** JSON lines: one JSON document per line. */
  public static final String NDJSON = "application/x-ndjson";

  private MediaTypes() {}
}

package dev.kiln.processor.validation;

/**
 * The diagnostics of {@code multipart/form-data} bodies (RFC 7578), in the style of {@link
 * Messages}: a stable tag, the construct named, the fix proposed.
 */
public final class MultipartMessages {
  /** The types a component of a multipart body record can have. */
  static final String PART_TYPES = TypeLists.SCALAR_TYPES + ", Optional, List or Set of one, "
      + "Upload, Optional<Upload> or List<Upload>";

  private MultipartMessages() {}

  public static String notRecord(String param, String type) {
    return "[kiln:multipart-body] Parameter " + param + " of type " + type + " is read from "
        + "multipart/form-data, whose parts bind to the components of a record. Declare a "
        + "record whose components are the parts (" + PART_TYPES + ").";
  }

  public static String unsupportedPart(String record, String component, String type) {
    return "[kiln:multipart-part] Component " + component + " of record " + record + " has type "
        + type + ", which a multipart/form-data part cannot hold. Supported: " + PART_TYPES
        + ". Read nested data as JSON in its own operation.";
  }

  public static String notAlone(String method, String others) {
    return "[kiln:multipart-alone] " + method + "() consumes multipart/form-data together with "
        + others + ". A multipart body has its own reader: declare @Consumes(\"multipart/"
        + "form-data\") alone, and the other media types on a second handler method.";
  }

  public static String clientUnsupported(String param) {
    return "[kiln:multipart-client] Parameter " + param + " is a multipart/form-data body, "
        + "which generated clients do not send yet. Send it with java.net.http, or declare the "
        + "operation in a second interface that is not a @Client.";
  }

  public static String uploadOutsideMultipart(String where) {
    return "[kiln:upload-outside-multipart] " + where + " has type Upload, which only a "
        + "component of a multipart/form-data body record can have. Add @Consumes(\"multipart/"
        + "form-data\") to the handler and bind the file as a component of its body record, or "
        + "read the raw body as InputStream.";
  }
}

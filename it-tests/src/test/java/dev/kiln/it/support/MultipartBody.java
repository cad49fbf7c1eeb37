package dev.kiln.it.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body (RFC 7578) built as a browser writes one. */
public final class MultipartBody {
  /** The boundary of every body built here. */
  public static final String BOUNDARY = "----KilnBoundary7MA4YWxkTrZu0gW";
  /** The {@code Content-Type} of a body built here. */
  public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Adds a text field. */
  public MultipartBody field(String name, String value) {
    return part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a file part of media type {@code type} ({@code null}: no {@code Content-Type}). */
  public MultipartBody file(String name, String fileName, String type, byte[] content) {
    return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", type, content);
  }

  private MultipartBody part(String disposition, String type, byte[] content) {
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n"
        + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** The whole body, with its close delimiter. */
  public byte[] end() {
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}

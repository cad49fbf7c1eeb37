package dev.kiln.runtime;

/** Reason phrases of the HTTP status codes, as RFC 9110 section 15 names them. */
public final class HttpStatus {
  private HttpStatus() {}

  /** The RFC 9110 reason phrase of {@code status}, or {@code "Status " + status} if unknown. */
  public static String reasonPhrase(int status) {
    switch (status) {
      case 200: return "OK";
      case 201: return "Created";
      case 202: return "Accepted";
      case 204: return "No Content";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 406: return "Not Acceptable";
      case 409: return "Conflict";
      case 413: return "Content Too Large";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Content";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return "Status " + status;
    }
  }
}

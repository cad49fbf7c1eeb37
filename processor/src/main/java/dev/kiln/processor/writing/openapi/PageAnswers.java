package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import java.util.Map;

/** What the document says of a route answering an {@code HtmlPage}. */
final class PageAnswers {
  private PageAnswers() {}

  /**
   * Whether {@code route} answers a page to {@code GET}: then the runtime answers 304 when the
   * request's {@code If-None-Match} names the page's {@code ETag}.
   */
  static boolean revalidates(RouteModel route) {
    return route.httpMethod().equals("GET")
        && route.responseType().kind() == TypeKindModel.HTML_PAGE;
  }

  // "304": {"description": "Not Modified: the page has the ETag named by If-None-Match"}
  static Map<String, Object> notModified() {
    return Json.obj("description",
        "Not Modified: the page still has the ETag named by If-None-Match");
  }

  // {"type": "string"}: the page's HTML
  static Map<String, Object> schema() {
    return Json.obj("type", "string");
  }
}

package dev.kiln.example;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Produces;

/** {@code GET /}: the example app's home page, a small HTML page of links. */
public final class HomeController {
  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Kiln example app</title>
      </head>
      <body>
      <h1>Kiln example app</h1>
      <h2>The API</h2>
      <ul>
      <li><a href="/docs">/docs</a>: Swagger UI</li>
      <li><a href="/redoc">/redoc</a>: ReDoc</li>
      <li><a href="/openapi.json">/openapi.json</a>: the OpenAPI 3.1 document</li>
      </ul>
      <h2>Resources</h2>
      <ul>
      <li><a href="/hello">/hello</a>: the smallest route</li>
      <li><a href="/items/42?q=kiln">/items/{id}</a>: path and query parameters</li>
      <li><a href="/todos">/todos</a>: a to-do list</li>
      <li><a href="/notes">/notes</a>: notes (most of Kiln's vocabulary)</li>
      <li><a href="/ui/pets">/ui/pets</a>: the Swagger Petstore's pets as HTML pages; its API
      (/pet, /store, /user) takes the demo credentials <code>api_key: special-key</code> and
      <code>Authorization: Bearer special-key</code> (<em>Authorize</em> in /docs)</li>
      </ul>
      </body>
      </html>
      """;

  /** The home page: links to the API documents and to each resource of the app. */
  @Get("/")
  @Produces("text/html; charset=utf-8")
  public String home() {
    return PAGE;
  }
}

/**
 * Kiln's runtime: the JDK's {@code com.sun.net.httpserver} serving the routes, JSON codecs and
 * validators the Kiln processor generated. jackson-core and the JDK only.
 *
 * <ul>
 *   <li>{@code dev.kiln.runtime}: the user API (server builder, response, problem details,
 *       exception mapping, docs, the exchange view).
 *   <li>{@code dev.kiln.runtime.config}: configuration (system properties, environment
 *       variables, properties files) that generated settings binders read.
 *   <li>{@code dev.kiln.runtime.filter}: filters around requests (CORS, compression, request
 *       ids, access log, and the API to write others).
 *   <li>{@code dev.kiln.runtime.generated}: called by generated code only (route table,
 *       parameter conversion, constraint checks, JSON and form input and output, the request's
 *       errors). Exported to every module: generated code lives in the application's module, or
 *       in the unnamed module on the class path, which a qualified export cannot name.
 *   <li>{@code dev.kiln.runtime.security}: the checks of credentials of secured operations
 *       (user API).
 *   <li>{@code dev.kiln.runtime.web}: static files (user API).
 *   <li>{@code dev.kiln.runtime.internal}: the server (dispatcher, router, body reading,
 *       decoding, problem writing, executors), not exported.
 * </ul>
 */
module dev.kiln.runtime {
  requires transitive jdk.httpserver;
  requires transitive tools.jackson.core;

  exports dev.kiln.runtime;
  exports dev.kiln.runtime.config;
  exports dev.kiln.runtime.filter;
  exports dev.kiln.runtime.generated;
  exports dev.kiln.runtime.security;
  exports dev.kiln.runtime.web;
}

package dev.kiln.processor.validation;

import static dev.kiln.processor.validation.TypeLists.JSON_TYPES;
import static dev.kiln.processor.validation.TypeLists.PARAM_TYPES;
import static dev.kiln.processor.validation.TypeLists.RETURN_TYPES;

/**
 * Every diagnostic text of the processor, in one place. Each starts with a stable tag ({@code
 * [kiln:...]}), names the construct and proposes the fix.
 */
public final class Messages {
  private Messages() {}

  /** The one note per compilation: what the processor wrote, so a user sees that it ran. */
  public static String generated(int routesClasses, int routes, int codecs) {
    return "[kiln:generated] Kiln processor: " + routesClasses + " routes "
        + (routesClasses == 1 ? "class" : "classes") + " with " + routes + " "
        + (routes == 1 ? "route" : "routes") + ", " + codecs + " JSON/form "
        + (codecs == 1 ? "codec" : "codecs") + ".";
  }

  public static String eventStreamMediaType(String method, String produces) {
    return "[kiln:event-stream-media-type] " + method + "() returns an EventStream, which is "
        + "answered as text/event-stream (server-sent events) or application/x-ndjson (JSON "
        + "lines), not " + produces + ". Use @Produces(\"text/event-stream\"), "
        + "@Produces(\"application/x-ndjson\") or no @Produces.";
  }

  public static String badPathTemplate(String template, String reason) {
    return "[kiln:bad-path-template] Invalid path template \"" + template + "\": " + reason
        + ". A template is \"/\" or \"/\"-separated segments, each literal text or one whole "
        + "{name} variable, e.g. \"/items/{id}\".";
  }

  public static String unboundPathVariable(String variable, String route) {
    return "[kiln:unbound-path-variable] Path variable {" + variable + "} of " + route
        + " has no parameter. Add a parameter named " + variable
        + " or annotate one with @PathParam(\"" + variable + "\").";
  }

  public static String unknownPathVariable(String name, String route, String suggestion) {
    return "[kiln:unknown-path-variable] @PathParam(\"" + name + "\") names no variable of "
        + route + "." + (suggestion == null
            ? " Add {" + name + "} to the template or bind the parameter as @QueryParam."
            : " Did you mean @PathParam(\"" + suggestion + "\")?");
  }

  public static String duplicateRoute(String route, String other) {
    return "[kiln:duplicate-route] " + route + " is already handled by " + other
        + ". Give one of them another method or path.";
  }

  public static String multipleHttpMethods(String method) {
    return "[kiln:multiple-http-methods] " + method + "() has more than one HTTP method "
        + "annotation. Use one annotation per method; write a second method for another route.";
  }

  public static String unsupportedParamType(String param, String type, String where) {
    return "[kiln:unsupported-type] Parameter " + param + " has type " + type
        + ", which Kiln cannot bind from " + where + ". Supported: " + PARAM_TYPES + ".";
  }

  public static String unsupportedBodyType(String param, String type) {
    return "[kiln:unsupported-type] Parameter " + param + " has type " + type
        + ", which Kiln cannot bind from a JSON request body. Supported: " + JSON_TYPES + ".";
  }

  public static String unsupportedComponentType(String record, String component, String type) {
    return "[kiln:unsupported-type] Component " + component + " of record " + record
        + " has type " + type + ", which Kiln cannot read or write as JSON. Supported: "
        + JSON_TYPES + ".";
  }

  public static String unsupportedReturnType(String method, String type) {
    return "[kiln:unsupported-type] " + method + "() returns " + type
        + ", which Kiln cannot write. Supported: " + RETURN_TYPES + ".";
  }

  public static String unresolvedType(String param, String type) {
    return "[kiln:unresolved-type] The type " + type + " of " + param
        + " cannot be resolved. Check its import, or that the processor generating it runs.";
  }

  public static String unresolvableGeneric(String subject, String type, String simpleName,
      String argument) {
    return "[kiln:unresolvable-generic] " + subject + " uses " + type + (argument == null
        ? ", a raw generic type." : ", whose type argument " + argument
            + " is not a concrete type.")
        + " Kiln generates one codec per concrete type: use e.g. " + simpleName
        + "<Item>, or a record without type parameters.";
  }

  public static String bodyNotAllowed(String method, String param) {
    return "[kiln:body-not-allowed] " + method + " requests carry no request body, but "
        + "parameter " + param + " would bind one. Use POST, PUT or PATCH, or bind " + param
        + " from the path or query.";
  }

  public static String multipleBodies(String param, String first) {
    return "[kiln:multiple-bodies] Parameter " + param + " would be a second request body after "
        + first + ". A handler has at most one body parameter; wrap both in one record.";
  }

  public static String optionalPathVariable(String param) {
    return "[kiln:optional-path-variable] Path variable " + param + " is always present; it "
        + "cannot be Optional, @Nullable or have a @DefaultValue.";
  }

  public static String badDefaultValue(String param, String value, String type) {
    return "[kiln:bad-default-value] @DefaultValue(\"" + value + "\") of " + param
        + " is not a valid " + type + ".";
  }

  public static String badStatus(int status) {
    return "[kiln:bad-status] @Status(" + status + ") must be a success status from 200 to 299.";
  }

  public static String bodyOnNoContent(int status) {
    return "[kiln:bad-status] @Status(" + status + ") answers with no content, but the method "
        + "returns a value. Return void or use another status.";
  }

  public static String privateHandler(String method) {
    return "[kiln:inaccessible-handler] " + method + "() is private; the generated routes class "
        + "calls it. Make it package-private or public.";
  }

  public static String staticHandler(String method) {
    return "[kiln:static-handler] " + method + "() is static. Handler methods are instance "
        + "methods; remove static.";
  }

  public static String privateClass(String type) {
    return "[kiln:inaccessible-handler] " + type + " is private; the generated routes class "
        + "needs to reach it. Make it package-private or public.";
  }

  public static String constraintNotApplicable(String constraint, String type, String where,
      String appliesTo) {
    return "[kiln:constraint-not-applicable] @" + constraint + " does not apply to " + type
        + " (" + where + "). @" + constraint + " applies to " + appliesTo + ".";
  }

  public static String badRegex(String regex, String reason) {
    return "[kiln:bad-pattern] @Pattern(regexp = \"" + regex + "\") is not a valid Java regular "
        + "expression: " + reason;
  }

  public static String minAboveMax(String constraint, long min, long max) {
    return "[kiln:bad-constraint] @" + constraint + " has min " + min + " above max " + max
        + "; no value can pass.";
  }

  public static String negativeBound(String constraint, String attribute, long value) {
    return "[kiln:bad-constraint] @" + constraint + "(" + attribute + " = " + value
        + ") must not be negative.";
  }

  public static String badDecimal(String constraint, String value) {
    return "[kiln:bad-constraint] @" + constraint + "(\"" + value + "\") is not a decimal "
        + "number. Write it like \"0.01\" or \"-5\".";
  }

  public static String constraintOnBody(String constraint, String param) {
    return "[kiln:constraint-on-body] @" + constraint + " on the request body parameter " + param
        + " has no effect: a body is always present. Put constraints on the record's components.";
  }

  public static String badCheckMethod(String method) {
    return "[kiln:bad-check-method] " + method + "() carries @AssertTrue/@AssertFalse, so the "
        + "generated reader calls it: it must be a non-private, non-static method with no "
        + "parameters returning boolean.";
  }

  public static String repeatedPathVariable(String param, String type) {
    return "[kiln:repeated-path-variable] Path variable " + param + " has type " + type
        + ", but a path variable holds exactly one value. Use a scalar type, or bind a "
        + "repeated query parameter (?" + param + "=a&" + param + "=b) with @QueryParam.";
  }

  public static String defaultOnRepeated(String param) {
    return "[kiln:bad-default-value] @DefaultValue on the repeated parameter " + param
        + " has no effect: an absent repeated parameter is an empty collection.";
  }

  public static String badBeanParam(String param, String type) {
    return "[kiln:bad-bean-param] @BeanParam " + param + " has type " + type
        + "; it must be a record whose components are parameters.";
  }

  public static String badBeanMember(String param, String member) {
    return "[kiln:bad-bean-param] Component " + member + " of @BeanParam " + param
        + " is not a path, query, header or cookie parameter. Annotate it or use a scalar type.";
  }

  public static String formNotFlat(String param, String type, String component) {
    return "[kiln:form-not-flat] Parameter " + param + " of type " + type + " is read from an "
        + "HTML form (application/x-www-form-urlencoded), whose fields are flat text, but "
        + (component == null ? "it is not a record" : "component " + component
        + " is a nested object or map") + ". Use scalars, Optional or List of scalars, or read "
        + "JSON.";
  }

  public static String duplicateOperationId(String id, String method, String other,
      String suggestion, boolean named) {
    String head = "[kiln:duplicate-operation-id] The operationId \"" + id + "\" of " + method
        + " is already the operationId of " + other + ". ";
    if (!named) {
      return head + "The OpenAPI document names operations after their methods, so method names "
          + "must be unique across handler classes; rename one of them. Or give one its own id: "
          + suggestion + ".";
    }
    return head + "An operationId names one operation of the OpenAPI document; choose another, "
        + "e.g. " + suggestion + ".";
  }

  public static String javaOnlyRegex(String regex, String construct) {
    return "[kiln:java-only-regex] @Pattern(regexp = \"" + regex + "\") uses " + construct
        + ", which JSON Schema's ECMA-262 patterns do not have, so the OpenAPI document cannot "
        + "state the rule. Write it with syntax both understand.";
  }

  public static String unknownSecurityScheme(String name, String known) {
    return "[kiln:unknown-security-scheme] @SecurityRequirement(\"" + name + "\") names no "
        + "@SecurityScheme. Declared: " + (known.isEmpty() ? "none" : known) + ".";
  }

  public static String duplicateSecurityScheme(String name) {
    return "[kiln:duplicate-security-scheme] @SecurityScheme(name = \"" + name + "\") is declared "
        + "more than once. Give each scheme its own name.";
  }

  public static String duplicateInfo(String other) {
    return "[kiln:duplicate-openapi-info] @OpenApiInfo is already on " + other
        + "; an application has one. Remove one of them.";
  }

  public static String clientNotInterface(String type) {
    return "[kiln:client-not-interface] @Client is on " + type + ", which is not an interface. "
        + "Declare the operations in an interface; Kiln generates its implementation.";
  }

  public static String clientMethodWithoutRoute(String method, String type) {
    return "[kiln:client-method-without-route] " + method + "() of @Client " + type + " has no "
        + "HTTP method annotation, so the generated client cannot implement it. Add one.";
  }

  public static String clientServerMismatch(String served, String declared, String aspect,
      String expected, String actual) {
    return "[kiln:client-server-mismatch] " + served + " serves " + declared + ", but its " + aspect
        + " is " + actual + " where the @Client interface says " + expected + ". Make them agree, "
        + "or remove the annotations from " + served + " to serve the interface's route.";
  }

  public static String bindingWithoutRoute(String served, String declared) {
    return "[kiln:client-server-mismatch] " + served + " serves " + declared + " and annotates its "
        + "parameters, but not the method. Repeat the method's annotation, or remove these.";
  }

  public static String badTimeout(long value) {
    return "[kiln:bad-timeout] @Timeout(" + value + ") must be more than 0.";
  }

  public static String timeoutNotAsync(String method) {
    return "[kiln:timeout-not-async] @Timeout on " + method + "() has no effect: it limits a "
        + "returned CompletionStage. Return CompletionStage<T> or remove @Timeout.";
  }

  // Breaking changes against the baseline document (-Akiln.openapi.baseline)

  private static String breaking(String tag, String text, String fix) {
    return "[kiln:breaking-" + tag + "] " + text + " " + fix + " If the break is intended, "
        + "acknowledge it with @BreakingChange(reason = \"...\") here, or release a new major "
        + "version with -Akiln.openapi.baseline.allowOnMajorBump=true.";
  }

  public static String breakingOperationRemoved(String operation, String baseline) {
    return breaking("operation-removed", operation + " of the baseline " + baseline
        + " is gone: clients calling it would get 404 or 405.", "Keep a handler method for it.");
  }

  public static String breakingOperationChanged(String operationId, String was, String now) {
    return breaking("operation-changed", "Operation \"" + operationId + "\" was " + was
        + " in the baseline and is " + now + ": clients calling " + was + " would get 404 or 405.",
        "Keep its method and path, and add the new route as another method.");
  }

  public static String breakingParameterRequired(String param, String operation, boolean added) {
    return breaking("parameter-required", "The " + param + " of " + operation
        + (added ? " is new and required" : " is required now, optional in the baseline")
        + ": clients sending none would get 422.",
        "Make it optional (@DefaultValue, Optional or @Nullable).");
  }

  public static String breakingRequestBodyRequired(String operation, boolean added) {
    return breaking("request-body-required", "The request body of " + operation
        + (added ? " is new and required" : " is required now, optional in the baseline")
        + ": clients sending none would get 4xx.", "Make it optional (@Nullable).");
  }

  public static String breakingPropertyRequired(String property, String where, boolean added) {
    return breaking("property-required", "Property \"" + property + "\" of " + where
        + (added ? " is new and required" : " is required now, optional in the baseline")
        + ": clients sending objects without it would get 422.",
        "Make it optional (Optional or @Nullable).");
  }

  public static String breakingTypeNarrowed(String where, String was, String now) {
    return breaking("type-narrowed", where + " accepted " + was + " in the baseline and accepts "
        + "only " + now + ": clients sending what it accepted would get 400 or 422.",
        "Accept the baseline's type.");
  }

  public static String breakingEnumValueRemoved(String where, String values) {
    return breaking("enum-value-removed", where + " no longer accepts " + values
        + ": clients sending them would get 422.", "Keep the constants (they may be @Deprecated).");
  }

  public static String breakingConstraintTightened(String where, String keyword, String was,
      String now) {
    return breaking("constraint-tightened", where + ": " + keyword + " was " + was
        + " in the baseline and is " + now + ": values the baseline accepted would get 422.",
        "Keep the baseline's constraint or a looser one.");
  }

  public static String breakingResponsePropertyRemoved(String property, String where,
      boolean gone) {
    return breaking("response-property-removed", "Required property \"" + property + "\" of "
        + where + (gone ? " is gone" : " is optional now") + ": clients reading it would fail.",
        "Keep it in the answer, required.");
  }

  public static String breakingResponseNullable(String where) {
    return breaking("response-nullable", where + " may be null now, never in the baseline: "
        + "clients reading it would fail on null.", "Keep it non-null (no @Nullable, Optional).");
  }

  public static String breakingResponseTypeChanged(String where, String was, String now) {
    return breaking("response-type-changed", where + " was " + was + " in the baseline and may "
        + "be " + now + ": clients reading it would fail.", "Answer the baseline's type.");
  }

  public static String breakingEnumValueAdded(String where, String values) {
    return breaking("enum-value-added", where + " may answer " + values + ", which the "
        + "baseline does not list: clients switching on its values would fail.",
        "Add constants only to enums that are read, not answered.");
  }

  public static String breakingSuccessStatusChanged(String operation, String was, String now) {
    return breaking("success-status-changed", operation + " answered " + was
        + " in the baseline and answers " + now + ": clients checking the status would fail.",
        "Keep the status (@Status).");
  }

  public static String breakingMediaTypeRemoved(String where, String mediaType) {
    return breaking("media-type-removed", where + " no longer has " + mediaType
        + ": clients sending or expecting it would fail.",
        "Keep the media type (@Consumes/@Produces).");
  }

  public static String baselineUnreadable(String path, String reason) {
    return "[kiln:baseline-unreadable] Cannot read the baseline document " + path + " ("
        + reason + "), named by -Akiln.openapi.baseline. Give a path to a committed OpenAPI "
        + "document (relative paths are resolved against javac's working directory; in Maven "
        + "use ${project.basedir}/...).";
  }

  public static String baselineInvalid(String path, String reason) {
    return "[kiln:baseline-invalid] The baseline document " + path + " is not an OpenAPI JSON "
        + "document: " + reason + ". Refresh it from target/classes/META-INF/kiln/openapi.json.";
  }

  /** The note listing what changed against the baseline without breaking clients. */
  public static String apiChanges(String baseline, java.util.List<String> compatible,
      java.util.List<String> acknowledged) {
    StringBuilder note = new StringBuilder("[kiln:api-changes] Against the baseline ")
        .append(baseline).append(": ").append(compatible.size()).append(" compatible ")
        .append(compatible.size() == 1 ? "change" : "changes");
    compatible.forEach(change -> note.append("\n  - ").append(change));
    if (!acknowledged.isEmpty()) {
      note.append("\n").append(acknowledged.size()).append(" acknowledged breaking ")
          .append(acknowledged.size() == 1 ? "change" : "changes");
      acknowledged.forEach(change -> note.append("\n  - ").append(change));
    }
    return note.toString();
  }

  public static String writeFailed(String file, String reason) {
    return "[kiln:write-failed] Could not write " + file + ": " + reason;
  }

  public static String internalError(String trace) {
    return "[kiln:internal-error] The Kiln processor failed; please report this: " + trace;
  }
}

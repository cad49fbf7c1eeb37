package dev.kiln.processor.model;

/** Where a handler parameter's value comes from. */
public enum ParamKind {
  PATH,
  QUERY,
  HEADER,
  COOKIE,
  /** A field of an HTML form body (a component of the form's record). */
  FORM,
  /** A {@code @BeanParam} record whose components are parameters themselves. */
  BEAN,
  BODY,
  /**
   * A value of a {@code @Provides} method (or the request's {@code Exchange}), computed once per
   * request before the others are bound.
   */
  DEPENDENCY
}

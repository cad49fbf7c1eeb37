package dev.kiln.processor.model;

/** Where a handler parameter's value comes from. */
public enum ParamKind {
  PATH,
  QUERY,
  HEADER,
  COOKIE,
  /** A {@code @BeanParam} record whose components are parameters themselves. */
  BEAN,
  BODY
}

package dev.kiln.processor.model;

/** Where a handler parameter's value comes from. */
public enum ParamKind {
  PATH,
  QUERY,
  BODY
}

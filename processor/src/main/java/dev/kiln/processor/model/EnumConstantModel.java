package dev.kiln.processor.model;

/**
 * One enum constant.
 *
 * @param javaName its name in Java
 * @param wireName its text on the wire: {@code @WireName}, else the Java name
 */
public record EnumConstantModel(String javaName, String wireName) {}

package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "application/json",
      "application/json; charset=utf-8",
      "application/json;charset=UTF-8",
      "APPLICATION/JSON",
      "Application/Json ; charset=utf-8",
      " application/json ",
      "application/problem+json",
      "application/vnd.x+json",
      "application/vnd.kiln.item+json; version=2",
      "APPLICATION/MERGE-PATCH+JSON"})
  void json(String contentType) {
    assertThat(MediaTypes.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "text/json",
      "text/plain",
      "text/plain; charset=utf-8",
      "application/jsonx",
      "application/json-seq",
      "application/xml",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=json",
      "application",
      "json",
      "+json",
      "text/x+json",
      "application/vnd.x+json5",
      "application/vnd.x+jsonp"})
  void notJson(String contentType) {
    assertThat(MediaTypes.isJson(contentType)).isFalse();
  }
}

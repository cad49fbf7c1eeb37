package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void absentQueryOrKeyIsNull() {
    assertThat(QueryString.first(null, "a")).isNull();
    assertThat(QueryString.first("", "a")).isNull();
    assertThat(QueryString.first("b=1&c=2", "a")).isNull();
    assertThat(QueryString.all(null, "a")).isEmpty();
    assertThat(QueryString.all("b=1", "a")).isEmpty();
  }

  @Test
  void firstFindsTheKeyAnywhere() {
    assertThat(QueryString.first("a=1", "a")).isEqualTo("1");
    assertThat(QueryString.first("a=1&b=2&c=3", "b")).isEqualTo("2");
    assertThat(QueryString.first("a=1&b=2&c=3", "c")).isEqualTo("3");
  }

  @Test
  void keysMatchExactlyNotByPrefix() {
    assertThat(QueryString.first("ab=1&a=2", "a")).isEqualTo("2");
    assertThat(QueryString.first("a=1", "ab")).isNull();
    assertThat(QueryString.first("ab", "a")).isNull();
  }

  @Test
  void repeatedKeys() {
    assertThat(QueryString.first("t=x&u=0&t=y&t=z", "t")).isEqualTo("x");
    assertThat(QueryString.all("t=x&u=0&t=y&t=z", "t")).containsExactly("x", "y", "z");
  }

  @Test
  void keyWithoutEqualsOrEmptyValueIsTheEmptyString() {
    assertThat(QueryString.first("flag", "flag")).isEmpty();
    assertThat(QueryString.first("flag&b=1", "flag")).isEmpty();
    assertThat(QueryString.first("b=1&flag", "flag")).isEmpty();
    assertThat(QueryString.first("flag=", "flag")).isEmpty();
    assertThat(QueryString.first("flag=&b=1", "flag")).isEmpty();
    // the '=' of a later parameter does not belong to a key without one
    assertThat(QueryString.first("flag&b=1", "flag")).isEmpty();
    assertThat(QueryString.all("flag&flag=x&flag=", "flag")).containsExactly("", "x", "");
  }

  @Test
  void emptyPartsAreSkipped() {
    assertThat(QueryString.first("&&a=1&", "a")).isEqualTo("1");
    assertThat(QueryString.all("a=1&&a=2", "a")).containsExactly("1", "2");
  }

  @Test
  void valueKeepsLaterEqualsSigns() {
    assertThat(QueryString.first("q=a=b", "q")).isEqualTo("a=b");
  }

  @Test
  void plusAndPercentEscapesAreDecodedInValues() {
    assertThat(QueryString.first("q=hello+world", "q")).isEqualTo("hello world");
    assertThat(QueryString.first("q=1%2B1%3D2", "q")).isEqualTo("1+1=2");
    assertThat(QueryString.first("q=caf%C3%A9&r=%26", "q")).isEqualTo("café");
    assertThat(QueryString.first("q=caf%C3%A9&r=%26", "r")).isEqualTo("&");
  }

  @Test
  void encodedKeysAreDecodedBeforeMatching() {
    assertThat(QueryString.first("%61=1", "a")).isEqualTo("1");
    assertThat(QueryString.first("first+name=Ada", "first name")).isEqualTo("Ada");
    assertThat(QueryString.first("first%20name=Ada", "first name")).isEqualTo("Ada");
    assertThat(QueryString.first("a%5B%5D=1&a%5b%5d=2", "a[]")).isEqualTo("1");
    assertThat(QueryString.all("a%5B%5D=1&a[]=2", "a[]")).containsExactly("1", "2");
    // a plain key is not decoded, so its escapes must be decoded to match
    assertThat(QueryString.first("a%2Bb=1", "a b")).isNull();
    assertThat(QueryString.first("a%2Bb=1", "a+b")).isEqualTo("1");
  }

  @Test
  void malformedKeyMatchesNothing() {
    assertThat(QueryString.first("%ZZ=1&a=2", "a")).isEqualTo("2");
    assertThat(QueryString.first("%ZZ=1", "%ZZ")).isNull();
  }

  @Test
  void malformedValuesAreTheMalformedSentinel() {
    assertThat(QueryString.first("a=%ZZ", "a")).isSameAs(QueryString.MALFORMED);
    assertThat(QueryString.first("a=%4", "a")).isSameAs(QueryString.MALFORMED);
    assertThat(QueryString.first("a=%", "a")).isSameAs(QueryString.MALFORMED);
    assertThat(QueryString.first("a=%C3%28", "a")).isSameAs(QueryString.MALFORMED);
    assertThat(QueryString.all("a=1&a=%C0%AF&a=3", "a"))
        .containsExactly("1", QueryString.MALFORMED, "3");
    assertThat(QueryString.all("a=1&a=%C0%AF", "a").get(1)).isSameAs(QueryString.MALFORMED);
  }

  @Test
  void aValueEqualToTheSentinelTextIsNotTheSentinel() {
    String value = QueryString.first("a=%00malformed", "a");
    assertThat(value).isEqualTo(QueryString.MALFORMED).isNotSameAs(QueryString.MALFORMED);
  }

  @Test
  void malformedValueOfAnotherKeyDoesNotMatter() {
    assertThat(QueryString.first("b=%ZZ&a=1", "a")).isEqualTo("1");
  }

  @Test
  void rawNonAsciiIsMalformedInValuesAndMatchesNoKey() {
    assertThat(QueryString.first("q=café", "q")).isSameAs(QueryString.MALFORMED);
    assertThat(QueryString.first("café=1", "café")).isNull();
  }
}

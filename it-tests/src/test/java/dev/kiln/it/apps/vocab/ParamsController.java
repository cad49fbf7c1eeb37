package dev.kiln.it.apps.vocab;

import dev.kiln.annotations.BeanParam;
import dev.kiln.annotations.Cookie;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.QueryParam;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Test-only routes binding every scalar type from each parameter source. */
@Path("/params")
public final class ParamsController {

  /** Every scalar type as a required query parameter, echoed as JSON. */
  @Get("/query")
  public AllScalars query(String s, int i, long l, double d, boolean b, Integer boxedInt,
      Long boxedLong, Double boxedDouble, Boolean boxedBoolean, Level level, UUID uuid,
      BigDecimal decimal, BigInteger big, LocalDate date, LocalDateTime dateTime,
      Instant instant, OffsetDateTime offset, Duration duration) {
    return new AllScalars(s, i, l, d, b, boxedInt, boxedLong, boxedDouble, boxedBoolean, level,
        uuid, decimal, big, date, dateTime, instant, offset, duration);
  }

  /** Every scalar type in a JSON body, echoed. */
  @Post("/json")
  public AllScalars json(AllScalars all) {
    return all;
  }

  /** Path variables of several types. */
  @Get("/path/{uuid}/{date}/{level}/{big}/{flag}")
  public Map<String, String> path(UUID uuid, LocalDate date, Level level, BigInteger big,
      boolean flag) {
    return map("uuid", uuid, "date", date, "level", level, "big", big, "flag", flag);
  }

  /** Headers: a derived name, given names, optional, repeated and defaulted ones. */
  @Get("/headers")
  public Map<String, String> headers(@Header UUID requestId, @Header("X-Day") LocalDate day,
      @Header("X-Level") Optional<Level> level, @Header("X-Tag") List<String> tags,
      @Header("X-Count") @DefaultValue("1") int count, @Header("X-When") Optional<Instant> when) {
    return map("requestId", requestId, "day", day, "level", level, "tags", tags, "count", count,
        "when", when);
  }

  /** Cookies: required, optional and defaulted. */
  @Get("/cookies")
  public Map<String, String> cookies(@Cookie UUID session, @Cookie("day") Optional<LocalDate> day,
      @Cookie @DefaultValue("3") int visits, @Cookie Optional<Level> level) {
    return map("session", session, "day", day, "visits", visits, "level", level);
  }

  /** Repeated query parameters as lists and sets of several types. */
  @Get("/repeated")
  public Repeated repeated(List<Integer> n, Set<Level> level, List<UUID> id,
      @QueryParam("d") List<LocalDate> dates) {
    return new Repeated(n, level, id, dates);
  }

  /** Defaults of several types, and an optional without one. */
  @Get("/defaults")
  public Map<String, String> defaults(@DefaultValue("7") int i,
      @DefaultValue("high") Level level, @DefaultValue("2024-01-31") LocalDate date,
      @DefaultValue("PT15M") Duration duration, @DefaultValue("x") String s,
      Optional<Integer> opt) {
    return map("i", i, "level", level, "date", date, "duration", duration, "s", s, "opt", opt);
  }

  /** A bean parameter mixing path, query, header, cookie and repeated members. */
  @Get("/bean/{shop}")
  public Filter bean(@BeanParam Filter filter) {
    return filter;
  }

  private static Map<String, String> map(Object... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int k = 0; k < pairs.length; k += 2) {
      map.put((String) pairs[k], String.valueOf(pairs[k + 1]));
    }
    return map;
  }
}

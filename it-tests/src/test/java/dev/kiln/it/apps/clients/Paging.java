package dev.kiln.it.apps.clients;

import dev.kiln.annotations.Header;
import dev.kiln.annotations.QueryParam;

/** A {@code @BeanParam}: a header and a query parameter. */
public record Paging(@Header("X-Region") String region, @QueryParam("page") long page) {}

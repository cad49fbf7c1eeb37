package dev.kiln.jte;

import gg.jte.html.HtmlInterceptor;
import gg.jte.html.HtmlTemplateOutput;

/**
 * A jte template precompiled by {@code jte-maven-plugin} ({@code generate} goal, {@code
 * contentType} {@code Html}) whose one parameter is the page model {@code M}: the generated
 * class's static {@code render} method, e.g. {@code JtepetsGenerated::render} for {@code
 * pets.jte} starting with {@code @param PetsPage page}. Calling it directly needs neither jte's
 * {@code TemplateEngine} nor reflection, and a template that uses a member its model lacks does
 * not compile.
 *
 * @param <M> the page model, typically a record
 */
@FunctionalInterface
public interface Template<M> {
  /** Writes the page for {@code model} to {@code output}; {@code interceptor} may be null. */
  void render(HtmlTemplateOutput output, HtmlInterceptor interceptor, M model);
}

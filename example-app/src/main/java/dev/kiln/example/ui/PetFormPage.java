package dev.kiln.example.ui;

import dev.kiln.jte.FormErrors;
import dev.kiln.jte.Pages;
import dev.kiln.runtime.HtmlPage;
import gg.jte.generated.precompiled.JtepetFormGenerated;

/**
 * The add-pet form, rendered by {@code petForm.jte}: empty, or again with the errors and values
 * of a submission.
 *
 * @param form the errors by field and the values typed ({@link FormErrors#none()} when empty)
 */
public record PetFormPage(FormErrors form) implements HtmlPage {

  @Override
  public String html() {
    return Pages.render(JtepetFormGenerated::render, form);
  }
}

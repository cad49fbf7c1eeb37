package dev.kiln.example.ui;

import dev.kiln.example.petstore.Pet;
import dev.kiln.jte.Pages;
import dev.kiln.runtime.HtmlPage;
import gg.jte.generated.precompiled.JtepetGenerated;

/**
 * A pet's page, rendered by {@code pet.jte} (whose model is the {@link Pet}).
 *
 * @param pet the pet shown
 */
public record PetPage(Pet pet) implements HtmlPage {

  @Override
  public String html() {
    return Pages.render(JtepetGenerated::render, pet);
  }
}

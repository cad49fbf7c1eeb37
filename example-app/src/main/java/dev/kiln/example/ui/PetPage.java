package dev.kiln.example.ui;

import dev.kiln.example.petstore.Pet;
import dev.kiln.jte.Pages;
import dev.kiln.runtime.HtmlPage;
import gg.jte.generated.precompiled.JtepetGenerated;

/**
 * A pet's page, rendered by {@code pet.jte} (whose parameters are the {@link Pet} and its photo).
 *
 * @param pet the pet shown
 * @param photo its uploaded photo, or {@code null} if it has none
 */
public record PetPage(Pet pet, PetPhotos.Photo photo) implements HtmlPage {

  @Override
  public String html() {
    return Pages.render((out, html, page) -> JtepetGenerated.render(out, html, page.pet(),
        page.photo()), this);
  }
}

package dev.kiln.example.ui;

import dev.kiln.example.petstore.Category;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.Tag;
import dev.kiln.jte.Pages;
import dev.kiln.runtime.HtmlPage;
import gg.jte.generated.precompiled.JtepetsGenerated;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pet list page: the model of {@code pets.jte}, the search text and the pets that match it.
 *
 * @param query what was searched for ({@code ""}: everything)
 * @param pets the matching pets, in id order
 */
public record PetsPage(String query, List<Pet> pets) implements HtmlPage {

  @Override
  public String html() {
    return Pages.render(JtepetsGenerated::render, this);
  }

  /** The pet's category name, or {@code ""}. */
  public static String category(Pet pet) {
    return pet.category().flatMap(Category::name).orElse("");
  }

  /** The pet's status as written on the wire ({@code available}), or {@code ""}. */
  public static String status(Pet pet) {
    return pet.status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  /** The pet's tag names, comma-separated. */
  public static String tags(Pet pet) {
    return pet.tags().stream().map(Tag::name).flatMap(Optional::stream)
        .collect(Collectors.joining(", "));
  }
}

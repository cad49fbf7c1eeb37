package dev.kiln.example.ui;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Produces;
import dev.kiln.annotations.QueryParam;
import dev.kiln.annotations.Tag;
import dev.kiln.example.petstore.Pet;
import dev.kiln.example.petstore.PetstoreRepository;
import dev.kiln.jte.FormErrors;
import dev.kiln.jte.Pages;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.Response;
import gg.jte.generated.precompiled.JtepetFormGenerated;
import gg.jte.generated.precompiled.JtepetGenerated;
import gg.jte.generated.precompiled.JtepetsGenerated;
import java.util.List;
import java.util.Optional;

/**
 * The pet store's HTML pages, rendered by precompiled jte templates ({@code src/main/jte}): the
 * list with a search form, a pet's page, and the add-pet form. The form posts back here; its
 * errors come from the same validation as the JSON API and are shown next to each field (see
 * {@code ExampleApp}, which registers {@link dev.kiln.jte.FormPage#redisplay}).
 */
@Tag("ui")
@Path("/ui/pets")
public final class PetPages {
  private final PetstoreRepository store;
  private final PetPhotos photos = new PetPhotos();

  /** The pages of the pets in {@code store}. */
  public PetPages(PetstoreRepository store) {
    this.store = store;
  }

  /** The pets whose name contains {@code q} (case-insensitive), as an HTML page. */
  @Get
  @Produces(Pages.HTML)
  @ApiResponse(status = 304, description = "The page has not changed (If-None-Match)",
      empty = true)
  public Response<String> petsPage(@QueryParam("q") Optional<String> q,
      @Header("If-None-Match") Optional<String> ifNoneMatch) {
    String query = q.map(String::strip).orElse("");
    List<Pet> found = store.findPetsByName(query);
    return Pages.page(JtepetsGenerated::render, new PetsPage(query, found), ifNoneMatch);
  }

  /** The pet {@code id} as an HTML page; 404 if there is none. */
  @Get("/{id}")
  @Produces(Pages.HTML)
  @ApiResponse(status = 304, description = "The page has not changed (If-None-Match)",
      empty = true)
  @ApiResponse(status = 404, description = "No such pet")
  public Response<String> petPage(long id,
      @Header("If-None-Match") Optional<String> ifNoneMatch) {
    Pet pet = store.findPet(id).orElseThrow(() ->
        new ProblemException(Problem.of(404, "Pet " + id + " not found.")));
    return Pages.page((out, html, shown) -> JtepetGenerated.render(out, html, shown,
        photos.get(id).orElse(null)), pet, ifNoneMatch);
  }

  /**
   * Keeps the uploaded image as the pet's photo (in memory, at most {@link PetPhotos#MAX_SIZE})
   * and answers 303 to the pet's page, which shows its name, type and size.
   */
  @Post("/{id}/photo")
  @Consumes("multipart/form-data")
  @ApiResponse(status = 303, description = "Stored: see the pet's page",
      headers = @dev.kiln.annotations.ResponseHeader(name = "Location",
          description = "the pet's page"))
  public Response<Void> uploadPhoto(long id, PhotoForm form) throws java.io.IOException {
    store.findPet(id).orElseThrow(() ->
        new ProblemException(Problem.of(404, "Pet " + id + " not found.")));
    photos.put(id, form.photo());
    return Response.status(303).header("Location", "/ui/pets/" + id).build();
  }

  /** The photo of pet {@code id}; 404 if it has none. */
  @Get("/{id}/photo")
  @Produces("application/octet-stream")
  public byte[] photo(long id) {
    return photos.get(id).orElseThrow(() ->
        new ProblemException(Problem.of(404, "Pet " + id + " has no photo."))).content();
  }

  /** The empty add-pet form. */
  @Get("/new")
  @Produces(Pages.HTML)
  public String newPetForm() {
    return Pages.render(JtepetFormGenerated::render, FormErrors.none());
  }

  /**
   * Adds the pet of the form and answers 303 to its page. A form with errors is answered 422
   * with the form again (by {@code FormPage.redisplay}).
   */
  @Post
  @Consumes("application/x-www-form-urlencoded")
  @ApiResponse(status = 303, description = "Added: see the pet's page",
      headers = @dev.kiln.annotations.ResponseHeader(name = "Location",
          description = "the pet's page"))
  @ApiResponse(status = 422, description = "The form again, with an error by each field")
  public Response<Void> submitPetForm(PetForm form) {
    Pet pet = store.addPet(form.toPet());
    return Response.status(303).header("Location", "/ui/pets/" + pet.id().orElseThrow()).build();
  }

  /** The add-pet form again with the errors of one submission. */
  public static String formWithErrors(FormErrors errors) {
    return Pages.render(JtepetFormGenerated::render, errors);
  }
}

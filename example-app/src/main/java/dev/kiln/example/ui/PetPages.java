package dev.kiln.example.ui;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.Get;
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
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.Response;
import java.util.List;
import java.util.Optional;

/**
 * The pet store's HTML pages: each handler returns its page model ({@link PetsPage}, {@link
 * PetPage}, {@link PetFormPage}), a record rendered by a precompiled jte template ({@code
 * src/main/jte}) that Kiln answers as {@code text/html} with an ETag. The list with a search
 * form, a pet's page, and the add-pet form. The form posts back here; its
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

  /**
   * The pets whose name contains {@code q} (case-insensitive), as an HTML page (with an ETag:
   * 304 when unchanged).
   */
  @Get
  public PetsPage petsPage(@QueryParam("q") Optional<String> q) {
    String query = q.map(String::strip).orElse("");
    List<Pet> found = store.findPetsByName(query);
    return new PetsPage(query, found);
  }

  /** The pet {@code id} as an HTML page; 404 if there is none. */
  @Get("/{id}")
  public PetPage petPage(long id) {
    Pet pet = store.findPet(id).orElseThrow(() ->
        new ProblemException(Problem.of(404, "Pet " + id + " not found.")));
    return new PetPage(pet, photos.get(id).orElse(null));
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
  public PetFormPage newPetForm() {
    return new PetFormPage(FormErrors.none());
  }

  /**
   * Adds the pet of the form, with its photo if one was chosen, and answers 303 to its page.
   * A form with errors (a photo that is too large or no image included) is answered 422 with
   * the form again (by {@code FormPage.redisplay}); the pet is then not added.
   */
  @Post
  @Consumes("multipart/form-data")
  @ApiResponse(status = 303, description = "Added: see the pet's page",
      headers = @dev.kiln.annotations.ResponseHeader(name = "Location",
          description = "the pet's page"))
  @ApiResponse(status = 422, description = "The form again, with an error by each field",
      mediaType = Pages.HTML)
  public Response<Void> submitPetForm(PetForm form) throws java.io.IOException {
    Optional<String> fault = form.photo().flatMap(PetPhotos::fault);
    if (fault.isPresent()) {
      throw new ProblemException(Problem.of(422, "The photo cannot be kept.").withErrors(
          List.of(RequestError.body("/photo", "invalid_photo", fault.get(), false))));
    }
    Pet pet = store.addPet(form.toPet());
    long id = pet.id().orElseThrow();
    if (form.photo().isPresent()) {
      photos.put(id, form.photo().get());
    }
    return Response.status(303).header("Location", "/ui/pets/" + id).build();
  }

  /** The add-pet form again with the errors of one submission. */
  public static String formWithErrors(FormErrors errors) {
    return new PetFormPage(errors).html();
  }
}

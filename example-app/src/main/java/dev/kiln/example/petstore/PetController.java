package dev.kiln.example.petstore;

import dev.kiln.annotations.ApiResponse;
import dev.kiln.annotations.Consumes;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Delete;
import dev.kiln.annotations.Get;
import dev.kiln.annotations.Header;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Put;
import dev.kiln.annotations.QueryParam;
import dev.kiln.annotations.SecurityRequirement;
import dev.kiln.annotations.SecurityScheme;
import dev.kiln.annotations.Status;
import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import java.util.List;
import java.util.Optional;

/** Everything about your Pets: the Petstore's {@code /pet} operations. */
@dev.kiln.annotations.Tag("pet")
@SecurityScheme(name = "petstore_auth", type = SecurityScheme.Type.OAUTH2,
    flows = @SecurityScheme.Flow(type = SecurityScheme.FlowType.IMPLICIT,
        authorizationUrl = "/oauth/authorize", // DemoAuthorization, so that Authorize works
        scopes = {"write:pets: modify pets in your account", "read:pets: read your pets"}))
@SecurityScheme(name = "api_key", type = SecurityScheme.Type.API_KEY,
    in = SecurityScheme.In.HEADER, paramName = "api_key")
@SecurityRequirement(value = "petstore_auth", scopes = {"write:pets", "read:pets"})
@Path("/pet")
public final class PetController {
  private final PetstoreRepository store;

  /** The operations on the pets of {@code store}. */
  public PetController(PetstoreRepository store) {
    this.store = store;
  }

  /**
   * Update an existing pet.
   *
   * <p>Update an existing pet by Id.
   */
  @Put
  @ApiResponse(status = 200, description = "Successful operation")
  @ApiResponse(status = 400, description = "Invalid ID supplied", empty = true)
  @ApiResponse(status = 404, description = "Pet not found", empty = true)
  @ApiResponse(status = 422, description = "Validation exception", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Pet updatePet(Pet pet) {
    long id = pet.id().orElseThrow(() ->
        new ProblemException(Problem.of(400, "The pet to update has no id.")));
    return store.updatePet(id, stored -> pet).orElseThrow(() -> notFound(id));
  }

  /**
   * Add a new pet to the store.
   *
   * <p>Add a new pet to the store.
   *
   * @implNote A pet without an id gets the next free one; one whose id is taken is answered 409
   *     and changes nothing.
   */
  @Post
  @ApiResponse(status = 200, description = "Successful operation")
  @ApiResponse(status = 400, description = "Invalid input", empty = true)
  @ApiResponse(status = 409, description = "A pet with this id exists", empty = true)
  @ApiResponse(status = 422, description = "Validation exception", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Pet addPet(Pet pet) {
    return store.addPet(pet);
  }

  /**
   * Finds Pets by status.
   *
   * <p>Multiple status values can be provided with comma separated strings.
   */
  @Get("/findByStatus")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid status value", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public List<Pet> findPetsByStatus(@DefaultValue("available") PetStatus status) {
    return store.findPetsByStatus(status);
  }

  /**
   * Finds Pets by tags.
   *
   * <p>Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for
   * testing.
   */
  @Get("/findByTags")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid tag value", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public List<Pet> findPetsByTags(@QueryParam("tags") List<String> tags) {
    if (tags.isEmpty()) {
      throw new ProblemException(Problem.of(400, "Give at least one tags parameter."));
    }
    return store.findPetsByTags(tags);
  }

  /**
   * Find pet by ID.
   *
   * <p>Returns a single pet.
   */
  @Get("/{petId}")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid ID supplied", empty = true)
  @ApiResponse(status = 404, description = "Pet not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  @SecurityRequirement("api_key")
  @SecurityRequirement(value = "petstore_auth", scopes = {"write:pets", "read:pets"})
  public Pet getPetById(long petId) {
    return store.findPet(petId).orElseThrow(() -> notFound(petId));
  }

  /**
   * Updates a pet in the store with form data.
   *
   * <p>Updates a pet resource based on the form data.
   */
  @Post("/{petId}")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "Invalid input", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Pet updatePetWithForm(long petId, Optional<String> name, Optional<String> status) {
    Optional<PetStatus> newStatus = status.map(PetController::parseStatus);
    return store.updatePet(petId, pet -> new Pet(pet.id(), name.orElse(pet.name()),
        pet.category(), pet.photoUrls(), pet.tags(), newStatus.or(pet::status)))
        .orElseThrow(() -> notFound(petId));
  }

  /**
   * Deletes a pet.
   *
   * <p>Delete a pet.
   *
   * @implNote The {@code api_key} header is the reference's parameter, read and not used: the
   *     operation requires {@code petstore_auth}, as the reference says.
   */
  @Delete("/{petId}")
  @Status(200)
  @ApiResponse(status = 200, description = "Pet deleted", empty = true)
  @ApiResponse(status = 400, description = "Invalid pet value", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void deletePet(@Header("api_key") Optional<String> apiKey, long petId) {
    if (!store.deletePet(petId)) {
      throw notFound(petId);
    }
  }

  /**
   * Uploads an image.
   *
   * <p>Upload image of the pet.
   */
  @Post("/{petId}/uploadImage")
  @Consumes("application/octet-stream")
  @ApiResponse(status = 200, description = "successful operation")
  @ApiResponse(status = 400, description = "No file uploaded", empty = true)
  @ApiResponse(status = 404, description = "Pet not found", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public dev.kiln.example.petstore.ApiResponse uploadFile(long petId,
      Optional<String> additionalMetadata, byte[] image) {
    if (image.length == 0) {
      throw new ProblemException(Problem.of(400, "No file uploaded."));
    }
    int count = store.addImage(petId).orElseThrow(() -> notFound(petId));
    String message = "Stored image " + count + " of pet " + petId + " (" + image.length
        + " bytes)" + additionalMetadata.map(metadata -> "; additionalMetadata: " + metadata)
            .orElse("") + ".";
    return new dev.kiln.example.petstore.ApiResponse(Optional.of(200), Optional.of("image"),
        Optional.of(message));
  }

  /** A 404 problem: there is no pet {@code id}. */
  static ProblemException notFound(long id) {
    return new ProblemException(Problem.of(404, "No pet " + id + "."));
  }

  /** The status with the wire name {@code name}; a 422 problem if there is none. */
  private static PetStatus parseStatus(String name) {
    PetStatus status = PetStatus_EnumCodec.parse(name);
    if (status == null) {
      throw new ProblemException(Problem.of(422, "The request has 1 error.").withErrors(List.of(
          RequestError.param(ParamIn.QUERY, "status", ErrorCodes.ENUM,
              "must be one of: " + PetStatus_EnumCodec.ALLOWED, false))));
    }
    return status;
  }
}

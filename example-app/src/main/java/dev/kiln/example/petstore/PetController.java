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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything about your Pets: the Petstore's {@code /pet} operations. */
@dev.kiln.annotations.Tag("pet")
@SecurityScheme(name = "petstore_auth", type = SecurityScheme.Type.OAUTH2,
    flows = @SecurityScheme.Flow(type = SecurityScheme.FlowType.IMPLICIT,
        authorizationUrl = "https://petstore3.swagger.io/oauth/authorize",
        scopes = {"write:pets: modify pets in your account", "read:pets: read your pets"}))
@SecurityScheme(name = "api_key", type = SecurityScheme.Type.API_KEY,
    in = SecurityScheme.In.HEADER, paramName = "api_key")
@SecurityRequirement(value = "petstore_auth", scopes = {"write:pets", "read:pets"})
@Path("/pet")
public final class PetController {
  private final Pets pets;

  /** The operations on {@code pets}. */
  public PetController(Pets pets) {
    this.pets = pets;
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
    return pets.update(id, stored -> pet);
  }

  /**
   * Add a new pet to the store.
   *
   * <p>Add a new pet to the store.
   */
  @Post
  @ApiResponse(status = 200, description = "Successful operation")
  @ApiResponse(status = 400, description = "Invalid input", empty = true)
  @ApiResponse(status = 409, description = "A pet with this id exists", empty = true)
  @ApiResponse(status = 422, description = "Validation exception", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public Pet addPet(Pet pet) {
    return pets.add(pet);
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
    List<Pet> found = new ArrayList<>();
    for (Pet pet : pets.all()) {
      if (pet.status().equals(Optional.of(status))) {
        found.add(pet);
      }
    }
    return found;
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
    List<Pet> found = new ArrayList<>();
    for (Pet pet : pets.all()) {
      if (pet.tags().stream().anyMatch(tag -> tag.name().filter(tags::contains).isPresent())) {
        found.add(pet);
      }
    }
    return found;
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
    return pets.get(petId);
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
    return pets.update(petId, pet -> new Pet(pet.id(), name.orElse(pet.name()), pet.category(),
        pet.photoUrls(), pet.tags(), newStatus.or(pet::status)));
  }

  /**
   * Deletes a pet.
   *
   * <p>Delete a pet.
   *
   * @implNote {@code api_key} is accepted and not checked: this store has no authentication.
   */
  @Delete("/{petId}")
  @Status(200)
  @ApiResponse(status = 200, description = "Pet deleted", empty = true)
  @ApiResponse(status = 400, description = "Invalid pet value", empty = true)
  @ApiResponse(status = 0, description = "Unexpected error", empty = true)
  public void deletePet(@Header("api_key") Optional<String> apiKey, long petId) {
    pets.delete(petId);
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
    int count = pets.addImage(petId);
    String message = "Stored image " + count + " of pet " + petId + " (" + image.length
        + " bytes)" + additionalMetadata.map(metadata -> "; additionalMetadata: " + metadata)
            .orElse("") + ".";
    return new dev.kiln.example.petstore.ApiResponse(Optional.of(200), Optional.of("image"),
        Optional.of(message));
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

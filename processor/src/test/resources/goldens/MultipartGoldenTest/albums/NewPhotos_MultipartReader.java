package test;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Upload;
import dev.kiln.runtime.generated.Checks;
import dev.kiln.runtime.generated.MultipartInput;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.RouteExchange;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads {@link NewPhotos} from a {@code multipart/form-data} body (RFC 7578).
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class NewPhotos_MultipartReader {
  private NewPhotos_MultipartReader() {
  }

  /**
   * Reads a {@link NewPhotos} from the fields {@code caption}, {@code tags}, {@code rating},
   * {@code visibility}, {@code cover}, {@code files}, {@code thumbnail} of an HTML form.
   *
   * @return the record, or {@code null} if a field had errors (added to the exchange's errors)
   */
  public static NewPhotos read(RouteExchange exchange, MultipartInput form) {
    int errors = exchange.errors().count();
    String caption = Params.toString(exchange.errors(), ParamIn.BODY, "caption",
        form.first(exchange.errors(), "caption"));
    if (!Checks.size(caption, 0, 200)) {
      Params.violation(exchange.errors(), ParamIn.BODY, "caption", "size",
          "size must be at most 200");
    }
    List<String> tags = Params.toList(exchange.errors(), ParamIn.BODY, "tags",
        form.all(exchange.errors(), "tags"), Params::toString);
    String ratingRaw = form.first(exchange.errors(), "rating");
    Optional<Integer> rating = ratingRaw == null ? Optional.empty()
        : Optional.ofNullable(Params.toInt(exchange.errors(), ParamIn.BODY, "rating", ratingRaw));
    NewPhotos.Visibility visibility = Params.toEnum(exchange.errors(), ParamIn.BODY, "visibility",
        form.first(exchange.errors(), "visibility"), NewPhotos_Visibility_EnumCodec::parse,
        NewPhotos_Visibility_EnumCodec.ALLOWED);
    Upload cover = form.file(exchange.errors(), "cover", true);
    List<Upload> files = form.files("files");
    if (!Checks.size(files, 1, 3)) {
      Params.violation(exchange.errors(), ParamIn.BODY, "files", "size",
          "size must be between 1 and 3");
    }
    Optional<Upload> thumbnail = Optional.ofNullable(
        form.file(exchange.errors(), "thumbnail", false));
    return exchange.errors().count() == errors ? new NewPhotos(caption, tags, rating, visibility,
        cover, files, thumbnail) : null;
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import dev.kiln.processor.model.TypeModel;

/**
 * The naming scheme of generated code, in one place: source name + {@code _} + role, in the
 * source's package; nested types flatten ({@code Outer_Inner_JsonWriter}). Never {@code $}.
 */
public final class Names {
  /** The value of {@code @Generated} on every generated class. */
  public static final String GENERATOR = "dev.kiln.processor.KilnProcessor";

  private Names() {}

  /** {@code ItemsController_Routes} for {@code ItemsController}. */
  public static ClassName routes(ClassName handler) {
    return derived(handler, "Routes");
  }

  /** {@code Auth_Providers}: calls the {@code @Provides} methods of {@code Auth}. */
  public static ClassName providers(ClassName providerClass) {
    return derived(providerClass, "Providers");
  }

  /** {@code TodosApi_Client} for the {@code @Client} interface {@code TodosApi}. */
  public static ClassName client(ClassName clientInterface) {
    return derived(clientInterface, "Client");
  }

  /** {@code Item_JsonReader} for record {@code Item}. */
  public static ClassName jsonReader(ClassName record) {
    return derived(record, "JsonReader");
  }

  /** {@code Item_JsonWriter} for record {@code Item}. */
  public static ClassName jsonWriter(ClassName record) {
    return derived(record, "JsonWriter");
  }

  /** {@code Item_JsonReader}, or {@code Page_Item_JsonReader} for {@code Page<Item>}. */
  public static ClassName jsonReader(TypeModel type) {
    return objectCodec(type, "JsonReader");
  }

  /** {@code Item_JsonWriter}, or {@code Page_Item_JsonWriter} for {@code Page<Item>}. */
  public static ClassName jsonWriter(TypeModel type) {
    return objectCodec(type, "JsonWriter");
  }

  /** {@code Item_FormReader}: reads an HTML form body into {@code Item}. */
  public static ClassName formReader(TypeModel type) {
    return objectCodec(type, "FormReader");
  }

  /** {@code Item_MultipartReader}: reads {@code Item} from a {@code multipart/form-data} body. */
  public static ClassName multipartReader(TypeModel type) {
    return objectCodec(type, "MultipartReader");
  }

  private static ClassName objectCodec(TypeModel type, String role) {
    StringBuilder base = new StringBuilder(String.join("_", type.simpleNames()));
    for (TypeModel argument : type.arguments()) {
      base.append('_').append(label(argument));
    }
    return ClassName.get(TypeNames.className(type).packageName(), base + "_" + role);
  }

  /** {@code WebSettings_Binder} for the {@code @Settings} record {@code WebSettings}. */
  public static ClassName binder(ClassName settings) {
    return derived(settings, "Binder");
  }

  /** {@code Color_EnumCodec} for enum {@code Color}. */
  public static ClassName enumCodec(ClassName enumType) {
    return derived(enumType, "EnumCodec");
  }

  /**
   * A label for a type in helper method names: {@code String}, {@code Int}, {@code Item},
   * {@code ListOfItem}, {@code OptionalOfListOfString}.
   */
  public static String label(TypeModel type) {
    switch (type.kind()) {
      case LIST:
        return "ListOf" + label(type.element());
      case SET:
        return "SetOf" + label(type.element());
      case OPTIONAL:
        return "OptionalOf" + label(type.element());
      case RECORD: {
        StringBuilder label = new StringBuilder(String.join("_", type.simpleNames()));
        for (TypeModel argument : type.arguments()) {
          label.append("Of").append(label(argument));
        }
        return label.toString();
      }
      case ENUM:
        return String.join("_", type.simpleNames());
      case MAP:
        return "MapOf" + label(type.element());
      case ARRAY:
        return "ArrayOf" + label(type.element());
      case INT:
        return "Int";
      case LONG:
        return "Long";
      case DOUBLE:
        return "Double";
      case BOOLEAN:
        return "Boolean";
      case BOXED_INT:
        return "Integer";
      default:
        return type.kind().label().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
            + type.kind().label().substring(1);
    }
  }

  private static ClassName derived(ClassName source, String role) {
    return ClassName.get(source.packageName(),
        String.join("_", source.simpleNames()) + "_" + role);
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.SettingModel;
import dev.kiln.processor.model.SettingsModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>_Binder} for a {@code @Settings} record: static {@code load()} and {@code
 * bind(Config)} reading every component from configuration by its key and environment variable
 * (no reflection), checking its constraints, and reporting every problem at once.
 */
public final class SettingsBinderFile {
  static final ClassName CONFIG = ClassName.get("dev.kiln.runtime.config", "Config");
  static final ClassName CONFIG_VALUE = ClassName.get("dev.kiln.runtime.config", "ConfigValue");
  static final ClassName CONFIG_EXCEPTION =
      ClassName.get("dev.kiln.runtime.config", "ConfigException");
  static final ClassName READER = ClassName.get(RuntimeTypes.GENERATED, "SettingsReader");

  /** The binder file of {@code settings}. */
  public JavaFile write(SettingsModel settings) {
    ClassName record = ClassName.get(settings.element());
    ClassName binder = Names.binder(record);
    HelperMethods helpers = new HelperMethods(binder);
    SettingCode code = new SettingCode(new ConstraintCode(helpers));
    TypeSpec.Builder type = Generated.type(binder, settings.element())
        .addJavadoc("Binds {@link $T} from configuration, as its {@code @Settings} declares "
            + "(generated).\n\n<ul>\n$L</ul>\n", record, keyList(settings))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    // public static WebSettings load() { return bind(Config.load()); }
    type.addMethod(MethodSpec.methodBuilder("load")
        .addJavadoc("The settings from {@link $T#load()}: system properties, environment "
            + "variables, the properties files, the defaults.\n\n"
            + "@throws $T listing every missing or malformed setting\n", CONFIG, CONFIG_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(record)
        .addStatement("return bind($T.load())", CONFIG)
        .build());

    // public static WebSettings bind(Config config) {
    //   SettingsReader in = new SettingsReader(config, "WebSettings");
    //   WebSettings settings = read(in);
    //   in.throwIfInvalid();
    //   return settings;
    // }
    NameAllocator methods = new NameAllocator();
    methods.newName("load");
    methods.newName("bind");
    String read = methods.newName("read");
    type.addMethod(MethodSpec.methodBuilder("bind")
        .addJavadoc("The settings from {@code config}.\n\n"
            + "@throws $T listing every missing or malformed setting and every broken "
            + "constraint\n", CONFIG_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(record)
        .addParameter(CONFIG, "config")
        .addStatement("$T in = new $T(config, $S)", READER, READER, settings.simpleName())
        .addStatement("$T settings = $N(in)", record, read)
        .addStatement("in.throwIfInvalid()")
        .addStatement("return settings")
        .build());
    List<MethodSpec> readers = new ArrayList<>();
    readMethod(settings, read, methods, code, readers);
    readers.forEach(type::addMethod);
    helpers.addTo(type);
    return Generated.file(record.packageName(), type.build());
  }

  // private static WebSettings read(SettingsReader in) {
  //   ConfigValue portValue = in.value("port", "PORT", "8080");
  //   int port = in.toInt(portValue);
  //   if (in.isValid(portValue)) { if (!Checks.min(port, 1L)) { in.violation(portValue, "..."); } }
  //   return in.create("ServerSettings", () -> new ServerSettings(port));
  // }
  private void readMethod(SettingsModel settings, String name, NameAllocator methods,
      SettingCode code, List<MethodSpec> into) {
    ClassName record = ClassName.get(settings.element());
    NameAllocator locals = new NameAllocator();
    locals.newName("in", "in");
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(record)
        .addParameter(READER, "in");
    List<CodeBlock> arguments = new ArrayList<>();
    int index = into.size();
    into.add(null); // this method comes before the nested records' ones
    for (SettingModel setting : settings.settings()) {
      String local = locals.newName(setting.javaName());
      arguments.add(CodeBlock.of("$N", local));
      if (setting.nested() != null) {
        String nested = methods.newName("read" + capitalize(setting.key()));
        method.addStatement("$T $N = $N(in)", ClassName.get(setting.nested().element()), local,
            nested);
        readMethod(setting.nested(), nested, methods, code, into);
        continue;
      }
      String value = locals.newName(setting.javaName() + "Value");
      method.addStatement("$T $N = in.value($S, $S, $S)", CONFIG_VALUE, value, setting.key(),
          setting.env(), setting.defaultText())
          .addStatement("$T $N = $L", TypeNames.of(setting.type()), local,
              code.read(setting.type(), value))
          .addCode(code.checks(setting.type(), local, value, setting.javaName(), locals));
    }
    method.addStatement("return in.create($S, () ->$Wnew $T($L))", settings.simpleName(), record,
        CodeBlock.join(arguments, ",$W"));
    into.set(index, method.build());
  }

  /** {@code kiln.db.pool-size} as {@code KilnDbPoolSize}. */
  private static String capitalize(String key) {
    StringBuilder name = new StringBuilder();
    for (String word : key.split("[.-]")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  /** One {@code <li>} per setting: key, environment variable and default. */
  private static String keyList(SettingsModel settings) {
    StringBuilder list = new StringBuilder();
    for (SettingModel setting : settings.settings()) {
      if (setting.nested() != null) {
        list.append(keyList(setting.nested()));
        continue;
      }
      list.append("  <li>{@code ").append(setting.key()).append("} ({@code ")
          .append(setting.env()).append("})");
      if (setting.defaultText() != null) {
        list.append(", default {@code \"").append(setting.defaultText()
            .replace("*/", "*&#47;").replace("@", "&#64;")).append("\"}");
      }
      list.append("\n");
    }
    return list.toString();
  }
}

package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/**
 * The runtime as a module: {@code dev.kiln.runtime} exports the user API (with static files in
 * {@code dev.kiln.runtime.web} and security in {@code dev.kiln.runtime.security}), the package
 * for generated code and the filters, not the server's
 * internals, and resolves with jackson-core and the JDK alone.
 * (The tests themselves run on the class path, as an application without a module does.)
 */
class ModuleDescriptorTest {
  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void exportsTheUserApiStaticFilesTheFiltersAndTheGeneratedCodePackageOnly() throws Exception {
    ModuleDescriptor descriptor;
    Path moduleInfo = location(KilnServer.class).resolve("module-info.class");
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.kiln.runtime");
    assertThat(descriptor.exports()).allMatch(export -> !export.isQualified());
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder("dev.kiln.runtime", "dev.kiln.runtime.config",
            "dev.kiln.runtime.filter", "dev.kiln.runtime.generated", "dev.kiln.runtime.security",
            "dev.kiln.runtime.web");
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("jdk.httpserver", "tools.jackson.core");
  }

  @Test
  void resolvesWithJacksonCoreAndTheJdkAlone() throws Exception {
    ModuleFinder finder =
        ModuleFinder.of(location(KilnServer.class), location(JsonParser.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("dev.kiln.runtime"));
    Set<String> resolved = configuration.modules().stream().map(ResolvedModule::name)
        .collect(Collectors.toSet());
    assertThat(resolved).containsExactlyInAnyOrder("dev.kiln.runtime", "tools.jackson.core");
  }
}

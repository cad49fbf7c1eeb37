package dev.kiln.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The processor's layers depend one way, checked on the compiled classes with ArchUnit: {@code
 * model} on nothing else of the processor (and on no JavaPoet type); {@code validation} and
 * {@code writing} on {@code model} only, not on each other; only {@code step} sees all three, and
 * only the processor class sees {@code step}. Every class belongs to a layer. The processor never
 * uses the runtime, nor the runtime the processor. The rules are proved able to fail on a
 * fixture with planted violations.
 */
class LayeringTest {
  private static final String PROCESSOR = "dev.kiln.processor";
  private static final String FIXTURE = PROCESSOR + ".layering.fixture";

  /** The layering rules of the processor whose root package is {@code root}. */
  static List<ArchRule> rules(String root) {
    ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Processor").definedBy(root)
        .layer("Steps").definedBy(root + ".step..")
        .layer("Validation").definedBy(root + ".validation..")
        .layer("Writing").definedBy(root + ".writing..")
        .layer("Model").definedBy(root + ".model..")
        .whereLayer("Processor").mayNotBeAccessedByAnyLayer()
        .whereLayer("Steps").mayOnlyBeAccessedByLayers("Processor")
        .whereLayer("Validation").mayOnlyBeAccessedByLayers("Steps")
        .whereLayer("Writing").mayOnlyBeAccessedByLayers("Steps")
        .whereLayer("Model").mayOnlyBeAccessedByLayers("Validation", "Writing", "Steps")
        .whereLayer("Model").mayNotAccessAnyLayer()
        .whereLayer("Validation").mayOnlyAccessLayers("Model")
        .whereLayer("Writing").mayOnlyAccessLayers("Model")
        .ensureAllClassesAreContainedInArchitecture()
        .withOptionalLayers(true);
    ArchRule modelWithoutJavaPoet = noClasses().that().resideInAPackage(root + ".model..")
        .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
        .because("the model holds no JavaPoet types; the writers name types");
    ArchRule processorWithoutRuntime = noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("dev.kiln.runtime..")
        .because("the processor names runtime types in generated code, never loads them");
    return List.of(layers, modelWithoutJavaPoet, processorWithoutRuntime);
  }

  @Test
  void theProcessorKeepsItsLayers() {
    JavaClasses processor = importClassesOf(KilnProcessor.class);
    assertThat(processor).isNotEmpty();
    rules(PROCESSOR).forEach(rule -> rule.check(processor));
  }

  @Test
  void theRuntimeNeverSeesTheProcessor() {
    JavaClasses runtime = importClassesOf(dev.kiln.runtime.KilnServer.class);
    assertThat(runtime).isNotEmpty();
    noClasses().should().dependOnClassesThat().resideInAPackage(PROCESSOR + "..")
        .check(runtime);
  }

  /**
   * The classes of the directory or jar {@code type} was loaded from: one module's main classes
   * ({@code target/classes} in a reactor test run, the jar under {@code verify}).
   */
  private static JavaClasses importClassesOf(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return new ClassFileImporter().importPath(location);
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return new ClassFileImporter().importJar(jar);
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void cleanFixturePasses() {
    String root = FIXTURE + ".clean";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    assertThat(fixture).hasSize(4);
    for (ArchRule rule : rules(root)) {
      assertThat(rule.evaluate(fixture).hasViolation()).as(rule.getDescription()).isFalse();
    }
  }

  @Test
  void plantedViolationsFail() {
    String root = FIXTURE + ".planted";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    List<ArchRule> rules = rules(root);

    EvaluationResult layers = rules.get(0).evaluate(fixture);
    assertThat(layers.hasViolation()).isTrue();
    assertThat(String.join("\n", layers.getFailureReport().getDetails()))
        .contains(root + ".model.Pet", root + ".writing.PetWriter")
        .contains(root + ".validation.PetValidator")
        .contains(root + ".stray.Stray");
    assertThat(rules.get(1).evaluate(fixture).getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains(root + ".model.Pet", "javapoet"));
  }
}

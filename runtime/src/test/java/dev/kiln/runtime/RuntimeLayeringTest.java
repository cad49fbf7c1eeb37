package dev.kiln.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.kiln.runtime.generated.PlantedInternalUse;
import dev.kiln.runtime.internal.JdkKilnServer;
import dev.kiln.runtime.internal.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages and their one-way dependencies, checked on the bytecode of the main
 * classes (ArchUnit): the user API ({@code dev.kiln.runtime}, its filters in {@code
 * dev.kiln.runtime.filter}, static files in {@code dev.kiln.runtime.web}) and the package for
 * generated code ({@code dev.kiln.runtime.generated}) are exported, the server ({@code
 * dev.kiln.runtime.internal}) is not, so neither exported package may lean on it; the runtime
 * never sees the processor. Each rule is also shown to fail on a planted violation.
 */
class RuntimeLayeringTest {
  private static final String API = "dev.kiln.runtime";
  private static final String FILTER = "dev.kiln.runtime.filter..";
  private static final String GENERATED = "dev.kiln.runtime.generated..";
  private static final String INTERNAL = "dev.kiln.runtime.internal..";
  private static final String WEB = "dev.kiln.runtime.web..";
  private static final String SECURITY = "dev.kiln.runtime.security..";

  /** The runtime (jackson-core and the JDK only) never depends on the annotation processor. */
  static final ArchRule NEVER_THE_PROCESSOR = noClasses().that()
      .resideInAPackage("dev.kiln.runtime..")
      .should().dependOnClassesThat().resideInAPackage("dev.kiln.processor..")
      .because("the processor runs at compile time only");

  /**
   * What generated code calls, and static files (built on the same route support), stand on
   * their own: no way into the server's internals.
   */
  static final ArchRule GENERATED_SUPPORT_NOT_ON_INTERNALS = noClasses().that()
      .resideInAnyPackage(GENERATED, WEB)
      .should().dependOnClassesThat().resideInAPackage(INTERNAL)
      .because("generated code is compiled against exported packages only");

  /** The user API reaches the server only where the builder starts it. */
  static final ArchRule USER_API_NOT_ON_INTERNALS = noClasses().that()
      .resideInAnyPackage(API, FILTER, SECURITY)
      .and().doNotHaveFullyQualifiedName(KilnServer.Builder.class.getName())
      .should().dependOnClassesThat().resideInAPackage(INTERNAL)
      .because("KilnServer.Builder#start is the one door into the server");

  /** No public member of an exported package names an internal type. */
  static final ArchRule NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES = members().that()
      .areDeclaredInClassesThat().resideInAnyPackage(API, FILTER, GENERATED, WEB, SECURITY)
      .and().arePublic()
      .should(notNameInternalTypes());

  /** The internal package is package-private but for the builder's entry point. */
  static final ArchRule INTERNALS_PACKAGE_PRIVATE = classes().that().resideInAPackage(INTERNAL)
      .and().arePublic()
      .should().haveFullyQualifiedName(JdkKilnServer.class.getName())
      .orShould().haveFullyQualifiedName(ServerSettings.class.getName());

  private static final List<ArchRule> RULES = List.of(NEVER_THE_PROCESSOR,
      GENERATED_SUPPORT_NOT_ON_INTERNALS, USER_API_NOT_ON_INTERNALS,
      NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES, INTERNALS_PACKAGE_PRIVATE);

  @Test
  void mainClassesKeepTheLayers() {
    JavaClasses runtime = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(API);
    for (ArchRule rule : RULES) {
      rule.check(runtime);
    }
  }

  @Test
  void eachRuleFailsOnAPlantedViolation() {
    JavaClasses planted = new ClassFileImporter().importClasses(PlantedInternalUse.class,
        PlantedProcessorUse.class, dev.kiln.processor.PlantedProcessorType.class,
        ServerSettings.class, JdkKilnServer.class,
        dev.kiln.runtime.internal.PlantedPublicInternal.class);
    assertThatThrownBy(() -> NEVER_THE_PROCESSOR.check(planted))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedProcessorUse");
    assertThatThrownBy(() -> GENERATED_SUPPORT_NOT_ON_INTERNALS.check(planted))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedInternalUse");
    assertThatThrownBy(() -> USER_API_NOT_ON_INTERNALS.check(planted))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedProcessorUse");
    assertThatThrownBy(() -> NO_INTERNAL_TYPE_IN_PUBLIC_SIGNATURES.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PlantedInternalUse.settings()")
        .hasMessageContaining(ServerSettings.class.getName());
    assertThatThrownBy(() -> INTERNALS_PACKAGE_PRIVATE.check(planted))
        .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedPublicInternal");
  }

  private static ArchCondition<JavaMember> notNameInternalTypes() {
    return new ArchCondition<>("not name an internal type in its signature") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaClass> named = new ArrayList<>();
        if (member instanceof JavaField) {
          named.add(((JavaField) member).getRawType());
        } else if (member instanceof JavaCodeUnit) {
          JavaCodeUnit unit = (JavaCodeUnit) member;
          named.add(unit.getRawReturnType());
          named.addAll(unit.getRawParameterTypes());
        }
        for (JavaClass type : named) {
          if (type.getPackageName().startsWith("dev.kiln.runtime.internal")) {
            events.add(SimpleConditionEvent.violated(member, member.getFullName()
                + " names " + type.getName()));
          }
        }
      }
    };
  }
}

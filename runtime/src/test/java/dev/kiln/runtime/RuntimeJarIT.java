package dev.kiln.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built {@code kiln-runtime} jar is a multi-release jar whose {@code META-INF/versions/21}
 * holds a Java 21 class file for every source of {@code src/main/java21}, whatever JDK ran Maven
 * (the build compiles them with a JDK 21+ it finds itself). Runs after {@code package}.
 */
class RuntimeJarIT {
  private static final int JAVA_17_MAJOR = 61;
  private static final int JAVA_21_MAJOR = 65;

  private final Path jar = Path.of(System.getProperty("kiln.runtimeJar"));
  private final Path java21Sources = Path.of(System.getProperty("kiln.java21Sources"));

  @Test
  void manifestDeclaresMultiRelease() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
    }
  }

  @Test
  void everyJava21SourceHasItsJava21ClassAndABaseClass() throws IOException {
    List<String> classes = java21ClassNames();
    assertThat(classes).isNotEmpty();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (String name : classes) {
        JarEntry versioned = file.getJarEntry("META-INF/versions/21/" + name);
        assertThat(versioned).as("META-INF/versions/21/" + name + " in " + jar).isNotNull();
        assertThat(majorVersion(file, versioned)).as(name + " in versions/21").isEqualTo(JAVA_21_MAJOR);
        JarEntry base = file.getJarEntry(name);
        assertThat(base).as(name + " (the JDK 17 version)").isNotNull();
        assertThat(majorVersion(file, base)).as(name + " at the jar's root").isEqualTo(JAVA_17_MAJOR);
      }
    }
  }

  /** {@code dev/kiln/runtime/X.class} for each {@code X.java} under src/main/java21. */
  private List<String> java21ClassNames() throws IOException {
    try (Stream<Path> files = Files.walk(java21Sources)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> java21Sources.relativize(f).toString().replace('\\', '/'))
          .map(f -> f.substring(0, f.length() - ".java".length()) + ".class")
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The class file's major version (JVMS 4.1: magic u4, minor u2, major u2). */
  private static int majorVersion(JarFile file, JarEntry entry) throws IOException {
    try (InputStream in = file.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort();
      return data.readUnsignedShort();
    }
  }
}

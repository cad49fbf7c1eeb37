package dev.kiln.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of a compile-testing compilation (sources and generated ones) from memory;
 * everything else (the runtime, the JDK) comes from the parent, the test's class loader.
 */
public final class GeneratedClassLoader extends ClassLoader {
  private static final String OUTPUT = "/CLASS_OUTPUT/";
  private final Map<String, byte[]> classes = new HashMap<>();

  public GeneratedClassLoader(Compilation compilation) {
    super(GeneratedClassLoader.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}

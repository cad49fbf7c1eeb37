package dev.kiln.runtime.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Where static files are looked up: a class-path folder or a file-system folder. Only regular
 * files inside the folder are found; the segments given are already checked by {@link
 * SafeSegments} (no {@code ..}, separators or NUL).
 */
interface StaticSource {

  /**
   * The file at {@code segments} under the folder, or, if that is a folder, its {@code index}
   * file ({@code null}: none); {@code null} if there is none.
   */
  StaticFile find(List<String> segments, String index) throws IOException;

  /** Checks at start-up that the folder exists. */
  void check();

  /** A folder of the file system; symbolic links are followed only while they stay inside it. */
  static StaticSource directory(Path folder) {
    return new StaticSource() {
      private Path root;

      @Override
      public void check() {
        try {
          root = folder.toRealPath();
        } catch (IOException e) {
          throw new UncheckedIOException("Kiln static files: no folder " + folder, e);
        }
        if (!Files.isDirectory(root)) {
          throw new IllegalStateException("Kiln static files: " + folder + " is not a folder");
        }
      }

      @Override
      public StaticFile find(List<String> segments, String index) throws IOException {
        Path candidate = root;
        for (String segment : segments) {
          candidate = candidate.resolve(segment);
        }
        Path real = inside(candidate);
        if (real != null && Files.isDirectory(real) && index != null) {
          real = inside(real.resolve(index));
        }
        if (real == null) {
          return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
          return null;
        }
        Path file = real;
        return new StaticFile(file.getFileName().toString(), attributes.size(),
            attributes.lastModifiedTime().toMillis(), () -> Files.newInputStream(file));
      }

      /** The real path of {@code path} if it exists and lies inside the folder, else null. */
      private Path inside(Path path) {
        try {
          Path real = path.toRealPath();
          return real.startsWith(root) ? real : null;
        } catch (IOException e) {
          return null;
        }
      }
    };
  }

  /** A folder on the class path of {@code loader}, e.g. {@code static}. */
  static StaticSource classPath(ClassLoader loader, String folder) {
    return new StaticSource() {
      private Path fileRoot;

      @Override
      public void check() {
        URL root = loader.getResource(folder);
        if (root == null) {
          throw new IllegalStateException("Kiln static files: no class-path folder " + folder);
        }
        fileRoot = fileSystemPath(root);
      }

      @Override
      public StaticFile find(List<String> segments, String index) throws IOException {
        String name = folder + "/" + String.join("/", segments);
        StaticFile file = segments.isEmpty() ? null : regularFile(name);
        if (file == null && index != null) {
          file = regularFile(segments.isEmpty() ? folder + "/" + index : name + "/" + index);
        }
        return file;
      }

      private StaticFile regularFile(String name) throws IOException {
        URL url = loader.getResource(name);
        if (url == null) {
          return null;
        }
        Path path = fileSystemPath(url);
        if (path != null) {
          // an exploded class-path folder: stay inside it, also through symbolic links
          if (!Files.isRegularFile(path) || fileRoot == null
              || !path.toRealPath().startsWith(fileRoot.toRealPath())) {
            return null;
          }
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        if (connection instanceof JarURLConnection jar
            && (jar.getJarEntry() == null || jar.getJarEntry().isDirectory())) {
          return null;
        }
        long size = connection.getContentLengthLong();
        if (size < 0) {
          return null;
        }
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return new StaticFile(fileName, size, Math.max(0, connection.getLastModified()),
            () -> {
              URLConnection reading = url.openConnection();
              reading.setUseCaches(false);
              return reading.getInputStream();
            });
      }

      private Path fileSystemPath(URL url) {
        if (!url.getProtocol().equals("file")) {
          return null;
        }
        try {
          Path path = Path.of(url.toURI());
          return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
          return null;
        }
      }
    };
  }
}

package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a new user copies stays true: the README's set-up {@code pom.xml} is the quick-start
 * project's, byte for byte, at this build's Kiln version, and the BOM manages every published
 * module. (CI builds, tests and runs the quick-start itself: {@code .ci/run}.)
 */
class QuickstartProjectIT {
  /** Reactor modules that are not published for applications to depend on. */
  private static final Set<String> NOT_PUBLISHED =
      Set.of("kiln-bom", "kiln-example-app", "kiln-example-app-jetty", "kiln-example-app-robaho",
          "kiln-it-tests", "kiln-benchmarks", "kiln-bench-robaho");
  private static final String POM_MARKER = "<!-- examples/quickstart/pom.xml, byte for byte";

  private final Path root = Path.of(System.getProperty("kiln.root", ".."));
  private final String version = System.getProperty("kiln.version");

  @Test
  void theReadmeSetUpPomIsTheQuickstartPomByteForByte() throws IOException {
    String readme = Files.readString(root.resolve("README.md"));
    int marker = readme.indexOf(POM_MARKER);
    assertThat(marker).as("the marker comment above the README's pom").isNotNegative();
    int start = readme.indexOf("```xml\n", marker) + "```xml\n".length();
    int end = readme.indexOf("```\n", start);
    byte[] quickstart = Files.readAllBytes(root.resolve("examples/quickstart/pom.xml"));

    assertThat(readme.substring(start, end)).isEqualTo(new String(quickstart, "UTF-8"));
  }

  @Test
  void theQuickstartUsesThisBuildsKilnVersionThroughTheBom() throws Exception {
    Document pom = parse(root.resolve("examples/quickstart/pom.xml"));

    assertThat(text(pom.getDocumentElement(), "properties", "kiln.version")).isEqualTo(version);
    Element bom = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
    assertThat(text(bom, "dependencies", "dependency", "artifactId")).isEqualTo("kiln-bom");
  }

  @Test
  void theBomManagesEveryPublishedModuleAtThisVersion() throws Exception {
    Document bom = parse(root.resolve("bom/pom.xml"));
    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(version);
    assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength())
        .as("no parent: importing the BOM brings Kiln's versions only").isZero();
    List<String> managed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(text(dependency, "groupId")).isEqualTo("dev.kiln");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      managed.add(text(dependency, "artifactId"));
    }

    assertThat(managed).containsExactlyInAnyOrderElementsOf(publishedModules());
  }

  /** The artifactIds of the parent's modules, its profiles' included (kiln-server-robaho). */
  private List<String> publishedModules() throws Exception {
    Document parent = parse(root.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    NodeList names = parent.getDocumentElement().getElementsByTagName("module");
    for (int i = 0; i < names.getLength(); i++) {
      Document module = parse(root.resolve(names.item(i).getTextContent()).resolve("pom.xml"));
      String artifactId = text(module.getDocumentElement(), "artifactId");
      if (!NOT_PUBLISHED.contains(artifactId)) {
        published.add(artifactId);
      }
    }
    return published;
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  /** The text of the first child element along {@code path}, direct children only. */
  private static String text(Element from, String... path) {
    Element current = from;
    for (String name : path) {
      Element next = null;
      for (org.w3c.dom.Node child = current.getFirstChild(); child != null;
          child = child.getNextSibling()) {
        if (child instanceof Element && child.getNodeName().equals(name)) {
          next = (Element) child;
          break;
        }
      }
      assertThat(next).as(name + " under " + current.getNodeName()).isNotNull();
      current = next;
    }
    return current.getTextContent().trim();
  }
}

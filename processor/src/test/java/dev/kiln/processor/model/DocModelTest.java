package dev.kiln.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Javadoc to the document's Markdown: inline tags, balanced braces inside them included. */
class DocModelTest {

  @Test
  void inlineCodeKeepsBalancedBraces() {
    DocModel doc = DocModel.parse(" The answer of {@code GET /items/{id}}: the id.\n"
        + " @param q the {@code q} query parameter, or {@code null}\n");
    assertThat(doc.summary()).isEqualTo("The answer of `GET /items/{id}`: the id.");
    assertThat(doc.params()).containsEntry("q", "the `q` query parameter, or `null`");
  }

  @Test
  void linksBecomeTheirLabelOrName() {
    DocModel doc = DocModel.parse(" Uses {@link Item#name} and {@link Item the item}.");
    assertThat(doc.summary()).isEqualTo("Uses `Item.name` and the item.");
  }
}

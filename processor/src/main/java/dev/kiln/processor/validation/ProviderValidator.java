package dev.kiln.processor.validation;

import dev.kiln.processor.model.ProviderModel;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/** Checks the shape of one {@code @Provides} method: callable by generated code, making a value. */
public final class ProviderValidator {

  /** Reports what makes {@code provider} unusable; the graph is checked by {@link ProviderGraph}. */
  public void validate(ProviderModel provider, Report report) {
    String reason = null;
    if (provider.method().getModifiers().contains(Modifier.PRIVATE)) {
      reason = "it is private; make it package-private or public";
    } else if (provider.owner().getModifiers().contains(Modifier.PRIVATE)) {
      reason = "its class is private; make the class package-private or public";
    } else if (provider.method().getReturnType().getKind() == TypeKind.VOID) {
      reason = "it returns void; return the value it provides";
    } else if (!provider.method().getTypeParameters().isEmpty()) {
      reason = "it has type parameters; provide one concrete type per method";
    }
    if (reason != null) {
      report.error(provider.method(), ProviderMessages.badProvider(provider.describe(), reason));
    }
  }
}

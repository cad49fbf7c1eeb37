package dev.kiln.processor.validation;

import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.DependencyPlan;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.ProviderModel;
import dev.kiln.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The providers known so far as a graph (a provider needs the keys of its dependency parameters):
 * resolves what each route calls, and reports missing, ambiguous and cyclic providers.
 */
public final class ProviderGraph {
  private final Map<ProviderKey, List<ProviderModel>> byKey = new LinkedHashMap<>();
  private final List<ProviderModel> providers;

  /** The graph of {@code providers}. */
  public ProviderGraph(List<ProviderModel> providers) {
    this.providers = new ArrayList<>(providers);
    this.providers.sort(Comparator.comparing(ProviderModel::describe));
    for (ProviderModel provider : this.providers) {
      byKey.computeIfAbsent(provider.key(), key -> new ArrayList<>()).add(provider);
    }
  }

  /** Whether some provider (or the route itself, for the exchange) makes {@code key}. */
  public boolean provides(ProviderKey key) {
    return key.builtIn() || byKey.containsKey(key);
  }

  /**
   * What the routes of a controller call.
   *
   * @param plan the plan, or {@code null} when a provider is missing, ambiguous or in a cycle
   * @param unprovided the handler parameters no provider makes
   * @param incomplete whether a provider is missing anywhere (one may come in a later round)
   */
  public record Resolution(DependencyPlan plan, List<ParamModel> unprovided, boolean incomplete) {}

  /** Resolves the providers each route of {@code controller} calls. */
  public Resolution resolve(ControllerModel controller) {
    Map<ExecutableElement, List<ProviderModel>> routes = new HashMap<>();
    Map<TypeElement, Boolean> classes = new HashMap<>();
    List<ParamModel> unprovided = new ArrayList<>();
    boolean broken = false;
    boolean incomplete = false;
    for (RouteModel route : controller.routes()) {
      Set<ProviderModel> order = new LinkedHashSet<>();
      for (ParamModel param : route.flatParams()) {
        if (param.kind() != ParamKind.DEPENDENCY) {
          continue;
        }
        ProviderKey key = ProviderKey.of(param.element());
        if (!provides(key)) {
          unprovided.add(param);
          incomplete = true;
        } else if (!key.builtIn()) {
          Outcome outcome = visit(key, new HashSet<>(), order);
          broken |= outcome != Outcome.RESOLVED;
          incomplete |= outcome == Outcome.MISSING;
        }
      }
      routes.put(route.method(), new ArrayList<>(order));
      order.forEach(provider -> classes.put(provider.owner(), needsInstance(provider.owner())));
    }
    DependencyPlan plan = broken || !unprovided.isEmpty()
        ? null : new DependencyPlan(routes, classes);
    return new Resolution(plan, unprovided, incomplete);
  }

  private enum Outcome { RESOLVED, MISSING, BROKEN }

  /** Adds the provider of {@code key} to {@code order} after what it needs. */
  private Outcome visit(ProviderKey key, Set<ProviderModel> visiting, Set<ProviderModel> order) {
    List<ProviderModel> candidates = byKey.get(key);
    if (candidates == null) {
      return Outcome.MISSING;
    }
    ProviderModel provider = candidates.get(0);
    if (candidates.size() > 1 || visiting.contains(provider)) {
      return Outcome.BROKEN;
    }
    if (order.contains(provider)) {
      return Outcome.RESOLVED;
    }
    visiting.add(provider);
    Outcome outcome = Outcome.RESOLVED;
    for (ProviderKey dependency : provider.dependencies()) {
      if (!dependency.builtIn()) {
        Outcome inner = visit(dependency, visiting, order);
        outcome = inner.compareTo(outcome) > 0 ? inner : outcome;
      }
    }
    visiting.remove(provider);
    order.add(provider);
    return outcome;
  }

  /** Whether {@code owner} has an instance provider, so its {@code _Providers} needs one. */
  public boolean needsInstance(TypeElement owner) {
    return providers.stream().anyMatch(p -> p.owner().equals(owner) && !p.isStatic());
  }

  /** Reports each ambiguous provider, each dependency no provider makes, and each cycle once. */
  public void validate(Report report) {
    for (ProviderModel provider : providers) {
      List<ProviderModel> rivals = byKey.get(provider.key());
      if (rivals.size() > 1) {
        List<String> others = rivals.stream().filter(p -> p != provider)
            .map(ProviderModel::describe).toList();
        report.error(provider.method(), ProviderMessages.ambiguousProvider(
            provider.key().describe(), provider.describe(), others));
      }
      for (ParamModel param : provider.params()) {
        ProviderKey key = param.kind() == ParamKind.DEPENDENCY
            ? ProviderKey.of(param.element()) : null;
        if (key != null && !provides(key)) {
          report.error(param.element(), ProviderMessages.missingProvider(key.describe(),
              param.javaName(), provider.describe()));
        }
      }
    }
    reportCycles(report);
  }

  private void reportCycles(Report report) {
    Set<ProviderModel> done = new HashSet<>();
    Set<Set<ProviderModel>> reported = new HashSet<>();
    for (ProviderModel provider : providers) {
      findCycles(provider, new ArrayList<>(), done, reported, report);
    }
  }

  private void findCycles(ProviderModel provider, List<ProviderModel> path,
      Set<ProviderModel> done, Set<Set<ProviderModel>> reported, Report report) {
    int start = path.indexOf(provider);
    if (start >= 0) {
      List<ProviderModel> cycle = path.subList(start, path.size());
      if (reported.add(new HashSet<>(cycle))) {
        List<String> names = new ArrayList<>();
        cycle.forEach(p -> names.add(p.describe()));
        names.add(provider.describe());
        report.error(provider.method(), ProviderMessages.providerCycle(names));
      }
      return;
    }
    if (done.contains(provider)) {
      return;
    }
    path.add(provider);
    for (ProviderKey key : provider.dependencies()) {
      List<ProviderModel> next = byKey.get(key);
      if (next != null && next.size() == 1) {
        findCycles(next.get(0), path, done, reported, report);
      }
    }
    path.remove(path.size() - 1);
    done.add(provider);
  }
}

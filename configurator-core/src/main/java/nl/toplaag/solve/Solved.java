package nl.toplaag.solve;

import java.util.List;
import nl.toplaag.layout.Layout;

/**
 * Layouts to show, best first, with what is proven about each and the objective it is the best (or best other, or best
 * found) by: the first layout's, or its counterpart's ({@link Objective#counterpart}) for the layout at the other end
 * of the trade-off between usable area and cost ({@link ConfigurationResult#layoutObjectives}).
 *
 * @param layouts the layouts, best first; may be empty
 * @param proofs what is proven about each of {@code layouts}, in the same order; empty where not known (a single
 *     layout file, or a source that does not say)
 * @param objectives the objective of each of {@code layouts}, in the same order; empty where not known (all are then
 *     taken as the first's)
 */
public record Solved(List<Layout> layouts, List<LayoutProof> proofs, List<Objective> objectives) {

  public Solved {
    layouts = layouts == null ? List.of() : List.copyOf(layouts);
    proofs = proofs == null ? List.of() : List.copyOf(proofs);
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
    if (!proofs.isEmpty() && proofs.size() != layouts.size()) {
      throw new IllegalArgumentException(proofs.size() + " proofs for " + layouts.size() + " layouts");
    }
    if (!objectives.isEmpty() && objectives.size() != layouts.size()) {
      throw new IllegalArgumentException(objectives.size() + " objectives for " + layouts.size() + " layouts");
    }
  }

  /** {@code layouts} without proofs. */
  public static Solved of(List<Layout> layouts) {
    return new Solved(layouts, List.of(), List.of());
  }

  /** The layouts of {@code result}, with what is proven about each and their objectives. */
  public static Solved of(ConfigurationResult result) {
    return new Solved(result.layouts(), result.layoutProofs(), result.layoutObjectives());
  }

  /** What is proven about layout {@code i}, or null where not known. */
  public LayoutProof proof(int i) {
    return i < proofs.size() ? proofs.get(i) : null;
  }

  /**
   * What is proven about layout {@code i}, in words ({@link LayoutProof#words}), after the criterion it is the best by
   * where the objectives are known ("for the least embodied carbon: proven, over its candidate positions, the best
   * layout of its product line"), so that a line of its own says what the layout is the best by, also where every
   * layout is the best by the same one; null where not known.
   */
  public String words(int i) {
    LayoutProof p = proof(i);
    return p == null ? null : objectives.isEmpty() ? p.words() : "for " + objectives.get(i).criterion() + ": "
        + p.words();
  }

  /**
   * The same as {@link #words} in a few words ({@link LayoutProof#shortWords}), for an item of a list that stands on
   * its own, as the viewer's layout list: after the criterion it is the best by where the objectives are known
   * ("least embodied carbon, proven best"), also where every layout is the best by the same one; null where not known.
   */
  public String listWords(int i) {
    return shortWords(i, !objectives.isEmpty());
  }

  /**
   * What is proven about layout {@code i} in a few words ({@link LayoutProof#shortWords}), for a table of layouts by
   * one objective, as the benchmark's: after the criterion only where the layouts are the best by more than one
   * ("lowest cost, proven best"), else without ("proven best"); null where not known.
   */
  public String shortWords(int i) {
    return shortWords(i, mixed());
  }

  /** What is proven about layout {@code i} in a few words, after its criterion where {@code named}. */
  private String shortWords(int i, boolean named) {
    LayoutProof p = proof(i);
    return p == null ? null : named ? objectives.get(i).shortCriterion() + ", " + p.shortWords() : p.shortWords();
  }

  /** Whether the layouts are the best by more than one objective. */
  private boolean mixed() {
    return objectives.stream().distinct().count() > 1;
  }
}

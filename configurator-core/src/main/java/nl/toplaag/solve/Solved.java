package nl.toplaag.viewer;

import java.util.List;
import nl.toplaag.layout.Layout;
import nl.toplaag.solve.LayoutProof;

/**
 * Layouts to show, best first, with what is proven about each.
 *
 * @param layouts the layouts, best first; may be empty
 * @param proofs what is proven about each of {@code layouts}, in the same order; empty where not known (a single
 *     layout file, or a source that does not say)
 */
public record Solved(List<Layout> layouts, List<LayoutProof> proofs) {

  public Solved {
    layouts = layouts == null ? List.of() : List.copyOf(layouts);
    proofs = proofs == null ? List.of() : List.copyOf(proofs);
    if (!proofs.isEmpty() && proofs.size() != layouts.size()) {
      throw new IllegalArgumentException(proofs.size() + " proofs for " + layouts.size() + " layouts");
    }
  }

  /** {@code layouts} without proofs. */
  public static Solved of(List<Layout> layouts) {
    return new Solved(layouts, List.of());
  }

  /** What is proven about layout {@code i}, or null where not known. */
  public LayoutProof proof(int i) {
    return i < proofs.size() ? proofs.get(i) : null;
  }
}

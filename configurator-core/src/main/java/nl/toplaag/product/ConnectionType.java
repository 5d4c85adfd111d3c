package nl.toplaag.product;

import java.util.Objects;

/**
 * A kind of connection with its classification for the detachability method (losmaakbaarheid). The category
 * names are keys into {@link DetachabilityFactors}.
 *
 * @param id identifier
 * @param name description
 * @param connectionType TV category, for example {@code "dry"}, {@code "fasteners"}, {@code "hard-chemical"}
 * @param accessibility ToV category, for example {@code "free"}, {@code "extra-actions"}
 * @param crossings DK category, for example {@code "none"}, {@code "partial"}, {@code "full"}
 * @param containment VV category, for example {@code "open"}, {@code "overlapping"}
 * @param source where the classification comes from
 */
public record ConnectionType(String id, String name, String connectionType, String accessibility,
    String crossings, String containment, String source) {
  public ConnectionType {
    Objects.requireNonNull(id, "id");
    source = source == null ? "" : source;
  }
}

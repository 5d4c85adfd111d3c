package nl.toplaag.product;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a product line travels from its factory (docs/circularity.md §5): its modules as volumetric boxes, each
 * with a transport class by its size and mass, or as flat elements that share trucks by mass, assembled on site.
 */
public enum Shipping {
  /** Each module a box on a low-loader: transport class, escorts and pieces per truck by its size and mass. */
  VOLUMETRIC,
  /** Flat elements, the line's pieces sharing trucks by mass; their single sizes are not in the catalogue. */
  ELEMENTS;

  /** The catalogue's word: {@code volumetric} or {@code elements}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The catalogue's words, as {@link #id()} spells them. */
  public static Set<String> ids() {
    return Arrays.stream(values()).map(Shipping::id).collect(Collectors.toUnmodifiableSet());
  }

  /** The shipping the catalogue's word {@code id} ({@link #id()}) names. */
  public static Shipping of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}

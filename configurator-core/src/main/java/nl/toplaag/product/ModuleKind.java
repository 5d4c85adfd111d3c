package nl.toplaag.product;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a module is for. */
public enum ModuleKind {
  /** A dwelling box; one or more make a dwelling (see {@link DwellingType}). */
  DWELLING,
  /** A gallery or corridor element giving access to dwelling doors; placed per bay, priced per metre. */
  GALLERY,
  /** A stair module giving vertical access to the new storeys. */
  STAIR,
  /** A lift module. */
  LIFT;

  /**
   * The kind as every file writes it, in lower case: the catalogue ({@code "kind": "dwelling"}), the bill of materials,
   * the result file's layouts and {@code batch-modules.csv}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every kind's {@link #id}, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ModuleKind::id).toList();
  }

  /**
   * The kind written {@code text}, in any letter case: as {@link #id} writes it, or in upper case as result files did
   * before; empty where it names none.
   */
  public static Optional<ModuleKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text)).findFirst();
  }
}

package nl.toplaag.product;

/** What a module is for. */
public enum ModuleKind {
  /** A dwelling box; one or more make a dwelling (see {@link DwellingType}). */
  DWELLING,
  /** A gallery or corridor element giving access to dwelling doors; placed per bay, priced per metre. */
  GALLERY,
  /** A stair module giving vertical access to the new storeys. */
  STAIR,
  /** A lift module. */
  LIFT
}

/**
 * The module catalogue: reading product lines from JSON ({@link nl.toplaag.catalog.CatalogReader}), the bundled
 * default catalogue (resources under {@code nl/toplaag/catalog/default/}) and a human-readable report of a
 * catalogue ({@link nl.toplaag.catalog.CatalogCheck}). Lengths in the JSON are millimetres, masses kilograms,
 * money euros, carbon kg CO2-eq; every numeric module field carries a source note.
 */
package nl.toplaag.catalog;

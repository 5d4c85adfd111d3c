/**
 * Exports of a bill of materials and circularity score: JSON ({@link nl.toplaag.report.BomJsonWriter}), CSV
 * ({@link nl.toplaag.report.BomCsvWriter}) and a plain-text summary ({@link nl.toplaag.report.BomTable}). All
 * write to a caller-owned {@link java.io.Writer} (which the caller opens in UTF-8 and closes), in a fixed order
 * with numbers formatted by {@link nl.toplaag.report.ReportNumbers} (Locale.ROOT, fixed decimals), so the JSON
 * and CSV of one result carry the same numbers.
 */
package nl.toplaag.report;

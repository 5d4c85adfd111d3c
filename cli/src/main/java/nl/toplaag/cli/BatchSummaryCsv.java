package nl.toplaag.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toplaag.bom.Missing;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.report.BomCsvWriter;

/**
 * {@code batch-summary.csv}: a row per building configured, ranked by dwellings (most first, those with as many by
 * id), then a row per building file skipped (as bad input, or where its configuring failed), in the order read, so
 * that a planner who reads only this file misses none: status {@code invalid} for bad input,
 * {@code error} for an internal error configuring it, with the reason, and no rank or figures (its cells empty, never
 * 0, so that no sum or count over a column takes it for a building without dwellings). {@code check} is the
 * independent check of the best layout, {@code -} for a building without dwellings (nothing to build was checked).
 * {@code storeysAdded} is the storeys the best layout adds, empty without dwellings (fewer than asked where, for
 * example, the next storey would need a lift, or the loads leave it nothing); the result file's {@code
 * request.storeys} is the storeys asked for. The columns after it (and {@code whatLimits}, where asked) are
 * {@code file}, the building file as given, and {@code reason}: on a configured building's row why it takes no
 * dwelling (the explanation, per line considered, so that a manufacturer sees what stops the line: fire resistance,
 * depth, loads), empty where it takes any. After them, added later and so last, that a reader taking the columns by
 * position keeps working: {@code zoning}, {@code unverified} where the building file's zoning limits (height, storeys,
 * setbacks) rest on a source tagged [U] or [D from U], one without a tag, or none
 * ({@link nl.toplaag.io.SourceNotes#zoningUnverified}), else {@code sourced}, as {@code structure} says of the walls
 * and load reserves; {@code transportCarbonKgCo2e}, the best layout's transport carbon from the factory, kg CO2e, as
 * its bill of materials gives it (0 without dwellings), empty where no factory distance was given
 * ({@code --factory-km}): not counted, which is not 0; {@code otherFrontDwellings}, the dwellings with the wings'
 * fronts on the long sides not configured ({@link OtherFront}), empty where neither {@code --other-front} nor, on a
 * front assumed of a building of one wing, {@code --choose-front} was given; {@code front}, which
 * front the row's building was configured with ({@link FrontChoice.Side}): {@code given} (its file gives it),
 * {@code assumed} (assumed and not compared: without {@code --choose-front}, or for a building of more than one wing),
 * {@code assumed-best} or {@code
 * other-best} (with {@code --choose-front}, the side assumed kept or the other long side taken); {@code
 * costLeavesOut}, what the best layout's cost leaves out as its bill of materials lists it missing (the new lift's
 * way down, the dry riser through the existing storeys; {@link nl.toplaag.bom.Missing#leavesOutCost}), joined by
 * "; ", empty where nothing or without dwellings. Fields holding a comma, quote or line end are quoted.
 */
final class BatchSummaryCsv {

  /** The status of a file skipped for bad input. */
  static final String INVALID = "invalid";
  /** The status of a building skipped for an internal error configuring it. */
  static final String ERROR = "error";

  /**
   * A building file the batch skipped.
   *
   * @param file the file, as given
   * @param building the building's id where the file gives a valid one, else empty
   * @param status {@link #INVALID} or {@link #ERROR}
   * @param reason why, in the words of the message on stderr, without the file: "at /id: expected ..."
   */
  record Skipped(String file, String building, String status, String reason) {}

  private static final List<String> FIGURES = List.of("rank", "building", "status", "line", "dwellings",
      "dwellingBound", "costEur", "costPerDwellingEur", "usableAreaM2", "carbonKgCo2e", "objective", "seconds",
      "check", "gallery", "modules", "structure", "storeysAdded");

  private BatchSummaryCsv() {}

  /**
   * The columns after {@code reason}, added since: a row of a file skipped leaves them empty, as it does the figures.
   */
  private static final List<String> LATER = List.of("zoning", "transportCarbonKgCo2e", "otherFrontDwellings", "front",
      "costLeavesOut");

  /**
   * The header: the columns of {@link #FIGURES}, {@code whatLimits} where asked, {@code file} and {@code reason}, then
   * those of {@link #LATER}.
   */
  static String header(boolean whatLimits) {
    List<String> columns = new ArrayList<>(FIGURES);
    if (whatLimits) {
      columns.add("whatLimits");
    }
    columns.addAll(List.of("file", "reason"));
    columns.addAll(LATER);
    return String.join(",", columns);
  }

  /**
   * The file {@code csv} of {@code rows} (ranked as given) and {@code skipped}, by {@code objective}, to be written;
   * {@code whatLimits}: with the column of that name.
   */
  static AtomicFiles.Planned planned(Path csv, List<BatchCommand.Row> rows, List<Skipped> skipped, String objective,
      boolean whatLimits) {
    return AtomicFiles.text(csv, w -> {
      w.write(header(whatLimits) + "\n");
      int rank = 0;
      for (BatchCommand.Row r : rows) {
        w.write(String.format(Locale.ROOT,
            "%d,%s,%s,%s,%d,%d,%d,%s,%.1f,%.0f,%s,%.2f,%s,%s,%d,%s,%s%s,%s,%s,%s,%s,%s,%s,%s\n",
            ++rank, r.building(), r.status(), BomCsvWriter.quote(r.line()), r.dwellings(), r.bound(), r.costEur(),
            r.dwellings() == 0 ? "" : Long.toString(r.costPerDwellingEur()), r.usableAreaM2(), r.carbonKgCo2e(),
            objective, r.seconds(), r.check(), r.gallery(), r.modules(), r.unverified() ? "unverified" : "sourced",
            r.dwellings() == 0 ? "" : Integer.toString(r.storeys()),
            whatLimits ? "," + BomCsvWriter.quote(LimitsReport.brief(r.limits())) : "", BomCsvWriter.quote(r.file()),
            BomCsvWriter.quote(r.whyNone()), r.zoningUnverified() ? "unverified" : "sourced",
            r.transportCarbonKgCo2e().isEmpty() ? ""
                : String.format(Locale.ROOT, "%.0f", r.transportCarbonKgCo2e().getAsDouble()),
            OtherFront.cell(r.otherFront()), r.front().csv,
            BomCsvWriter.quote(String.join("; ", r.costLeavesOut().stream().map(Missing::what).toList()))));
      }
      // rank and building, status, then the figures' columns and whatLimits empty; those after reason too
      String empty = ",".repeat(FIGURES.size() - 3 + (whatLimits ? 1 : 0));
      for (Skipped s : skipped) {
        w.write("," + s.building() + "," + s.status() + empty + "," + BomCsvWriter.quote(s.file()) + ","
            + BomCsvWriter.quote(s.reason()) + ",".repeat(LATER.size()) + "\n");
      }
    });
  }
}

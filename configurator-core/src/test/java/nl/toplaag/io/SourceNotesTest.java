package nl.toplaag.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.bom.BomFixtures;
import org.junit.jupiter.api.Test;

/** One rule for what a source note leaves unverified, which every summary, column and caption uses. */
class SourceNotesTest {

  @Test
  void noSourceAndTheUnverifiedTagsLeaveAFigureUnverified() {
    assertTrue(SourceNotes.unverified(null));
    assertTrue(SourceNotes.unverified(" "));
    assertTrue(SourceNotes.unverified("assumption [U]: a placeholder"));
    assertTrue(SourceNotes.unverified("[D from U] 2 x the pitch"));
    assertFalse(SourceNotes.unverified("engineer's report 2024-03 [V]"));
    // in any letter case: a hand-written "[u]" counted as a source (a QA pass, 5 Dec 2026)
    assertTrue(SourceNotes.unverified("assumed [u]"));
    assertTrue(SourceNotes.unverified("[d from u] from the pitch"));
    assertFalse(SourceNotes.unverified("a user survey [v]"));
    // a note without a tag is unverified (a QA pass: it was taken as verified); derived from verified ones is not
    assertTrue(SourceNotes.unverified("TimberBox product sheet 2026, tested by TNO"));
    assertTrue(SourceNotes.unverified("[X] a tag of no meaning"));
    assertFalse(SourceNotes.unverified("0 by definition [D]"));
    assertFalse(SourceNotes.unverified("[D from V] 2 x the measured pitch"));
    assertTrue(SourceNotes.tagged("[D from U] from the pitch") && !SourceNotes.tagged("our own line"));
    // an unverified part joined to a verified note keeps the whole unverified, untagged too (a check of the docs)
    assertTrue(SourceNotes.unverified("report X [V]; walls' positions: " + SourceNotes.unverifiedPart("drawings")));
    assertTrue(SourceNotes.unverified("report X [V]; " + SourceNotes.unverifiedPart("drawings [X]")));
    assertTrue(SourceNotes.unverified("report X [V]; " + SourceNotes.unverifiedPart("")));
    assertTrue(SourceNotes.unverifiedPart("pitch [U]").equals("pitch [U]"), "a tagged part as it is");
  }

  /** The fixture catalogue gives no sources: its modules' figures are unverified; a type it lacks is passed over. */
  @Test
  void theModulesAskedAboutDecide() {
    String stair = BomFixtures.stair().id();
    assertTrue(SourceNotes.anyUnverified(BomFixtures.catalog(), List.of(stair), "costEur"));
    assertFalse(SourceNotes.anyUnverified(BomFixtures.catalog(), List.of("no-such-module"), "costEur"));
    assertFalse(SourceNotes.anyUnverified(BomFixtures.catalog(), List.of(), "costEur"));
  }

  @Test
  void aFrontIsAssumedWhereTheFileGivesNoWingOrTheImportSaysSo() throws Exception {
    String slab = """
        {"id": "w", "roofOutline": [[0,0],[60,0],[60,11],[0,11],[0,0]], "roofLevelM": 9, "existingStoreys": 3,
         "storeyHeightM": 2.8, "roofType": "flat", %s
         "structure": {"wallGrids": [{"pitchesM": [6.0], "capacityKnPerM": 50}]},
         "loadReserve": {"foundationReserveKn": 5000}, "zoning": {}}
        """;
    var derived = BuildingReader.parse("w.json", slab.formatted("\"assumptions\": \"walls assumed [U]\","));
    assertTrue(SourceNotes.frontAssumed(derived), derived.assumptions());
    assertTrue(derived.assumptions().startsWith("walls assumed [U]; [U] one wing derived"), derived.assumptions());
    // the same wing given in the file: a drawing's, so given, though the reader would derive it alike
    var given = BuildingReader.parse("w.json", slab.formatted("\"wings\": [{\"origin\": [0,0], \"directionDeg\": 0,"
        + " \"lengthM\": 60, \"depthM\": 11}],"));
    assertEquals(derived.wings(), given.wings());
    assertFalse(SourceNotes.frontAssumed(given), given.assumptions());
    var imported = BuildingReader.parse("w.json", slab.formatted("\"wings\": [{\"origin\": [0,0], \"directionDeg\":"
        + " 0, \"lengthM\": 60, \"depthM\": 11}], \"assumptions\": \"its front faces south [U: the gallery side is"
        + " not in the 3D BAG]\","));
    assertTrue(SourceNotes.frontAssumed(imported), imported.assumptions());
  }
}

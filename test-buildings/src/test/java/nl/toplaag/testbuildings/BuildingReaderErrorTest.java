package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import org.junit.jupiter.api.Test;

/**
 * Bad building files are rejected by {@link BuildingReader} with the file, the JSON pointer of the offending
 * value and a message saying what was expected.
 */
class BuildingReaderErrorTest {

  /** A small valid building; tests replace one part of it. */
  private static final String VALID = """
      {
        "id": "t",
        "roofOutline": @ROOF@,
        "roofLevelM": 9.1,
        "existingStoreys": 3,
        "storeyHeightM": @STOREY@,
        "roofType": "@TYPE@",
        "structure": {"wallGrids": [{"pitchesM": [3.6, 2.2], "capacityKnPerM": 15}]},
        "loadReserve": {"foundationReserveKn": 2000},
        "zoning": {"maxAddedStoreys": 2}@EXTRA@
      }
      """;

  private static final String RECT = "[[0, 0], [41.4, 0], [41.4, 9.6], [0, 9.6], [0, 0]]";

  private static String building(String roof, String storey, String roofType, String extra) {
    return VALID.replace("@ROOF@", roof).replace("@STOREY@", storey).replace("@TYPE@", roofType)
        .replace("@EXTRA@", extra);
  }

  private static InputException reject(String json) {
    return assertThrows(InputException.class, () -> BuildingReader.parse("b.json", json));
  }

  private static void assertProblem(InputException e, String pointer, String phrase) {
    assertEquals("b.json", e.file());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problem().contains(phrase), "expected \"" + phrase + "\" in: " + e.getMessage());
  }

  @Test
  void theBaseTextIsValid() throws InputException {
    Building b = BuildingReader.parse("b.json", building(RECT, "2.9", "flat", ""));
    assertEquals(41_400, b.wings().get(0).lengthMm());
    assertEquals(9_600, b.wings().get(0).depthMm());
    // walls at 0, 3.6, 5.8, 9.4, ... 41.4 m: offset 0 and alternating pitches 3.6 / 2.2 m
    assertEquals(15, b.bearingLines().size());
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    InputException e = reject("{\n  \"id\": \"t\",\n  \"roofLevelM\": 9.1,\n}");
    assertProblem(e, "", "malformed JSON (line 4");
  }

  @Test
  void aNumberTooLongToReadNamesItsField() {
    // the parser gives no line and column for it: the pointer says where (a QA pass: the message named neither)
    InputException e = reject("{\n  \"id\": \"t\",\n  \"roofLevelM\": " + "1".repeat(1500) + "\n}");
    assertProblem(e, "/roofLevelM", "malformed JSON: a number of 1500 digits, more than the 1000 read"
        + " (expected a number of plausible size)");
  }

  @Test
  void bowTieRoofOutlineIsASelfIntersection() {
    InputException e = reject(building("[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]", "2.9", "flat", ""));
    assertProblem(e, "/roofOutline", "invalid polygon: self-intersection near (5.000, 5.000) m");
  }

  @Test
  void aRoofOutlineOfNoAreaSaysSo() {
    // JTS's validity check calls both a self-intersection; the user needs to hear that the ring encloses nothing
    InputException line = reject(building("[[0, 0], [20, 0], [41.4, 0], [0, 0]]", "2.9", "flat", ""));
    assertProblem(line, "/roofOutline", "polygon has zero area: expected a ring around a roof, but its points lie on"
        + " one line or retrace each other");
    InputException back = reject(building("[[0, 0], [41.4, 0], [41.4, 9.6], [41.4, 0], [0, 0]]", "2.9", "flat", ""));
    assertProblem(back, "/roofOutline", "polygon has zero area");
  }

  @Test
  void openRoofOutlineIsRejected() {
    InputException e = reject(building("[[0, 0], [41.4, 0], [41.4, 9.6], [0, 9.6]]", "2.9", "flat", ""));
    assertProblem(e, "/roofOutline", "polygon is open: the last point must equal the first");
  }

  @Test
  void openStairCoreOutlineIsReportedAtItsOwnPointer() {
    InputException e = reject(building(RECT, "2.9", "flat",
        ", \"stairCores\": [{\"outline\": [[5.8, 0], [8.0, 0], [8.0, 5.0], [5.8, 5.0], [5.8, 0.1]]}]"));
    assertProblem(e, "/stairCores/0/outline", "polygon is open");
  }

  @Test
  void zeroStoreyHeightIsOutOfRange() {
    InputException e = reject(building(RECT, "0", "flat", ""));
    assertProblem(e, "/storeyHeightM", "expected a number (m) in [2, 6] but found 0");
  }

  @Test
  void negativeWingDepthIsOutOfRange() {
    InputException e = reject(building(RECT, "2.9", "flat",
        ", \"wings\": [{\"origin\": [0, 0], \"directionDeg\": 0, \"lengthM\": 41.4, \"depthM\": -9.6}]"));
    assertProblem(e, "/wings/0/depthM", "in [1, 100] but found -9.6");
  }

  @Test
  void unknownFieldIsNamedWithTheAllowedOnes() {
    InputException e = reject(building(RECT, "2.9", "flat", ", \"roofHeightM\": 9.1"));
    assertProblem(e, "/roofHeightM", "unknown field \"roofHeightM\"; expected one of [$schema, assumptions");
  }

  @Test
  void unknownFieldInsideANestedObjectHasItsFullPointer() {
    String json = building(RECT, "2.9", "flat", "").replace("\"capacityKnPerM\": 15",
        "\"capacityKnPerM\": 15, \"capacityKn\": 15");
    assertProblem(reject(json), "/structure/wallGrids/0/capacityKn", "unknown field \"capacityKn\"");
  }

  @Test
  void aBuildingNineAndAHalfKilometresDeepIsAUnitError() {
    InputException e = reject(building("[[0, 0], [60, 0], [60, 9500], [0, 9500], [0, 0]]", "2.9", "flat", ""));
    assertProblem(e, "/roofOutline", "polygon spans 60 x 9500 m; a building roof is at most 1000 m across: are"
        + " the coordinates in metres");
  }

  @Test
  void aWingNineAndAHalfKilometresDeepIsRejected() {
    InputException e = reject(building(RECT, "2.9", "flat",
        ", \"wings\": [{\"origin\": [0, 0], \"directionDeg\": 0, \"lengthM\": 41.4, \"depthM\": 9500}]"));
    assertProblem(e, "/wings/0/depthM", "expected a number (m) in [1, 100] but found 9500");
  }

  @Test
  void aPolygonOfTwentyThousandVerticesIsTooMany() {
    StringBuilder ring = new StringBuilder("[");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / (n - 1);
      ring.append(i == 0 ? "" : ", ").append('[').append(20 * Math.cos(a)).append(", ")
          .append(20 * Math.sin(a)).append(']');
    }
    ring.append(']');
    InputException e = reject(building(ring.toString(), "2.9", "flat", ""));
    assertProblem(e, "/roofOutline", "polygon has 20000 vertices; at most 10000 are accepted");
  }

  @Test
  void aRoofTypeInAnotherCaseIsRejectedAsTheSchemaDoes() {
    // qa46: "Flat" was read (any case) where building.schema.json's enum and the catalogue reader reject it
    assertProblem(reject(building(RECT, "2.9", "Flat", "")), "/roofType",
        "expected \"flat\" in lower case (one of [flat, pitched], as the schema lists them) but found \"Flat\"");
    assertProblem(reject(building(RECT, "2.9", "plat", "")), "/roofType",
        "expected one of [flat, pitched] but found \"plat\"");
  }

  @Test
  void pitchedRoofWithoutRemovalCostIsRejected() {
    InputException e = reject(building(RECT, "2.9", "pitched", ""));
    assertProblem(e, "/pitchedRoofRemovalCostEurPerM2", "missing: a pitched roof is removed");
  }

  @Test
  void pitchedRoofWithRemovalCostIsAccepted() throws InputException {
    Building b = BuildingReader.parse("b.json", building(RECT, "2.9", "pitched",
        ", \"pitchedRoofRemovalCostEurPerM2\": 65"));
    assertEquals(65.0, b.pitchedRoofRemovalCostEurPerM2());
  }

  @Test
  void wallGridOfAWingThatDoesNotExistIsRejected() {
    String json = building(RECT, "2.9", "flat", "").replace("{\"pitchesM\"", "{\"wing\": 1, \"pitchesM\"");
    assertProblem(reject(json), "/structure/wallGrids/0/wing", "expected a whole number in [0, 0] but found 1");
  }

  @Test
  void aWholeNumberWrittenWithAnExponentIsReadAsOne() throws InputException {
    // a QA pass: "1e9" read as "expected a whole number but found a number 1.0E9"; a whole number it is, out of range
    String json = building(RECT, "2.9", "flat", "").replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 1e9");
    assertProblem(reject(json), "/zoning/maxAddedStoreys", "expected a whole number in [0, 10] but found 1000000000");
    json = building(RECT, "2.9", "flat", "").replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 2.0");
    assertEquals(2, BuildingReader.parse("b.json", json).zoning().maxAddedStoreys());
    json = building(RECT, "2.9", "flat", "").replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 2.5");
    assertProblem(reject(json), "/zoning/maxAddedStoreys", "expected a whole number but found a number 2.5");
    json = building(RECT, "2.9", "flat", "").replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 1e400");
    assertProblem(reject(json), "/zoning/maxAddedStoreys", "expected a whole number but found a number");
  }

  @Test
  void edgeSetbacksMustMatchTheOutlineEdges() {
    String json = building(RECT, "2.9", "flat", "").replace("\"maxAddedStoreys\": 2",
        "\"maxAddedStoreys\": 2, \"edgeSetbacksM\": [1.5, 0]");
    assertProblem(reject(json), "/zoning/edgeSetbacksM", "one setback per roof-outline edge (4) but found 2");
  }

  @Test
  void loadReserveWithoutAnyLimitIsRejected() {
    String json = building(RECT, "2.9", "flat", "").replace("{\"foundationReserveKn\": 2000}", "{}");
    assertProblem(reject(json), "/loadReserve", "expected \"areaLoadKnPerM2\" and/or \"foundationReserveKn\"");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    String json = building(RECT, "2.9", "flat", "").replace("\"roofLevelM\": 9.1,", "");
    assertProblem(reject(json), "/roofLevelM", "missing required field \"roofLevelM\"");
  }

  @Test
  void aLengthInTheWrongUnitOrAsTextSaysWhatItLooksLike() {
    // QA46: the catalogue said "looks like the wrong unit", a building file only that 13800 is not in [0, 200]
    String base = building(RECT, "2.9", "flat", "");
    assertProblem(reject(base.replace("\"roofLevelM\": 9.1", "\"roofLevelM\": 9100")), "/roofLevelM",
        "but found 9100; that looks like millimetres (9.1 m) or centimetres (91 m): give metres");
    assertProblem(reject(base.replace("\"roofLevelM\": 9.1", "\"roofLevelM\": 910")), "/roofLevelM",
        "but found 910; that looks like millimetres (0.91 m) or centimetres (9.1 m): give metres");
    assertProblem(reject(base.replace("\"roofLevelM\": 9.1", "\"roofLevelM\": \"9.1\"")), "/roofLevelM",
        "but found a string \"9.1\"");
  }

  @Test
  void aRequiredFieldGivenAsNullIsSaidToBeNullNotMissing() {
    // a QA pass: "roofLevelM": null was "missing required field", where the field is there and its value is wrong
    String base = building(RECT, "2.9", "flat", "");
    assertProblem(reject(base.replace("\"roofLevelM\": 9.1", "\"roofLevelM\": null")), "/roofLevelM",
        "expected a number (m above ground) but found null");
    assertProblem(reject(base.replace("\"existingStoreys\": 3", "\"existingStoreys\": null")), "/existingStoreys",
        "expected a whole number but found null");
    assertProblem(reject(base.replace("\"id\": \"t\"", "\"id\": null")), "/id",
        "expected a non-empty string but found null");
    assertProblem(reject(base.replace("\"roofType\": \"flat\"", "\"roofType\": null")), "/roofType",
        "expected a non-empty string but found null");
    assertProblem(reject(base.replace("\"roofOutline\": " + RECT, "\"roofOutline\": null")), "/roofOutline",
        "expected an array but found null");
    assertProblem(reject(base.replace("\"loadReserve\": {\"foundationReserveKn\": 2000}", "\"loadReserve\": null")),
        "/loadReserve", "expected a JSON object but found null");
    // an optional field given as null is absent, as before
    assertThrows(InputException.class, () -> BuildingReader.parse("b.json", base.replace("\"roofLevelM\": 9.1,",
        "")), "missing stays missing");
  }

  @Test
  void anIdThatIsNoPlainFileNameIsRejected() {
    for (String id : new String[] {"../../etc/evil", "/", "./t", "a\\u0000b", "x".repeat(101), "caf\u00e9"}) {
      String json = building(RECT, "2.9", "flat", "").replace("\"id\": \"t\"", "\"id\": \"" + id + "\"");
      assertProblem(reject(json), "/id", "expected an id of at most 100 letters A-Z or a-z (no accents), digits");
    }
  }

  @Test
  void aRoofLevelThatIsNoHeightOfItsStoreysIsRejected() {
    String json = building(RECT, "2.9", "flat", "").replace("\"roofLevelM\": 9.1", "\"roofLevelM\": 1.0");
    assertProblem(reject(json), "/roofLevelM", "a roof 1.00 m above ground on 3 existing storeys is 0.33 m a storey");
    json = building(RECT, "2.9", "flat", "").replace("\"existingStoreys\": 3", "\"existingStoreys\": 60");
    assertProblem(reject(json), "/roofLevelM", "expected 2.0 to 6.0 m a storey");
  }

  @Test
  void aStairCoreFarFromTheRoofOrTwiceIsRejected() {
    String core = "{\"outline\": [[20, 0], [23, 0], [23, 3], [20, 3], [20, 0]]}";
    String far = "{\"outline\": [[120, 0], [123, 0], [123, 3], [120, 3], [120, 0]]}";
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"stairCores\": [" + far + "]")),
        "/stairCores/0/outline", "the stair core lies 78.6 m from the roof outline");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"stairCores\": [" + core + ", " + core + "]")),
        "/stairCores/1/outline", "overlaps stair core 0");
  }

  @Test
  void aLiftShaftOfAnAbsentLiftOrFarFromTheRoofIsRejected() throws InputException {
    String shaft = "[[41.4, 2], [43.9, 2], [43.9, 5], [41.4, 5], [41.4, 2]]";
    Building b = BuildingReader.parse("b.json", building(RECT, "2.9", "flat",
        ", \"lift\": {\"present\": true, \"outline\": " + shaft + "}"));
    assertTrue(b.lift().positioned() && b.lift().extendable());
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"lift\": {\"present\": false, \"outline\": " + shaft
        + "}")), "/lift/outline", "an outline for a lift that is not present");
    // a fire-fighting lift that is not there either (a QA pass: accepted without a word)
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"lift\": {\"present\": false, \"fireFighting\": true}")),
        "/lift/fireFighting", "a fire-fighting lift that is not present");
    // nor an extendable one (a QA pass: accepted, and meant nothing); "extendable": false on an absent lift is harmless
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"lift\": {\"present\": false, \"extendable\": true}")),
        "/lift/extendable", "an extendable lift that is not present");
    assertFalse(BuildingReader.parse("b.json", building(RECT, "2.9", "flat",
        ", \"lift\": {\"present\": false, \"extendable\": false}")).lift().present());
    String far = "[[60, 2], [62.5, 2], [62.5, 5], [60, 5], [60, 2]]";
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"lift\": {\"present\": true, \"outline\": " + far
        + "}")), "/lift/outline", "the lift shaft lies 18.6 m from the roof outline");
    // just past the 5 m allowed: the distance to the millimetre, not "5.0 m ... (within 5 m)"
    String justFar = "[[46.401, 2], [48.9, 2], [48.9, 5], [46.401, 5], [46.401, 2]]";
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"lift\": {\"present\": true, \"outline\": " + justFar
        + "}")), "/lift/outline", "the lift shaft lies 5.001 m from the roof outline; expected it on the roof or"
        + " beside it (within 5 m)");
  }

  @Test
  void anObstacleOrABearingLineOffTheRoofIsRejected() {
    String obstacle = "{\"outline\": [[200, 200], [201, 200], [201, 201], [200, 201], [200, 200]]}";
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + obstacle + "]")),
        "/obstacles/0/outline", "the obstacle lies");
    String json = building(RECT, "2.9", "flat", "").replace("\"capacityKnPerM\": 15}]}",
        "\"capacityKnPerM\": 15}], \"bearingLines\": [{\"from\": [500, 500], \"to\": [510, 500],"
        + " \"capacityKnPerM\": 20}]}");
    assertProblem(reject(json), "/structure/bearingLines/0", "the bearing line lies");
    // an obstacle given twice, whose removal was priced twice (a QA pass)
    String vent = "{\"outline\": [[20, 2], [21, 2], [21, 3], [20, 3], [20, 2]], \"removable\": true}";
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + vent + ", " + vent + "]")),
        "/obstacles/1/outline", "the obstacle has the outline of obstacle 0; expected each obstacle once");
  }

  /**
   * A string found where a number or a choice was expected is shown shortened, on one line (a QA pass: a value of a
   * million digits was repeated whole, into batch-summary.csv too, and a newline in one broke the message's line).
   */
  @Test
  void aLongOrControlCharacterValueIsShownShortOnOneLine() {
    InputException e = reject(building(RECT, "\"" + "9".repeat(100_000) + "\"", "flat", ""));
    assertTrue(e.getMessage().length() < 400 && e.getMessage().contains("\"" + "9".repeat(40) + "...\""),
        e.getMessage().substring(0, Math.min(300, e.getMessage().length())));
    e = reject(building(RECT, "2.9", "fl\\nat\\u202e", ""));
    assertTrue(e.getMessage().contains("but found \"fl?at?\"") && e.getMessage().lines().count() == 1,
        e.getMessage());
  }

  @Test
  void anObstaclesHeightIsReadInMillimetresAndABadOneIsRejected() throws InputException {
    String vent = "{\"outline\": [[20, 2], [21, 2], [21, 3], [20, 3], [20, 2]]";
    String other = "{\"outline\": [[24, 2], [25, 2], [25, 3], [24, 3], [24, 2]]";
    Building b = BuildingReader.parse("b.json", building(RECT, "2.9", "flat", ", \"obstacles\": [" + vent
        + ", \"heightM\": 2.45}, " + other + "}]"));
    assertEquals(OptionalInt.of(2_450), b.obstacles().get(0).heightAboveRoofMm());
    assertEquals(OptionalInt.empty(), b.obstacles().get(1).heightAboveRoofMm(), "absent: not known");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + vent + ", \"heightM\": 5600}]")),
        "/obstacles/0/heightM", "expected a number (m above the roof) in [0.1, 100] but found 5600");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + vent + ", \"heightM\": 0}]")),
        "/obstacles/0/heightM", "in [0.1, 100] but found 0");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + vent + ", \"heightM\": \"5.6\"}]")),
        "/obstacles/0/heightM", "expected a number");
  }

  @Test
  void aLowerRoofPartsDepthIsReadInMillimetresAndABadOneIsRejected() throws InputException {
    String wing = "{\"outline\": [[30, 0], [41.4, 0], [41.4, 9.6], [30, 9.6], [30, 0]]";
    Building b = BuildingReader.parse("b.json", building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing
        + ", \"belowRoofM\": 2.9}, " + wing + "}]"));
    assertEquals(OptionalInt.of(2_900), b.obstacles().get(0).belowRoofMm());
    assertTrue(b.obstacles().get(0).lowerRoofPart());
    assertEquals(OptionalInt.empty(), b.obstacles().get(0).heightAboveRoofMm());
    assertEquals(OptionalInt.empty(), b.obstacles().get(1).belowRoofMm(), "absent: an obstacle on the roof");
    // down to the ground (9.1 m) is allowed, below it not
    assertEquals(OptionalInt.of(9_100), BuildingReader.parse("b.json", building(RECT, "2.9", "flat",
        ", \"obstacles\": [" + wing + ", \"belowRoofM\": 9.1}]")).obstacles().get(0).belowRoofMm());
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing + ", \"belowRoofM\": 9.2}]")),
        "/obstacles/0/belowRoofM", "a lower roof part 9.2 m below a roof 9.1 m above ground would lie below the"
        + " ground; expected at most roofLevelM (9.1 m)");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing + ", \"belowRoofM\": 0}]")),
        "/obstacles/0/belowRoofM", "in [0.1, 200] but found 0");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing
        + ", \"belowRoofM\": \"2.9\"}]")), "/obstacles/0/belowRoofM", "expected a number");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing
        + ", \"belowRoofM\": 2.9, \"heightM\": 1}]")), "/obstacles/0/heightM", "either heightM (an obstacle on"
        + " the roof) or belowRoofM (a lower part of the roof), not both");
    assertProblem(reject(building(RECT, "2.9", "flat", ", \"obstacles\": [" + wing
        + ", \"belowRoofM\": 2.9, \"removable\": true}]")), "/obstacles/0/removable", "cannot be removed");
  }

  @Test
  void rdCoordinatesOutsideTheNetherlandsAreRejected() {
    String json = building(RECT, "2.9", "flat", ", \"crs\": \"EPSG:28992\"");
    assertProblem(reject(json), "/roofOutline", "outside the Netherlands");
    json = building(RECT, "2.9", "flat", ", \"crs\": \"EPSG:28992\", \"origin\": [0, 0]");
    assertProblem(reject(json), "/origin", "outside the Netherlands");
  }

  @Test
  void aCityJsonFileIsNamedAsSuch() {
    assertProblem(reject("{\"type\": \"CityJSON\", \"version\": \"2.0\", \"CityObjects\": {}}"), "/type",
        "a CityJSON file (such as a 3D BAG tile) is not a building file");
  }

  @Test
  void aResultOrCatalogueFileIsNamedAsSuch() {
    // qa46: a result file given to configure was rejected for its first field, 'unknown field "building"'
    assertProblem(reject("{\"building\": \"galerij-4\", \"status\": \"OPTIMAL\", \"layouts\": []}"), "/layouts",
        "a result file of building \"galerij-4\" (written by configure or batch) is not a building file");
    assertProblem(reject("{\"source\": \"s\", \"lines\": [], \"connectionTypes\": []}"), "/lines",
        "a catalogue file is not a building file");
    assertProblem(reject("{\"id\": \"clt\", \"modules\": []}"), "/modules", "a product line file is not a building");
  }

  @Test
  void parserMessagesSayWhatWasExpectedWithoutTheParsersSettings() {
    InputException e = reject("{\"id\": NaN}");
    assertProblem(e, "", "Non-standard token 'NaN'");
    assertTrue(!e.getMessage().contains("`"), e.getMessage());
    e = reject("{\"id\": \"t\"} {}");
    assertProblem(e, "", "more text after the JSON value (expected one JSON value per file)");
    e = reject("{\n// a comment\n\"id\": \"t\"}");
    assertProblem(e, "", "comments are not allowed in JSON");
    assertTrue(!e.getMessage().contains("Feature"), e.getMessage());
    e = reject("{\"id\": \"t\"}\n}");
    assertProblem(e, "", "Unexpected close marker '}'");
    assertTrue(!e.getMessage().contains("Source") && !e.getMessage().contains("`"), e.getMessage());
    assertTrue(!e.getMessage().contains("`"), e.getMessage());
    String json = building(RECT, "2.9", "flat", "").replace("\"existingStoreys\": 3",
        "\"existingStoreys\": 50000000000000000000000");
    assertProblem(reject(json), "/existingStoreys", "but found 50000000000000000000000");
    json = building(RECT, "2.9", "flat", "").replace("\"roofLevelM\": 9.1", "\"roofLevelM\": 1e400");
    assertProblem(reject(json), "/roofLevelM", "of ordinary size but found");
  }
}

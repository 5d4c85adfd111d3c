package nl.toplaag.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.toplaag.io.InputException;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken catalogues written to a temporary directory (a copy of the bundled one with one defect each) must be
 * rejected with the file, the exact JSON pointer and a message saying what was expected.
 */
class CatalogReaderErrorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLT = "clt-volumetric.json";

  @TempDir Path dir;

  @BeforeEach
  void copy() throws IOException {
    BundledCatalogTest.copyBundled(dir);
  }

  /** Applies {@code edit} to the JSON of {@code file} and writes it back. */
  private void edit(String file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
    edit.accept(root);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(file).toFile(), root);
  }

  private static ObjectNode module(ObjectNode line, int i) {
    return (ObjectNode) line.withArray("modules").get(i);
  }

  private static ObjectNode material(ObjectNode line, int module, int i) {
    return (ObjectNode) module(line, module).withArray("materials").get(i);
  }

  /** Reads the catalogue, expecting a failure in {@code file} at {@code pointer} whose message has {@code phrase}. */
  private InputException fails(String file, String pointer, String phrase) {
    InputException e = assertThrows(InputException.class, () -> CatalogReader.read(dir));
    assertEquals(dir.resolve(file).toString(), e.file(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problem().contains(phrase), e.getMessage());
    return e;
  }

  /**
   * A catalogue's errors in several modules, dwellings or line files are all named in one read, each with its file and
   * pointer, in reading order (a QA pass: three errors took three runs of catalog check); the exception's own message
   * is the first's.
   */
  @Test
  void errorsInSeveralModulesAndFilesAreNamedInOneRead() throws IOException {
    edit(CLT, l -> {
      module(l, 0).put("massKg", -8600);
      module(l, 2).put("costEur", -5);
    });
    edit("lsf-volumetric.json", l -> ((ObjectNode) l.withArray("dwellings").get(0)).put("moduleTypeId", "nope"));
    InputException e = fails(CLT, "/modules/0/massKg", "");
    assertEquals("expected a positive mass in kg but found -8600", e.problem(), "as written, not -8600.0");
    List<String> where = e.all().stream().map(x -> x.file() + " " + x.pointer()).toList();
    assertEquals(List.of(dir.resolve(CLT) + " /modules/0/massKg", dir.resolve(CLT) + " /modules/2/costEur",
        dir.resolve("lsf-volumetric.json") + " /dwellings/0/moduleTypeId"), where);
    assertTrue(e.all().get(1).problem().startsWith("expected a whole number of at least 0 but found -5"),
        e.all().get(1).problem());
    assertEquals(3, InputException.of(List.of(e)).all().size(), "combined again: the same three");
  }

  @Test
  void theUnchangedCopyIsValid() throws InputException {
    Catalog c = CatalogReader.read(dir);
    assertEquals(3, c.lines().size());
  }

  @Test
  void malformedJson() throws IOException {
    Files.writeString(dir.resolve(CLT), "{ \"id\": \"clt\", ");
    fails(CLT, "", "malformed JSON");
    Files.writeString(dir.resolve(CLT), "{ \"id\": \"clt\"");
    InputException e = fails(CLT, "", "malformed JSON");
    // without the parser's own words for where the object began (a QA pass: "[Source: REDACTED (`StreamReadFeature
    // .INCLUDE_SOURCE_IN_LOCATION` disabled)...]")
    assertFalse(e.problem().contains("Source") || e.problem().contains("StreamReadFeature"), e.getMessage());
  }

  @Test
  void unknownField() throws IOException {
    edit(CLT, l -> module(l, 0).put("colour", "red"));
    fails(CLT, "/modules/0/colour", "unknown field \"colour\"");
  }

  /**
   * A stair core's extension must give the imposed load of its flights and landings (0 is allowed, left out it is not:
   * it would be none, where since 4 Dec 2026 it stands on the walls beside the core with the core's mass); a lift
   * shaft's extension has no floor to carry one, and giving it one is an error, not a value ignored.
   */
  @Test
  void theStairCoresExtensionGivesItsImposedLoadAndTheLiftsGivesNone() throws IOException, InputException {
    edit(CLT, l -> ((ObjectNode) l.get("stairCoreExtension")).remove("imposedLoadKnPerM2"));
    fails(CLT, "/stairCoreExtension/imposedLoadKnPerM2", "missing");
    edit(CLT, l -> ((ObjectNode) l.get("liftExtension")).put("imposedLoadKnPerM2", 2.5));
    edit(CLT, l -> ((ObjectNode) l.get("stairCoreExtension")).put("imposedLoadKnPerM2", 2.5));
    fails(CLT, "/liftExtension/imposedLoadKnPerM2", "a lift shaft's storeys have no floor");
    edit(CLT, l -> ((ObjectNode) l.get("liftExtension")).remove("imposedLoadKnPerM2"));
    edit(CLT, l -> ((ObjectNode) l.get("stairCoreExtension")).put("imposedLoadKnPerM2", 0));
    assertEquals(0, CatalogReader.read(dir).lines().stream().filter(x -> x.id().equals("clt-volumetric")).findFirst()
        .orElseThrow().stairCoreExtension().imposedLoadKnPerM2());
  }

  @Test
  void negativeWidth() throws IOException {
    edit(CLT, l -> module(l, 1).put("widthMm", -3900));
    fails(CLT, "/modules/1/widthMm", "expected a positive length in mm");
  }

  @Test
  void widthOf39000MmLooksLikeTheWrongUnit() throws IOException {
    edit(CLT, l -> module(l, 0).put("widthMm", 39000));
    fails(CLT, "/modules/0/widthMm", "looks like the wrong unit");
  }

  @Test
  void aWidthFarBeyondAnyModuleStatesTheRangeInMillimetresAndMetres() throws IOException {
    // QA58: 1e12 read "expected a whole number in [-2147483648, 2147483647] but found 1000000000000"
    edit(CLT, l -> module(l, 0).put("widthMm", 1e12));
    fails(CLT, "/modules/0/widthMm", "1,000,000,000,000 mm is out of range: expected millimetres in [500, 16,000],"
        + " 0.5 to 16 m");
    edit(CLT, l -> module(l, 0).put("widthMm", -1e12));
    fails(CLT, "/modules/0/widthMm", "expected a positive length in mm but found -1,000,000,000,000");
  }

  @Test
  void widthGivenInMetresLooksLikeTheWrongUnit() throws IOException {
    edit(CLT, l -> module(l, 0).put("depthMm", 10));
    fails(CLT, "/modules/0/depthMm", "looks like the wrong unit");
  }

  @Test
  void widthGivenInDecimalMetresLooksLikeTheWrongUnit() throws IOException {
    // QA21: 3.3 (metres) was "expected a whole number but found a number 3.3", where 330 (cm) named the unit
    edit(CLT, l -> module(l, 0).put("widthMm", 3.9));
    fails(CLT, "/modules/0/widthMm", "3.9 mm looks like the wrong unit");
    edit(CLT, l -> module(l, 0).put("widthMm", 3900).put("heightMm", 3.1));
    fails(CLT, "/modules/0/heightMm", "(metres or centimetres given?)");
  }

  @Test
  void aRequiredValueGivenAsNullIsSaidToBeNullNotMissing() throws IOException {
    // a QA pass: a null was "missing required field", as in building files, which share the reader's checks
    ObjectNode bundled = (ObjectNode) JSON.readTree(dir.resolve(CLT).toFile());
    edit(CLT, l -> module(l, 0).putNull("massKg"));
    fails(CLT, "/modules/0/massKg", "expected a number (kg) but found null");
    edit(CLT, l -> module(l, 0).set("massKg", bundled.at("/modules/0/massKg")));
    edit(CLT, l -> module(l, 0).putNull("widthMm"));
    fails(CLT, "/modules/0/widthMm", "expected a whole number but found null");
    edit(CLT, l -> module(l, 0).set("widthMm", bundled.at("/modules/0/widthMm")));
    edit(CLT, l -> l.putNull("transferLayer"));
    fails(CLT, "/transferLayer", "expected a JSON object but found null");
  }

  @Test
  void aLengthWithAFractionInRangeIsNotAWholeNumber() throws IOException {
    edit(CLT, l -> module(l, 0).put("widthMm", 3900.5));
    fails(CLT, "/modules/0/widthMm", "expected a whole number but found a number 3900.5");
  }

  @Test
  void massInTonnesLooksLikeTheWrongUnit() throws IOException {
    edit(CLT, l -> module(l, 0).put("massKg", 20.3));
    fails(CLT, "/modules/0/massKg", "looks like the wrong unit");
  }

  @Test
  void aDepthInCentimetresIsNamedBesideTheMass() throws IOException {
    // QA47: a depth of 10 m given as 1000 (cm) passes the length check, and the message blamed only the mass
    // ("20293 kg on a 3.90 m2 footprint ... expected the module mass in kg"), which was right
    edit(CLT, l -> module(l, 0).put("depthMm", 1000));
    InputException e = fails(CLT, "/modules/0/massKg", "(widthMm 3900 x depthMm 1000)");
    assertTrue(e.problem().contains("or the width and depth in millimetres (centimetres given?)"), e.getMessage());
  }

  @Test
  void anAccessModuleTallerThanTheStoreyIsRejected() throws IOException {
    // QA47: a 4,400 mm stair and lift on a line of 3,100 mm dwelling modules were stacked 3,100 mm apart, each
    // reaching 1.3 m into the one above, and the independent check passed the layout
    int stair = -1;
    ObjectNode line = (ObjectNode) JSON.readTree(dir.resolve(CLT).toFile());
    for (int i = 0; i < line.withArray("modules").size(); i++) {
      if ("stair".equals(line.withArray("modules").get(i).get("kind").asText())) {
        stair = i;
      }
    }
    int s = stair;
    edit(CLT, l -> module(l, s).put("heightMm", 4400));
    fails(CLT, "/modules/" + s + "/heightMm", "taller than the line's storey height, 3,100 mm");
  }

  @Test
  void aMassInTonnesIsQuotedAsGiven() throws IOException {
    // QA21: 7.5 (tonnes) was quoted as "8 kg on a ... footprint"
    edit(CLT, l -> module(l, 0).put("massKg", 7.5));
    fails(CLT, "/modules/0/massKg", "7.5 kg on a 39.78 m2 footprint");
  }

  @Test
  void dwellingModuleWithoutUsableArea() throws IOException {
    edit(CLT, l -> module(l, 0).put("usableAreaM2", 0));
    fails(CLT, "/modules/0/usableAreaM2", "a dwelling module needs a usable area > 0 m2");
  }

  @Test
  void accessModuleWithoutUsableAreaIsValid() throws IOException, InputException {
    edit(CLT, l -> {
      for (var m : l.withArray("modules")) {
        if (!m.get("kind").asText().equals("dwelling")) {
          ((ObjectNode) m).put("usableAreaM2", 0);
        }
      }
    });
    assertEquals(3, CatalogReader.read(dir).lines().size());
  }

  @Test
  void aProductLineFileGivenInsteadOfTheDirectoryAsksForTheDirectory() throws IOException {
    // QA21: --catalog DIR/clt-volumetric.json said 'unknown field "id"; expected one of [$schema, ...]'
    InputException e = assertThrows(InputException.class, () -> CatalogReader.read(dir.resolve(CLT)));
    assertEquals(dir.resolve(CLT).toString(), e.file(), e.getMessage());
    assertEquals("", e.pointer(), e.getMessage());
    assertTrue(e.problem().startsWith("expected a catalogue directory holding catalog.json (--catalog DIR, toplaag"
        + " catalog check DIR) but found a file with a product line (\"modules\"); give the directory that holds it"
        + " and its catalog.json, here " + dir.toAbsolutePath()), e.getMessage());
    Files.writeString(dir.resolve("building.json"), "{\"id\": \"slab\", \"roofOutline\": []}");
    e = assertThrows(InputException.class, () -> CatalogReader.read(dir.resolve("building.json")));
    assertTrue(e.problem().endsWith("but found a file without \"lines\", not a catalogue's catalog.json"),
        e.getMessage());
    // the top file itself is still taken for its directory
    assertEquals(3, assertDoesNotThrow(() -> CatalogReader.read(dir.resolve("catalog.json"))).lines().size());
  }

  @Test
  void aKindInAnotherCaseIsRejectedAsTheSchemaDoes() throws IOException {
    // QA21: "kind": "Dwelling" was read (any case) though catalog.schema.json's enum rejects it
    edit(CLT, l -> module(l, 0).put("kind", "Dwelling"));
    fails(CLT, "/modules/0/kind", "expected \"dwelling\" in lower case (one of [dwelling, gallery, lift, stair], as"
        + " the schema lists them) but found \"Dwelling\"");
  }

  @Test
  void aConnectionCategoryInAnotherCaseIsRejectedAsTheSchemaDoes() throws IOException {
    edit("catalog.json", c -> ((ObjectNode) c.withArray("connectionTypes").get(2)).put("connectionType", "DRY"));
    fails("catalog.json", "/connectionTypes/2/connectionType", "expected \"dry\" in lower case");
  }

  @Test
  void anAccessModuleWithAUsableAreaIsRejectedAsTheSchemaSays() throws IOException {
    // QA21: a stair module's usableAreaM2 4 was read though the schema says "0 for access modules"
    int stair = 0;
    ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve(CLT).toFile());
    while (!root.withArray("modules").get(stair).get("kind").asText().equals("stair")) {
      stair++;
    }
    int i = stair;
    edit(CLT, l -> module(l, i).put("usableAreaM2", 4));
    fails(CLT, "/modules/" + i + "/usableAreaM2", "a stair module is an access module and has no dwelling area, but"
        + " found 4 m2; expected 0");
  }

  @Test
  void dwellingTypeReferringToAnUnknownModule() throws IOException {
    edit(CLT, l -> ((ObjectNode) l.withArray("dwellings").get(1)).put("moduleTypeId", "clt-box-9999"));
    fails(CLT, "/dwellings/1/moduleTypeId", "unknown module \"clt-box-9999\"");
  }

  @Test
  void dwellingTypeReferringToAGalleryModule() throws IOException {
    edit(CLT, l -> ((ObjectNode) l.withArray("dwellings").get(0)).put("moduleTypeId", "clt-gallery-3900"));
    fails(CLT, "/dwellings/0/moduleTypeId", "expected a dwelling module");
  }

  @Test
  void unknownConnectionType() throws IOException {
    edit(CLT, l -> ((ObjectNode) module(l, 2).withArray("connections").get(0)).put("connectionTypeId", "weld"));
    fails(CLT, "/modules/2/connections/0/connectionTypeId", "unknown connection type \"weld\"");
  }

  @Test
  void duplicateModuleIdInOneLine() throws IOException {
    edit(CLT, l -> module(l, 1).put("id", "clt-box-3900x10200"));
    fails(CLT, "/modules/1/id", "duplicate module id \"clt-box-3900x10200\"");
  }

  @Test
  void duplicateModuleIdAcrossLinesNamesTheSecondFile() throws IOException {
    edit("lsf-volumetric.json", l -> module(l, 0).put("id", "clt-box-3900x10200"));
    InputException e = fails("lsf-volumetric.json", "/modules/0/id", "duplicate module id");
    assertTrue(e.problem().contains(CLT + " at /modules/0/id"), e.getMessage());
  }

  @Test
  void duplicateDwellingTypeIdAcrossLines() throws IOException {
    edit("hsb-elements.json", l -> ((ObjectNode) l.withArray("dwellings").get(2)).put("id", "clt-1x-3900x10200"));
    fails("hsb-elements.json", "/dwellings/2/id", "duplicate dwelling type id \"clt-1x-3900x10200\"");
  }

  @Test
  void duplicateLineId() throws IOException {
    edit("lsf-volumetric.json", l -> l.put("id", "clt-volumetric"));
    fails("lsf-volumetric.json", "/id", "duplicate product-line id \"clt-volumetric\"");
  }

  /** A second file with a line's id is named also where the first file has another error (a review). */
  @Test
  void aDuplicateLineIdIsNamedBesideTheFirstFilesError() throws IOException {
    edit(CLT, l -> module(l, 0).put("costEur", -5));
    edit("lsf-volumetric.json", l -> l.put("id", "clt-volumetric"));
    InputException e = fails(CLT, "/modules/0/costEur", "at least 0");
    assertEquals(List.of(dir.resolve(CLT) + " /modules/0/costEur", dir.resolve("lsf-volumetric.json") + " /id"),
        e.all().stream().map(x -> x.file() + " " + x.pointer()).toList());
  }

  @Test
  void duplicateConnectionTypeId() throws IOException {
    edit("catalog.json", c -> ((ObjectNode) c.withArray("connectionTypes").get(1)).put("id", "bolted-steel-plate"));
    fails("catalog.json", "/connectionTypes/1/id", "duplicate connection type id");
  }

  @Test
  void missingSourceNoteForANumericField() throws IOException {
    edit(CLT, l -> ((ObjectNode) module(l, 0).get("sources")).remove("massKg"));
    fails(CLT, "/modules/0/sources/massKg", "missing source note for numeric field \"massKg\"");
  }

  @Test
  void fractionAboveOne() throws IOException {
    edit(CLT, l -> material(l, 0, 0).put("recyclingFraction", 1.5));
    fails(CLT, "/modules/0/materials/0/recyclingFraction", "in [0, 1] but found 1.5");
  }

  @Test
  void endOfLifeFractionsSummingAboveOne() throws IOException {
    edit(CLT, l -> material(l, 0, 0).put("reuseFraction", 0.6).put("recyclingFraction", 0.6));
    fails(CLT, "/modules/0/materials/0", "expected at most 1");
  }

  @Test
  void inputFractionsSummingAboveOne() throws IOException {
    edit(CLT, l -> material(l, 0, 0).put("recycledInputFraction", 0.3));
    fails(CLT, "/modules/0/materials/0", "biobasedInputFraction = 1.300; expected at most 1");
  }

  @Test
  void biologicalMaterialToEnergyRecoveryWithoutItsEfficiency() throws IOException {
    // CLT: biological 1.0, energy recovery 0.3; EMF 2019 credits it only at E_E, which must be given then
    edit(CLT, l -> material(l, 0, 0).remove("energyRecoveryEfficiency"));
    fails(CLT, "/modules/0/materials/0/energyRecoveryEfficiency", "expected the efficiency of the energy recovery in"
        + " [0, 1] (E_E = E_R / (HHV * M_B), EMF 2019), needed where biological material goes to energy recovery"
        + " (biologicalFraction 1.0, energyRecoveryFraction 0.3)");
  }

  @Test
  void biologicalFractionAboveOne() throws IOException {
    edit(CLT, l -> material(l, 0, 0).put("biologicalFraction", 1.2));
    fails(CLT, "/modules/0/materials/0/biologicalFraction", "in [0, 1] but found 1.2");
  }

  @Test
  void materialMassesNotAddingUpToTheModuleMass() throws IOException {
    // CLT is 66 % of the 20,293 kg box; halving it leaves the sum about 33 % short
    edit(CLT, l -> material(l, 0, 0).put("massKg", material(l, 0, 0).get("massKg").asDouble() / 2));
    fails(CLT, "/modules/0/materials", "within 2 %");
  }

  @Test
  void lineWithoutAStairModule() throws IOException {
    edit(CLT, l -> {
      ArrayNode modules = l.withArray("modules");
      for (int i = modules.size() - 1; i >= 0; i--) {
        if (modules.get(i).get("kind").asText().equals("stair")) {
          modules.remove(i);
        }
      }
    });
    fails(CLT, "/modules", "has no stair module");
  }

  @Test
  void fireFightingFlagOnADwellingModule() throws IOException {
    edit(CLT, l -> module(l, 0).put("fireFightingLift", true));
    fails(CLT, "/modules/0/fireFightingLift", "only a lift module");
  }

  /** A lift module must give its car, which the building code's least car (BB2012 art. 4.28) is checked against. */
  @Test
  void liftCarMissing() throws IOException {
    edit(CLT, l -> module(l, 4).remove("liftCarDepthMm"));
    fails(CLT, "/modules/4/liftCarDepthMm", "a lift module gives its car's clear depth (from its door) in mm");
  }

  /** A car size given as null is found as null, as any number is, not called missing (a QA pass). */
  @Test
  void liftCarGivenAsNull() throws IOException {
    edit(CLT, l -> module(l, 4).putNull("liftCarDepthMm"));
    fails(CLT, "/modules/4/liftCarDepthMm", "but found null");
  }

  @Test
  void liftCarOnADwellingModule() throws IOException {
    edit(CLT, l -> module(l, 0).put("liftCarWidthMm", 1050));
    fails(CLT, "/modules/0/liftCarWidthMm", "only a lift module has a lift car, but this is a dwelling module");
  }

  @Test
  void liftCarLargerThanItsModule() throws IOException {
    edit(CLT, l -> module(l, 4).put("liftCarDepthMm", 2800));
    fails(CLT, "/modules/4/liftCarDepthMm", "a 1,050 x 2,800 mm car does not fit in the module's 2,400 x 2,700 mm");
  }

  @Test
  void liftCarTooWideForItsModuleIsNamedAtItsWidth() throws IOException {
    // a QA pass: the width too large was reported at the depth
    edit(CLT, l -> module(l, 4).put("liftCarWidthMm", 3100));
    fails(CLT, "/modules/4/liftCarWidthMm", "a 3,100 x 2,050 mm car does not fit in the module's 2,400 x 2,700 mm");
  }

  @Test
  void liftCarWithoutItsSourceNote() throws IOException {
    edit(CLT, l -> ((ObjectNode) module(l, 4).get("sources")).remove("liftCarWidthMm"));
    fails(CLT, "/modules/4/sources/liftCarWidthMm", "missing source note");
  }

  /** A gallery module must give its balustrade's height, checked against BB2012 art. 2.18; no other module may. */
  @Test
  void balustradeMissingOnAGallery() throws IOException {
    edit(CLT, l -> module(l, 2).remove("balustradeHeightMm"));
    fails(CLT, "/modules/2/balustradeHeightMm", "a gallery module gives the height of the balustrade along its open"
        + " edge, in mm");
  }

  @Test
  void balustradeOnADwellingModule() throws IOException {
    edit(CLT, l -> module(l, 0).put("balustradeHeightMm", 1200));
    fails(CLT, "/modules/0/balustradeHeightMm", "only a gallery module has a balustrade here, but this is a dwelling"
        + " module");
  }

  @Test
  void balustradeWithoutItsSourceNote() throws IOException {
    edit(CLT, l -> ((ObjectNode) module(l, 2).get("sources")).remove("balustradeHeightMm"));
    fails(CLT, "/modules/2/sources/balustradeHeightMm", "missing source note");
  }

  @Test
  void missingLineFile() throws IOException {
    Files.delete(dir.resolve("hsb-elements.json"));
    InputException e = fails("hsb-elements.json", "", "file not found");
    // and where it is listed
    assertTrue(e.problem().endsWith("(listed in " + dir.resolve("catalog.json") + " at /lines/2/file)"), e.problem());
  }

  @Test
  void lineFileOutsideTheDirectoryIsRefused() throws IOException {
    edit("catalog.json", c -> ((ObjectNode) c.withArray("lines").get(0)).put("file", "../elsewhere.json"));
    fails("catalog.json", "/lines/0/file", "expected a file name in the catalogue directory");
  }

  @Test
  void missingDetachabilityScore() throws IOException {
    edit("catalog.json", c -> ((ObjectNode) c.get("detachability").get("crossings")).remove("partial"));
    fails("catalog.json", "/detachability/crossings/partial", "missing score for category \"partial\"");
  }

  @Test
  void aModuleWithoutMaterialsIsAcceptedAndReportedAsIncomplete() throws IOException, InputException {
    edit(CLT, l -> module(l, 0).putArray("materials"));
    Catalog c = CatalogReader.read(dir);
    ModuleType m = c.module("clt-box-3900x10200").orElseThrow();
    assertTrue(m.materials().isEmpty());
    assertTrue(CatalogCheck.report(c).contains("NO MATERIALS"));
  }
}

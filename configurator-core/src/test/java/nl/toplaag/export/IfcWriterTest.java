package nl.toplaag.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.geom.Geometries;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class IfcWriterTest {

  /** The solved 36 m slab of {@link ExportSceneTest} as a scene. */
  static final ExportScene SLAB_SCENE = ExportScene.of(ExportSceneTest.SLAB, ExportSceneTest.LAYOUT,
      Fixtures.catalog());

  /** The slab's dwellings. */
  private static final long LAYOUT_DWELLINGS = ExportSceneTest.LAYOUT.dwellingCount();

  /** Tolerance on web-ifc's coordinates, m. */
  private static final double MM = 0.001;

  @TempDir
  Path dir;

  @Test
  void webIfcFindsEverySolidAtItsFootprintAndLevelsEveryStoreyAndOneZonePerDwelling() throws Exception {
    ExportScene s = SLAB_SCENE;
    JsonNode ifc = read(s, "slab.ifc");

    assertEquals("IFC4", ifc.get("schema").asText());
    assertEquals(s.solids().size(), ifc.get("elements").size(), "one element per solid");
    Map<String, JsonNode> byName = new HashMap<>();
    ifc.get("elements").forEach(e -> byName.put(e.get("name").asText(), e));
    for (Solid x : s.solids()) {
      JsonNode e = byName.get(x.id());
      assertTrue(e != null, "no element named " + x.id());
      assertEquals(ifcClass(x.part()), e.get("type").asText(), x.id());
      // the module type where there is one, so that a BIM tool schedules by it; else the part
      String moduleType = x.text("moduleType");
      assertEquals(moduleType == null ? x.part().label() : moduleType, e.get("objectType").asText(), x.id());
      // typed by its module type's type object: its predefined type is the type's, unset here (IFC4: an occurrence's
      // is used only where no type is assigned; a review found .USERDEFINED. on both); else user-defined
      assertEquals(moduleType == null ? "USERDEFINED" : null, e.get("predefinedType").textValue(), x.id());
      assertBox(x, e.get("geometry"));
      Map<String, PropertyValue> expected = new TreeMap<>(x.properties());
      expected.put("part", PropertyValue.text(x.part().label()));
      expected.put("storey", PropertyValue.count(x.storey()));
      assertTyped(expected, e.get("properties"), e.get("propertyTypes"), x.id());
    }

    assertTrue(s.solids().stream().anyMatch(x -> x.text("moduleType") != null), "module types to schedule by");
    List<String> storeys = new ArrayList<>();
    ifc.get("storeys").forEach(st -> storeys.add(st.get("name").asText() + "@" + st.get("elevation").asDouble()));
    List<String> expectedStoreys = new ArrayList<>();
    for (int i = 0; i < s.existingLevelsMm().size(); i++) {
      expectedStoreys.add("existing " + i + "@" + s.existingLevelsMm().get(i) / 1000.0);
    }
    s.floorLevelsMm().forEach((k, mm) -> expectedStoreys.add("added storey " + k + "@" + mm / 1000.0));
    assertEquals(2, s.floorLevelsMm().size(), "the slab has two storeys added");
    assertEquals(expectedStoreys, storeys);

    Map<String, Set<String>> dwellings = new TreeMap<>();
    Map<String, String> dwellingTypes = new TreeMap<>();
    for (Solid x : s.solids(Part.DWELLING_MODULE)) {
      dwellings.computeIfAbsent(x.text("dwelling"), d -> new TreeSet<>()).add(x.id());
      dwellingTypes.put(x.text("dwelling"), x.text("dwellingType"));
    }
    assertEquals(ExportSceneTest.LAYOUT.dwellingCount(), dwellings.size());
    Map<String, Set<String>> zones = new TreeMap<>();
    for (JsonNode z : ifc.get("zones")) {
      assertEquals(dwellingTypes.get(z.get("name").asText()), z.get("objectType").asText());
      Set<String> members = new TreeSet<>();
      z.get("members").forEach(m -> members.add(m.asText()));
      assertEquals(null, zones.put(z.get("name").asText(), members), "one zone per dwelling");
    }
    assertEquals(dwellings, zones);
    assertEquals(s.solids(Part.DWELLING_MODULE).size(), ifc.get("spaces").size());

    long types = s.solids().stream().map(x -> x.text("moduleType")).filter(m -> m != null).distinct().count();
    assertEquals(2 * s.solids().size() + 1 + types, ifc.get("propertySets").asInt(),
        "Toplaag's and the common property set per element, Toplaag's of the building, the common one per type");
    Map<String, PropertyValue> building = new TreeMap<>(s.properties());
    building.put("buildingId", PropertyValue.text(s.buildingId()));
    building.put("buildingName", PropertyValue.text(s.buildingName()));
    building.put("crs", PropertyValue.text(s.crs()));
    building.put("originXM", PropertyValue.measure(s.originXM(), PropertyValue.Unit.METRE));
    building.put("originYM", PropertyValue.measure(s.originYM(), PropertyValue.Unit.METRE));
    assertTyped(building, ifc.get("buildingProperties"), ifc.get("buildingPropertyTypes"), "building");
    assertEquals(LAYOUT_DWELLINGS, ifc.get("buildingProperties").get("dwellings").asLong());
    assertEquals("IfcInteger", ifc.at("/buildingPropertyTypes/dwellings").asText());
    assertEquals(s.buildingId(), ifc.get("building").get("name").asText());
    assertEquals(s.buildingName(), ifc.get("project").get("name").asText());
  }

  /**
   * An architect's QA pass: the existing building stood as one element on one storey "existing" at 0 m, though the
   * slab has three floors. Each existing floor is now a storey "existing i" at its level (i x 2.8 m), below the added
   * ones; the existing building is contained in the ground floor, where it stands, and referenced in the others, the
   * kept obstacles contained in the top existing storey, on whose roof they stand, every added part in its added
   * storey.
   */
  @Test
  void eachExistingFloorIsAStoreyWithTheBuildingOnTheGroundFloorAndTheObstaclesOnTheTop() throws Exception {
    ExportScene s = SLAB_SCENE;
    JsonNode ifc = read(s, "storeys.ifc");
    List<String> storeys = new ArrayList<>();
    Map<String, List<String>> contains = new HashMap<>();
    Map<String, List<String>> references = new HashMap<>();
    for (JsonNode st : ifc.get("storeys")) {
      storeys.add(st.get("name").asText() + "@" + st.get("elevation").asDouble());
      List<String> names = new ArrayList<>();
      st.get("contains").forEach(n -> names.add(n.asText()));
      contains.put(st.get("name").asText(), names);
      List<String> referenced = new ArrayList<>();
      st.get("references").forEach(n -> referenced.add(n.asText()));
      references.put(st.get("name").asText(), referenced);
    }
    assertEquals(List.of("existing 0@0.0", "existing 1@2.8", "existing 2@5.6", "added storey 1@" + s.floorLevelsMm()
        .get(1) / 1000.0, "added storey 2@" + s.floorLevelsMm().get(2) / 1000.0), storeys);
    assertEquals(s.solids(Part.EXISTING_BUILDING).stream().map(Solid::id).toList(), contains.get("existing 0"));
    assertEquals(List.of(), contains.get("existing 1"));
    // the building, one element up to the roof, referenced in the storeys it reaches up through, as IFC4 has it
    assertEquals(List.of(), references.get("existing 0"));
    assertEquals(List.of("existing-building"), references.get("existing 1"));
    assertEquals(List.of("existing-building"), references.get("existing 2"));
    assertEquals(List.of(), references.get("added storey 1"));
    List<String> obstacles = s.solids(Part.ROOF_OBSTACLE).stream().map(Solid::id).toList();
    assertFalse(obstacles.isEmpty(), "the slab keeps its flue");
    assertEquals(obstacles, contains.get("existing 2"));
    for (int k = 1; k <= 2; k++) {
      int storey = k;
      assertEquals(s.solids().stream().filter(x -> x.part().added() && x.storey() == storey).map(Solid::id).toList(),
          contains.get("added storey " + k));
    }
  }

  /**
   * An architect's QA pass: a BIM tool's quantity take-off found no quantities, the volumes, masses and areas only as
   * properties. Each element but a roof obstacle has an IfcElementQuantity: a gallery's deck IFC4's
   * Qto_SlabBaseQuantities (plan area, weight), any other Toplaag_Quantities (its prism's volume, as web-ifc meshes
   * it, weight, usable floor area, area), each the value its property set gives.
   */
  @Test
  void eachElementButAnObstacleHasItsQuantitiesAsItsPropertiesGiveThem() throws Exception {
    ExportScene s = SLAB_SCENE;
    JsonNode ifc = read(s, "quantities.ifc");
    Map<String, JsonNode> byName = new HashMap<>();
    ifc.get("elements").forEach(e -> byName.put(e.get("name").asText(), e));
    Set<String> sets = new TreeSet<>();
    for (Solid x : s.solids()) {
      JsonNode q = byName.get(x.id()).get("quantities");
      if (x.part() == Part.ROOF_OBSTACLE) {
        assertTrue(q.isNull(), x.id() + ": its height may be assumed");
        continue;
      }
      sets.add(q.get("set").asText());
      Map<String, String> expected = new TreeMap<>();
      Map<String, Double> values = new TreeMap<>();
      double areaM2 = x.footprint().getArea() / 1e6;
      if (x.part() == Part.GALLERY) {
        assertEquals(IfcWriter.SLAB_QTO, q.get("set").asText(), x.id());
        expected.put("GrossArea", "IfcQuantityArea");
        values.put("GrossArea", areaM2);
      } else {
        assertEquals(IfcWriter.QTO, q.get("set").asText(), x.id());
        expected.put("GrossVolume", "IfcQuantityVolume");
        values.put("GrossVolume", byName.get(x.id()).at("/geometry/volume").asDouble());
        put(x, "usableAreaM2", "UsableFloorArea", "IfcQuantityArea", expected, values);
        put(x, "areaM2", "GrossArea", "IfcQuantityArea", expected, values);
      }
      put(x, "massKg", "GrossWeight", "IfcQuantityWeight", expected, values);
      Map<String, String> types = new TreeMap<>();
      q.get("types").fields().forEachRemaining(f -> types.put(f.getKey(), f.getValue().asText()));
      assertEquals(expected, types, x.id());
      // to the gram, the mm², and web-ifc's single-precision mesh
      values.forEach((name, v) -> assertEquals(v, q.get("values").get(name).asDouble(), Math.max(1e-3, 1e-6 * v),
          x.id() + " " + name));
    }
    assertEquals(Set.of(IfcWriter.QTO, IfcWriter.SLAB_QTO), sets, "galleries and modules");
    assertTrue(s.solids().stream().anyMatch(x -> x.properties().containsKey("usableAreaM2")), "usable areas");
    assertTrue(s.solids().stream().anyMatch(x -> x.properties().containsKey("massKg")), "masses");
  }

  /**
   * A BIM checker's pass (Solibri, BIMcollab, the buildingSMART validation service) found only Toplaag's own property
   * sets. Each element now also has its IFC class's buildingSMART common set, IFC4's names and types, and only what
   * the scene knows: Pset_SlabCommon for a gallery's deck (IsExternal and LoadBearing true),
   * Pset_BuildingElementProxyCommon for any other element (LoadBearing true for the transfer layer), Reference the
   * module type where there is one, Status NEW for an added part and EXISTING for the existing building and a kept
   * obstacle, an enumerated value of IFC4's PEnum_ElementStatus; each type object has its class's set with what its
   * elements share (Reference, and for a gallery's deck IsExternal and LoadBearing), no Status.
   */
  @Test
  void eachElementAndTypeHasItsClassesCommonPropertySetWithWhatTheSceneKnows() throws Exception {
    // the slab's parts and a bay of transfer layer under storey 1's floor, which the slab's layout does not lay
    int floorMm = SLAB_SCENE.floorLevelsMm().get(1);
    List<Solid> solids = new ArrayList<>(SLAB_SCENE.solids());
    solids.add(new Solid("transfer-layer-0", Part.TRANSFER_LAYER, 1, Geometries.box(0, 0, 3600, 12000), floorMm - 400,
        floorMm, Map.of("wing", PropertyValue.count(0))));
    ExportScene s = new ExportScene(SLAB_SCENE.buildingId(), SLAB_SCENE.buildingName(), SLAB_SCENE.source(),
        SLAB_SCENE.crs(), 0, 0, OptionalDouble.empty(), SLAB_SCENE.existingLevelsMm(), SLAB_SCENE.floorLevelsMm(),
        SLAB_SCENE.properties(), solids);
    JsonNode ifc = read(s, "common.ifc");
    Map<String, JsonNode> byName = new HashMap<>();
    ifc.get("elements").forEach(e -> byName.put(e.get("name").asText(), e));
    ObjectMapper json = new ObjectMapper();
    Set<Part> parts = new TreeSet<>();
    for (Solid x : s.solids()) {
      parts.add(x.part());
      boolean gallery = x.part() == Part.GALLERY;
      String set = commonSet(x.part());
      JsonNode sets = byName.get(x.id()).get("propertySets");
      Set<String> names = new TreeSet<>();
      sets.fieldNames().forEachRemaining(names::add);
      assertEquals(new TreeSet<>(Set.of(IfcWriter.PSET, set)), names, x.id());
      Map<String, Object> values = new TreeMap<>();
      Map<String, String> types = new TreeMap<>();
      if (x.text("moduleType") != null) {
        values.put("Reference", x.text("moduleType"));
        types.put("Reference", "IfcIdentifier");
      }
      values.put("Status", List.of(x.part().added() ? "NEW" : "EXISTING"));
      types.put("Status", "IfcPropertyEnumeratedValue");
      if (gallery) {
        values.put("IsExternal", true);
        types.put("IsExternal", "IfcBoolean");
      }
      if (gallery || x.part() == Part.TRANSFER_LAYER) {
        values.put("LoadBearing", true);
        types.put("LoadBearing", "IfcBoolean");
      }
      JsonNode common = sets.get(set);
      assertEquals(json.valueToTree(values), common.get("values"), x.id());
      assertEquals(json.valueToTree(types), common.get("types"), x.id());
      assertEquals("PEnum_ElementStatus", common.at("/enumerations/Status/name").asText(), x.id());
      assertEquals(json.valueToTree(List.of("NEW", "EXISTING", "DEMOLISH", "TEMPORARY", "OTHER", "NOTKNOWN", "UNSET")),
          common.at("/enumerations/Status/values"), x.id());
    }
    assertTrue(parts.containsAll(Set.of(Part.EXISTING_BUILDING, Part.ROOF_OBSTACLE, Part.DWELLING_MODULE,
        Part.GALLERY, Part.TRANSFER_LAYER)), parts.toString());

    assertTrue(ifc.get("types").size() > 1, "type objects");
    for (JsonNode t : ifc.get("types")) {
      boolean slab = t.get("type").asText().equals("IfcSlabType");
      String set = TYPE_SETS.get(t.get("type").asText());
      Map<String, Object> values = new TreeMap<>();
      values.put("Reference", t.get("name").asText());
      if (slab) {
        values.put("IsExternal", true);
        values.put("LoadBearing", true);
      }
      assertEquals(List.of(set), names(t.get("propertySets").fieldNames()), t.get("name").asText());
      assertEquals(json.valueToTree(values), t.at("/propertySets/" + set + "/values"), t.get("name").asText());
    }
    String text = IfcWriter.text(s);
    assertEquals(1, text.lines().filter(l -> l.contains("=IFCPROPERTYENUMERATION('PEnum_ElementStatus',")).count(),
        "one enumeration, shared");
  }

  /** The names {@code it} gives, in order. */
  private static List<String> names(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  /** The quantity {@code name} of IFC type {@code type} from {@code x}'s measure {@code property}, where it has one. */
  private static void put(Solid x, String property, String name, String type, Map<String, String> types,
      Map<String, Double> values) {
    if (x.properties().get(property) instanceof PropertyValue.Measure m) {
      types.put(name, type);
      values.put(name, m.value());
    }
  }

  /**
   * An architect's QA pass: a BIM tool found no type objects, the module type only in each element's object type and
   * description, so it could not list or schedule the modules by type. Each module type is now a type object,
   * declared in the project, typing exactly its elements: an IfcSlabType for a gallery module, else an
   * IfcBuildingElementProxyType, named after the module type.
   */
  @Test
  void eachModuleTypeIsATypeObjectDeclaredInTheProjectTypingItsElements() throws Exception {
    ExportScene s = SLAB_SCENE;
    JsonNode ifc = read(s, "types.ifc");
    Map<String, Set<String>> expected = new TreeMap<>();
    Map<String, Part> parts = new TreeMap<>();
    for (Solid x : s.solids()) {
      if (x.text("moduleType") != null) {
        expected.computeIfAbsent(x.text("moduleType"), t -> new TreeSet<>()).add(x.id());
        parts.put(x.text("moduleType"), x.part());
      }
    }
    assertTrue(parts.containsValue(Part.GALLERY) && parts.containsValue(Part.DWELLING_MODULE), parts.toString());
    Map<String, Set<String>> typed = new TreeMap<>();
    for (JsonNode t : ifc.get("types")) {
      String name = t.get("name").asText();
      assertEquals(ifcClass(parts.get(name)) + "Type", t.get("type").asText(), name);
      assertEquals(name, t.get("elementType").asText());
      assertEquals(parts.get(name) == Part.LIFT_MODULE ? "ELEVATOR" : "USERDEFINED", t.get("predefinedType").asText());
      assertEquals(List.of(s.buildingName()), List.of(t.get("declaredBy").get(0).asText()), name);
      Set<String> elements = new TreeSet<>();
      t.get("typed").forEach(e -> elements.add(e.asText()));
      assertEquals(null, typed.put(name, elements), "one type object per module type");
    }
    assertEquals(expected, typed);
  }

  /**
   * A BIM user schedules stairs and lifts by class, and every module was an IfcBuildingElementProxy. A stair module is
   * now an IfcStair typed by an IfcStairType (USERDEFINED: the scene does not know the stair's form), with
   * Pset_StairCommon holding only Reference (the module type) and Status NEW, and its type the Reference alone. A lift
   * is an IfcTransportElement ({@link #aStackOfLiftModulesIsOneElevatorWhoseModulesAreItsParts}). An extended existing
   * stair core or lift shaft, an enclosure built on site, stays a proxy. Every element's figures, quantities, storey
   * and property set are as before: the weights and areas total the scene's, and the text differs from the same scene
   * with the stair modules as dwelling modules only in the classes, their type objects, their common sets' names and
   * the part's label.
   */
  @Test
  void aStairModuleIsAnIfcStairWithItsClassesTypeAndCommonSet() throws Exception {
    ExportScene s = withStairsAndLifts(Part.STAIR_MODULE, Part.LIFT_MODULE);
    JsonNode ifc = read(s, "stairs-and-lifts.ifc");
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byName = new HashMap<>();
    ifc.get("elements").forEach(e -> byName.put(e.get("name").asText(), e));
    assertEquals(s.solids().size() + 1, byName.size(), "one element per solid and the lift");
    Map<String, List<String>> byClass = new TreeMap<>();
    ifc.get("elements").forEach(e -> byClass.computeIfAbsent(e.get("type").asText(), c -> new ArrayList<>())
        .add(e.get("name").asText()));
    List<String> stairs = s.solids(Part.STAIR_MODULE).stream().map(Solid::id).toList();
    assertEquals(2, stairs.size(), "the slab's layout has a stair module on each storey");
    assertEquals(stairs, byClass.get("IfcStair"));
    for (String id : List.of("test-stair-core-0-S1", "test-lift-shaft-S1")) {
      assertEquals("IfcBuildingElementProxy", byName.get(id).get("type").asText(), id + ": built on site");
      assertTrue(byName.get(id).get("propertySets").has("Pset_BuildingElementProxyCommon"), id);
    }
    for (Solid x : s.solids(Part.STAIR_MODULE)) {
      JsonNode e = byName.get(x.id());
      String set = "Pset_StairCommon";
      assertEquals(x.text("moduleType"), e.get("objectType").asText(), x.id());
      assertTrue(e.get("predefinedType").isNull(), x.id() + ": its type's");
      assertEquals(List.of(IfcWriter.PSET, set), names(e.get("propertySets").fieldNames()), x.id());
      assertEquals(json.valueToTree(Map.of("Reference", x.text("moduleType"), "Status", List.of("NEW"))),
          e.at("/propertySets/" + set + "/values"), x.id());
      assertEquals("IfcIdentifier", e.at("/propertySets/" + set + "/types/Reference").asText(), x.id());
      assertEquals("PEnum_ElementStatus", e.at("/propertySets/" + set + "/enumerations/Status/name").asText());
      assertEquals(IfcWriter.QTO, e.at("/quantities/set").asText(), x.id());
      assertEquals(((PropertyValue.Measure) x.properties().get("massKg")).value(),
          e.at("/quantities/values/GrossWeight").asDouble(), 1e-3, x.id());
      Map<String, PropertyValue> props = new TreeMap<>(x.properties());
      props.put("part", PropertyValue.text(x.part().label()));
      props.put("storey", PropertyValue.count(x.storey()));
      assertTyped(props, e.get("properties"), e.get("propertyTypes"), x.id());
      assertBox(x, e.get("geometry"));
    }

    Map<String, JsonNode> types = new HashMap<>();
    ifc.get("types").forEach(t -> types.put(t.get("name").asText(), t));
    JsonNode stair = types.get("STAIR");
    assertEquals("IfcStairType", stair.get("type").asText());
    assertEquals("USERDEFINED", stair.get("predefinedType").asText());
    assertEquals("STAIR", stair.get("elementType").asText(), "USERDEFINED needs an ElementType (IFC4)");
    assertEquals(json.valueToTree(stairs), stair.get("typed"));
    assertEquals(json.valueToTree(Map.of("Reference", "STAIR")), stair.at("/propertySets/Pset_StairCommon/values"));

    assertTotals(s, ifc);

    // the same scene with the stair modules as dwelling modules: the same lines but for the classes, types, sets'
    // names and labels
    List<String> classes = IfcWriter.text(s).lines().toList();
    List<String> proxies = IfcWriter.text(withStairsAndLifts(Part.DWELLING_MODULE, Part.LIFT_MODULE)).lines()
        .toList();
    assertEquals(proxies.size(), classes.size(), "as many lines");
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      if (!classes.get(i).equals(proxies.get(i))) {
        assertEquals(proxies.get(i).replaceAll("^(#\\d+=)[A-Z]+\\(", "$1("), classes.get(i)
            .replaceAll("^(#\\d+=)[A-Z]+\\(", "$1(")
            .replace("'Pset_StairCommon'", "'Pset_BuildingElementProxyCommon'")
            .replace("'stair module'", "'dwelling module'"), "line " + (i + 1));
        changed.add(classes.get(i).replaceAll("^#\\d+=([A-Z]+)\\(.*", "$1"));
      }
    }
    // per module its entity, its part's label and its common set's name; per type its entity and its common set
    Map<String, Integer> counts = new TreeMap<>();
    changed.forEach(c -> counts.merge(c, 1, Integer::sum));
    assertEquals(Map.of("IFCSTAIR", stairs.size(), "IFCPROPERTYSINGLEVALUE", stairs.size(), "IFCPROPERTYSET",
        stairs.size() + 1, "IFCSTAIRTYPE", 1), counts);
  }

  /**
   * A BIM schedule of elevators counted lift storeys as lifts: each lift module (one storey high) was its own
   * IfcTransportElement. A stack of lift modules on consecutive storeys at one place ({@link LiftStack}) is now one
   * IfcTransportElement "lift 1" of IFC4's ELEVATOR (its own PredefinedType, no type object), without shape or
   * quantities, with Toplaag_Properties (part "lift", its lowest and top storey) and Pset_TransportElementCommon
   * (Status NEW), contained in its lowest module's storey and decomposed (IfcRelAggregates) into its modules. Each
   * module is a part of it: an IfcBuildingElementProxy typed by its module type's IfcBuildingElementProxyType, with its
   * Pset_BuildingElementProxyCommon (Reference, Status), quantities, properties and shape as before, not contained in a
   * storey (IFC4: its whole is) but referenced in its own. The weights and areas still total the scene's.
   */
  @Test
  void aStackOfLiftModulesIsOneElevatorWhoseModulesAreItsParts() throws Exception {
    ExportScene s = withStairsAndLifts(Part.STAIR_MODULE, Part.LIFT_MODULE);
    JsonNode ifc = read(s, "lift-stack.ifc");
    ObjectMapper json = new ObjectMapper();
    List<String> lifts = s.solids(Part.LIFT_MODULE).stream().map(Solid::id).toList();
    assertEquals(List.of("test-lift-S1", "test-lift-S2"), lifts, "a lift module on storeys 1 and 2 at one place");
    Map<String, JsonNode> byName = new HashMap<>();
    List<JsonNode> elevators = new ArrayList<>();
    for (JsonNode e : ifc.get("elements")) {
      byName.put(e.get("name").asText(), e);
      if (e.get("type").asText().equals("IfcTransportElement")) {
        elevators.add(e);
      }
    }
    assertEquals(1, elevators.size(), "one lift, not one per storey");
    JsonNode lift = elevators.get(0);
    assertEquals("lift 1", lift.get("name").asText());
    assertEquals("ELEVATOR", lift.get("predefinedType").asText());
    assertEquals("lift", lift.get("objectType").asText());
    assertEquals(json.valueToTree(lifts), lift.get("parts"));
    assertTrue(lift.get("partOf").isNull());
    assertTrue(lift.get("geometry").isNull(), "its modules have the shapes");
    assertTrue(lift.get("quantities").isNull(), "its modules have the quantities");
    assertEquals(json.valueToTree(Map.of("part", "lift", "storey", 1, "topStorey", 2)), lift.get("properties"));
    assertEquals(json.valueToTree(Map.of("Status", List.of("NEW"))),
        lift.at("/propertySets/Pset_TransportElementCommon/values"));
    for (Solid x : s.solids(Part.LIFT_MODULE)) {
      JsonNode e = byName.get(x.id());
      assertEquals("IfcBuildingElementProxy", e.get("type").asText(), x.id());
      assertEquals("lift 1", e.get("partOf").asText(), x.id());
      assertEquals(x.text("moduleType"), e.get("objectType").asText(), x.id());
      assertTrue(e.get("predefinedType").isNull(), x.id() + ": its type's");
      String set = "Pset_BuildingElementProxyCommon";
      assertEquals(List.of(IfcWriter.PSET, set), names(e.get("propertySets").fieldNames()), x.id());
      assertEquals(json.valueToTree(Map.of("Reference", "LIFT", "Status", List.of("NEW"))),
          e.at("/propertySets/" + set + "/values"), x.id());
      assertEquals(IfcWriter.QTO, e.at("/quantities/set").asText(), x.id());
      assertEquals(((PropertyValue.Measure) x.properties().get("massKg")).value(),
          e.at("/quantities/values/GrossWeight").asDouble(), 1e-3, x.id());
      Map<String, PropertyValue> props = new TreeMap<>(x.properties());
      props.put("part", PropertyValue.text("lift module"));
      props.put("storey", PropertyValue.count(x.storey()));
      assertTyped(props, e.get("properties"), e.get("propertyTypes"), x.id());
      assertBox(x, e.get("geometry"));
    }
    Map<String, JsonNode> storeys = new HashMap<>();
    ifc.get("storeys").forEach(st -> storeys.put(st.get("name").asText(), st));
    for (int k = 1; k <= 2; k++) {
      List<String> contains = new ArrayList<>();
      storeys.get("added storey " + k).get("contains").forEach(n -> contains.add(n.asText()));
      assertEquals(k == 1, contains.contains("lift 1"), "the lift stands in its lowest module's storey");
      assertFalse(contains.contains("test-lift-S" + k), "a part is not contained: its whole is");
      assertEquals(json.valueToTree(List.of("test-lift-S" + k)), storeys.get("added storey " + k).get("references"));
    }
    JsonNode type = null;
    for (JsonNode t : ifc.get("types")) {
      if (t.get("name").asText().equals("LIFT")) {
        type = t;
      }
    }
    assertEquals("IfcBuildingElementProxyType", type.get("type").asText());
    assertEquals(json.valueToTree(lifts), type.get("typed"));
    assertEquals(json.valueToTree(Map.of("Reference", "LIFT")),
        type.at("/propertySets/Pset_BuildingElementProxyCommon/values"));
    assertTotals(s, ifc);
  }

  /** A lift is a run of consecutive storeys at one footprint: a storey missing or another place starts another. */
  @Test
  void liftStacksAreRunsOfConsecutiveStoreysAtOneFootprint() {
    Map<String, PropertyValue> props = module("LIFT", "Lift", 3000, 80_000);
    List<Solid> solids = new ArrayList<>();
    int[][] modules = {{0, 4}, {0, 1}, {9000, 1}, {0, 2}, {0, 5}};
    for (int[] m : modules) {
      solids.add(new Solid("L" + m[0] + "-S" + m[1], Part.LIFT_MODULE, m[1], Geometries.box(m[0], 0, 2400, 2700),
          3000 * m[1], 3000 * m[1] + 3000, props));
    }
    solids.add(new Solid("D-S1", Part.DWELLING_MODULE, 1, Geometries.box(0, 0, 2400, 2700), 3000, 6000, props));
    List<String> stacks = LiftStack.of(solids).stream().map(l -> l.name() + ": " + String.join(" ", l.modules()
        .stream().map(Solid::id).toList())).toList();
    assertEquals(List.of("lift 1: L0-S1 L0-S2", "lift 2: L9000-S1", "lift 3: L0-S4 L0-S5"), stacks);
  }

  /** The weights and areas of {@code s}'s elements read back, as quantities and as properties, total the scene's. */
  private static void assertTotals(ExportScene s, JsonNode ifc) {
    double[] scene = new double[3];
    for (Solid x : s.solids()) {
      scene[0] += x.properties().get("massKg") instanceof PropertyValue.Measure m ? m.value() : 0;
      scene[1] += x.properties().get("usableAreaM2") instanceof PropertyValue.Measure m ? m.value() : 0;
      scene[2] += x.properties().get("areaM2") instanceof PropertyValue.Measure m ? m.value() : 0;
    }
    double[] quantities = new double[3];
    double[] properties = new double[3];
    for (JsonNode e : ifc.get("elements")) {
      quantities[0] += e.at("/quantities/values/GrossWeight").asDouble(0);
      quantities[1] += e.at("/quantities/values/UsableFloorArea").asDouble(0);
      properties[0] += e.at("/properties/massKg").asDouble(0);
      properties[1] += e.at("/properties/usableAreaM2").asDouble(0);
      properties[2] += e.at("/properties/areaM2").asDouble(0);
    }
    assertTrue(scene[0] > 0 && scene[1] > 0, "weights and usable areas to total");
    for (int i = 0; i < 3; i++) {
      assertEquals(scene[i], properties[i], 1e-3, "property total " + i);
    }
    assertEquals(scene[0], quantities[0], 1e-3, "GrossWeight total");
    assertEquals(scene[1], quantities[1], 1e-3, "UsableFloorArea total");
  }

  /**
   * {@link #SLAB_SCENE}, its solved layout's stair modules (module type STAIR) as part {@code stair}, with a lift
   * module (LIFT) of part {@code lift} on each added storey west of the slab (the slab's layout has none), with a
   * mass, cost and carbon as {@link BomFigures} gives a module's, and storey 1's extended stair core and lift shaft.
   */
  private static ExportScene withStairsAndLifts(Part stair, Part lift) {
    List<Solid> solids = new ArrayList<>();
    for (Solid x : SLAB_SCENE.solids()) {
      solids.add(x.part() != Part.STAIR_MODULE ? x : new Solid(x.id(), stair, x.storey(), x.footprint(), x.baseMm(),
          x.topMm(), x.properties()));
    }
    for (int k = 1; k <= 2; k++) {
      int floorMm = SLAB_SCENE.floorLevelsMm().get(k);
      solids.add(new Solid("test-lift-S" + k, lift, k, Geometries.box(-8000, 7000, 2400, 2700), floorMm,
          floorMm + 3000, module("LIFT", "Lift", 3000, 80_000)));
    }
    int floorMm = SLAB_SCENE.floorLevelsMm().get(1);
    solids.add(new Solid("test-stair-core-0-S1", Part.STAIR_CORE_EXTENSION, 1, Geometries.box(-12000, 0, 2600, 5000),
        floorMm, floorMm + 3000, Map.of("massKg", PropertyValue.measure(20_000, PropertyValue.Unit.KILOGRAM))));
    solids.add(new Solid("test-lift-shaft-S1", Part.LIFT_EXTENSION, 1, Geometries.box(-12000, 7000, 2000, 2000),
        floorMm, floorMm + 3000, Map.of("massKg", PropertyValue.measure(9_000, PropertyValue.Unit.KILOGRAM))));
    return new ExportScene(SLAB_SCENE.buildingId(), SLAB_SCENE.buildingName(), SLAB_SCENE.source(), SLAB_SCENE.crs(),
        0, 0, OptionalDouble.empty(), SLAB_SCENE.existingLevelsMm(), SLAB_SCENE.floorLevelsMm(),
        SLAB_SCENE.properties(), solids);
  }

  /** A module's properties: its type, name, mass (kg), cost (EUR) and carbon (kg CO2e). */
  private static Map<String, PropertyValue> module(String type, String name, double massKg, double costEur) {
    return Map.of("moduleType", PropertyValue.text(type), "name", PropertyValue.text(name), "massKg",
        PropertyValue.measure(massKg, PropertyValue.Unit.KILOGRAM), "costEur", PropertyValue.measure(costEur,
            PropertyValue.Unit.EURO), "carbonKgCo2e", PropertyValue.measure(massKg / 10, PropertyValue.Unit.KG_CO2E),
        "wing", PropertyValue.count(0));
  }

  /**
   * The IFC4 class a part is written as: a gallery's deck an IfcSlab, a stair module an IfcStair, anything else (a lift
   * module, a part of its lift, an IfcTransportElement; an extended stair core or lift shaft too) an
   * IfcBuildingElementProxy.
   */
  private static String ifcClass(Part part) {
    return switch (part) {
      case GALLERY -> "IfcSlab";
      case STAIR_MODULE -> "IfcStair";
      default -> "IfcBuildingElementProxy";
    };
  }

  /** The buildingSMART common property set of the class {@code part} is written as ({@link #ifcClass}). */
  private static String commonSet(Part part) {
    return TYPE_SETS.get(ifcClass(part) + "Type");
  }

  /** The common property set of each type object's class, by the class's name. */
  private static final Map<String, String> TYPE_SETS = Map.of("IfcSlabType", "Pset_SlabCommon", "IfcStairType",
      "Pset_StairCommon", "IfcTransportElementType", "Pset_TransportElementCommon", "IfcBuildingElementProxyType",
      "Pset_BuildingElementProxyCommon");

  /**
   * A QA pass found every property an IfcLabel, {@code IFCLABEL('5904')} for a mass and {@code IFCLABEL('143120.')}
   * for the origin, which no BIM tool can total: numbers are typed measures in the units the project declares (mass
   * in kg, money in EUR), written as STEP reals or integers, and no label holds a number.
   */
  @Test
  void numbersAreTypedMeasuresInTheProjectsUnitsAndNoLabelHoldsANumber() throws Exception {
    ExportScene rd = copy(SLAB_SCENE, "slab", "Slab", "EPSG:28992");
    String text = IfcWriter.text(rd);
    assertTrue(text.contains("=IFCSIUNIT(*,.MASSUNIT.,.KILO.,.GRAM.);"), "mass in kg");
    assertTrue(text.contains("=IFCMONETARYUNIT('EUR');"), "money in EUR");
    assertTrue(text.contains("=IFCPROPERTYSINGLEVALUE('originXM',$,IFCLENGTHMEASURE(155000.5),$);"), "origin, m");
    int values = 0;
    for (String l : text.lines().filter(x -> x.contains("=IFCPROPERTYSINGLEVALUE(")).toList()) {
      values++;
      String v = l.replaceAll("^#\\d+=IFCPROPERTYSINGLEVALUE\\('[^']*',\\$,(.*),\\$\\);$", "$1");
      assertTrue(v.matches("IFC(LABEL|TEXT|IDENTIFIER)\\('.*'\\)|IFCBOOLEAN\\(\\.[TF]\\.\\)|IFCINTEGER\\(-?\\d+\\)"
          + "|IFC(LENGTH|AREA|MASS|MONETARY)MEASURE\\(-?\\d+\\.\\d*\\)|IFCREAL\\(-?\\d+\\.\\d*\\)"), l);
      assertFalse(v.matches("IFC(LABEL|TEXT)\\('-?[\\d.]+'\\)|IFC(LABEL|TEXT)\\('(true|false)'\\)"),
          "a number or yes/no as text: " + l);
    }
    assertTrue(values > 10 * SLAB_SCENE.solids().size() / 2, values + " values");

    JsonNode ifc = read(rd, "typed.ifc");
    assertEquals("KILO GRAM", ifc.at("/units/MASSUNIT").asText(), ifc.get("units").toString());
    assertEquals("EUR", ifc.at("/units/MONETARYUNIT").asText());
    assertEquals("METRE", ifc.at("/units/LENGTHUNIT").asText());
    assertEquals("SQUARE_METRE", ifc.at("/units/AREAUNIT").asText());
    assertEquals(155000.5, ifc.at("/buildingProperties/originXM").asDouble(), 1e-9);
    assertEquals("IfcLengthMeasure", ifc.at("/buildingPropertyTypes/originXM").asText());
  }

  @Test
  void globalIdsAreUniqueAndValidAndTheSameSceneGivesTheSameBytes() throws Exception {
    String text = IfcWriter.text(SLAB_SCENE);
    ExportScene again = ExportScene.of(ExportSceneTest.SLAB, ExportSceneTest.LAYOUT, Fixtures.catalog());
    assertEquals(text, IfcWriter.text(again));
    StringWriter w = new StringWriter();
    IfcWriter.write(again, w);
    assertEquals(text, w.toString());
    assertTrue(text.contains("FILE_NAME('slab.ifc','" + IfcWriter.TIMESTAMP + "'"), "a fixed time stamp");
    // no IfcOwnerHistory (IFC4: optional), which could only hold an invented user and a false creation date
    // (IfcWriter's Javadoc): every rooted entity's second attribute, OwnerHistory, is unset
    assertFalse(text.contains("IFCOWNERHISTORY") || text.contains("IFCPERSON") || text.contains("IFCAPPLICATION"));
    assertTrue(text.lines().filter(l -> l.matches("#\\d+=[A-Z0-9]+\\('[0-9A-Za-z_$]{22}',.*"))
        .allMatch(l -> l.matches("#\\d+=[A-Z0-9]+\\('[0-9A-Za-z_$]{22}',\\$,.*")), "OwnerHistory unset");
    // qa50: the caveat travels in the written file, as a label a BIM tool schedules beside the figures
    assertTrue(text.contains("IFCPROPERTYSINGLEVALUE('figuresNote',$,IFCLABEL('" + ExportScene.FIGURES_NOTE
        .replace("'", "''") + "'),$)"), text);

    JsonNode ifc = read(SLAB_SCENE, "slab.ifc");
    List<String> ids = new ArrayList<>();
    ifc.get("globalIds").forEach(g -> ids.add(g.asText()));
    // project, site, building, storeys, elements, spaces, zones and their relations: well over one per solid
    assertTrue(ids.size() > 2 * SLAB_SCENE.solids().size(), ids.size() + " GlobalIds");
    assertEquals(ids.size(), new HashSet<>(ids).size(), "unique GlobalIds");
    for (String id : ids) {
      assertTrue(id.matches("[0-3][0-9A-Za-z_$]{21}"), id);
    }
    String other = IfcWriter.text(copy(SLAB_SCENE, "another-slab", SLAB_SCENE.buildingName(), "local"));
    assertFalse(other.contains(ids.get(0)), "another building gets other ids");

    assertEquals("0000000000000000000000", IfcGlobalId.of(new byte[16]));
    byte[] ones = new byte[16];
    java.util.Arrays.fill(ones, (byte) 0xFF);
    assertEquals("3$$$$$$$$$$$$$$$$$$$$$", IfcGlobalId.of(ones));
    byte[] one = new byte[16];
    one[15] = 65;
    assertEquals("0000000000000000000011", IfcGlobalId.of(one));
  }

  @Test
  void anEpsgSceneIsGeoreferencedAtItsOriginAndALocalOneIsNot() throws Exception {
    ExportScene rd = copy(SLAB_SCENE, "slab", "Slab", "EPSG:28992");
    JsonNode ifc = read(rd, "rd.ifc");
    assertEquals(1, ifc.get("mapConversion").size());
    JsonNode m = ifc.get("mapConversion").get(0);
    assertEquals("EPSG:28992", m.get("crs").asText());
    assertEquals(155000.5, m.get("eastings").asDouble(), 1e-9);
    assertEquals(463000.25, m.get("northings").asDouble(), 1e-9);
    assertEquals(0, m.get("orthogonalHeight").asDouble());
    assertEquals("IfcGeometricRepresentationContext", m.get("source").asText());

    assertTrue(ifc.get("site").get("refElevation").isNull(), "no ground level, no site elevation");

    assertEquals("local", SLAB_SCENE.crs());
    assertEquals(0, read(SLAB_SCENE, "local.ifc").get("mapConversion").size());
    assertFalse(IfcWriter.text(SLAB_SCENE).contains("IFCPROJECTEDCRS"));
  }

  @Test
  void anRdSceneWithAGroundLevelStandsAtItsHeightAboveNap() throws Exception {
    ExportScene rd = withGround(copy(SLAB_SCENE, "slab", "Slab", "EPSG:28992"), 2.74);
    String text = IfcWriter.text(rd);
    assertTrue(text.matches("(?s).*\n#\\d+=IFCMAPCONVERSION\\(#\\d+,#\\d+,155000\\.5,463000\\.25,2\\.74,1\\.,0\\.,1\\."
        + "\\);\n.*"), "the map conversion's OrthogonalHeight is the ground level");
    assertTrue(text.contains("=IFCPROJECTEDCRS('EPSG:28992','Amersfoort / RD New; heights in m above NAP (EPSG:5709,"
        + " NAP height)',$,'NAP',$,$,#"), "the CRS's fourth attribute, VerticalDatum, is NAP");

    JsonNode ifc = read(rd, "rd-nap.ifc");
    JsonNode m = ifc.get("mapConversion").get(0);
    assertEquals(2.74, m.get("orthogonalHeight").asDouble(), 1e-9);
    assertEquals("NAP", m.get("verticalDatum").asText());
    assertEquals("EPSG:28992", m.get("crs").asText());
    assertEquals(155000.5, m.get("eastings").asDouble(), 1e-9);
    assertEquals(2.74, ifc.get("building").get("elevationOfRefHeight").asDouble(), 1e-9);
    assertEquals(2.74, ifc.get("site").get("refElevation").asDouble(), 1e-9, "the site's datum above sea level");
    assertEquals(2.74, ifc.get("buildingProperties").path("groundLevelNapM").asDouble(), 1e-9,
        "in the building's pset");
    assertEquals("IfcLengthMeasure", ifc.at("/buildingPropertyTypes/groundLevelNapM").asText());
    assertEquals("EPSG:28992", ifc.get("buildingProperties").path("crs").asText());
    assertTrue(text.matches("(?s).*\n#\\d+=IFCSITE\\('[^']+',\\$,'Site',\\$,\\$,#\\d+,\\$,\\$,\\.ELEMENT\\.,"
        + "\\$,\\$,2\\.74,\\$,\\$\\);\n.*"), "RefElevation, the twelfth attribute");
    // the model itself keeps its levels above the ground: the map conversion places it
    List<String> storeys = new ArrayList<>();
    ifc.get("storeys").forEach(st -> storeys.add(st.get("name").asText() + "@" + st.get("elevation").asDouble()));
    assertEquals("existing 0@0.0", storeys.get(0));
    Map<String, JsonNode> byName = new HashMap<>();
    ifc.get("elements").forEach(e -> byName.put(e.get("name").asText(), e));
    for (Solid x : rd.solids()) {
      assertBox(x, byName.get(x.id()).get("geometry"));
    }

    // below NAP, as much of the west is
    String below = IfcWriter.text(withGround(rd, -0.458));
    assertTrue(below.contains(",155000.5,463000.25,-0.458,1.,0.,1.);"), "a negative height");
  }

  @Test
  void aGroundLevelChangesOnlyTheGeoreferencingAndTheBuildingsPropertiesAndPlacesOnlyInRdNew() throws Exception {
    ExportScene rd = copy(SLAB_SCENE, "slab", "Slab", "EPSG:28992");
    assertEquals(List.of("IFCPROJECTEDCRS", "IFCMAPCONVERSION", "IFCSITE", "IFCBUILDING", "+IFCPROPERTYSINGLEVALUE",
        "IFCPROPERTYSET"), changes(rd, 2.74));

    // a local frame, or another EPSG code, has no NAP georeferencing: only the building's property, beside its crs
    ExportScene other = copy(SLAB_SCENE, "slab", "Slab", "EPSG:3857");
    for (ExportScene s : List.of(SLAB_SCENE, other)) {
      assertEquals(List.of("+IFCPROPERTYSINGLEVALUE", "IFCPROPERTYSET"), changes(s, 2.74), s.crs());
    }
    JsonNode local = read(withGround(SLAB_SCENE, -0.458), "local-nap.ifc");
    assertEquals(-0.458, local.get("buildingProperties").path("groundLevelNapM").asDouble(), 1e-9);
    assertEquals("local", local.get("buildingProperties").path("crs").asText());
    assertEquals(0, local.get("mapConversion").size());
    assertTrue(local.get("site").get("refElevation").isNull(), "not placed outside RD New");
    assertTrue(local.get("building").get("elevationOfRefHeight").isNull(), "not placed outside RD New");
  }

  /**
   * The entities of {@code scene}'s text that a ground level of {@code napM} changes, in file order, with their
   * {@code #n} numbers ignored (an added entity renumbers those after it): a changed line by its entity's name, an
   * added one with {@code +}; none may be removed.
   */
  private static List<String> changes(ExportScene scene, double napM) {
    List<String> without = IfcWriter.text(scene).lines().map(l -> l.replaceAll("#\\d+", "#")).toList();
    List<String> with = IfcWriter.text(withGround(scene, napM)).lines().map(l -> l.replaceAll("#\\d+", "#")).toList();
    List<String> changed = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < with.size(); i++) {
      String entity = with.get(i).replaceAll("^#=([A-Z0-9]+)\\(.*", "$1");
      if (j < without.size() && with.get(i).equals(without.get(j))) {
        j++;
      } else if (j < without.size() && i + 1 < with.size() && with.get(i + 1).equals(without.get(j))) {
        changed.add("+" + entity);
      } else {
        changed.add(entity);
        j++;
      }
    }
    assertEquals(without.size(), j, "no line removed");
    return changed;
  }

  @Test
  void apostrophesBackslashesAndNonAsciiTextSurviveTheStepEncoding() throws Exception {
    String name = "Flat 'de Zon' © é";
    String source = "3D BAG, © 3D BAG by tudelft3d and 3DGI, CC BY 4.0; C:\\data\\bag; 72 m² ≤ ∞";
    Solid box = new Solid("box 'A' é", Part.DWELLING_MODULE, 1, Geometries.box(0, 0, 6000, 3000), 8400, 11400,
        Map.of("note", PropertyValue.text("Zoë's \\ 12 m² \uD83C\uDFE0\nline 2"), "dwelling",
            PropertyValue.text("W-1 'ß'"), "dwellingType", PropertyValue.text("2-kamer")));
    ExportScene s = new ExportScene("flat-'é'", name, source, "local", 0, 0, OptionalDouble.empty(), List.of(0),
        Map.of(1, 8400), Map.of("credit", PropertyValue.text("© 3D BAG by tudelft3d and 3DGI")), List.of(box));
    String text = IfcWriter.text(s);
    assertTrue(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F)), "the file is printable ASCII");
    assertTrue(text.contains("'Flat ''de Zon'' \\X2\\00A9\\X0\\ \\X2\\00E9\\X0\\'"), "the name, escaped");
    assertTrue(text.contains(" 12 m\\X2\\00B2\\X0\\ \\X4\\0001F3E0\\X0\\\\X2\\000A\\X0\\line 2'"), "beyond the BMP");

    JsonNode ifc = read(s, "escaped.ifc");
    assertEquals(name, ifc.get("project").get("name").asText());
    assertEquals(source, ifc.get("project").get("description").asText());
    assertEquals(source, ifc.get("buildingProperties").get("source").asText());
    assertEquals("© 3D BAG by tudelft3d and 3DGI", ifc.get("buildingProperties").get("credit").asText());
    JsonNode e = ifc.get("elements").get(0);
    assertEquals("box 'A' é", e.get("name").asText());
    assertEquals("Zoë's \\ 12 m² \uD83C\uDFE0\nline 2", e.get("properties").get("note").asText());
    assertEquals("W-1 'ß'", ifc.get("zones").get(0).get("name").asText());
  }

  @Test
  void aFootprintWithAHoleIsAProfileWithVoidsAndItsVolumeLacksTheHole() throws Exception {
    Polygon ring = (Polygon) new WKTReader(Geometries.FACTORY).read(
        "POLYGON ((1000 2000, 11000 2000, 11000 10000, 1000 10000, 1000 2000),"
            + " (4000 5000, 8000 5000, 8000 7000, 4000 7000, 4000 5000))");
    Solid court = new Solid("court", Part.ROOF_OBSTACLE, 0, ExportScene.oriented(ring), 8400, 11400, Map.of());
    ExportScene s = new ExportScene("ring", "Ring", "", "local", 0, 0, OptionalDouble.empty(), List.of(0), Map.of(),
        Map.of(), List.of(court));
    String text = IfcWriter.text(s);
    assertTrue(text.contains("IFCARBITRARYPROFILEDEFWITHVOIDS(.AREA.,$,"), text);
    assertFalse(text.contains("IFCARBITRARYCLOSEDPROFILEDEF("));

    JsonNode g = read(s, "ring.ifc").get("elements").get(0).get("geometry");
    assertBox(court, g);
    assertEquals((80 - 8) * 3.0, g.get("volume").asDouble(), 1e-3, "10 x 8 m less a 4 x 2 m hole, 3 m high");
  }

  /**
   * The SHA-256 of the IFC text of the shapes of {@link GltfWriterTest#SHAPES} (fixed, not solved), in RD New and in a
   * local frame: a building without a ground level is written without any trace of one, to the byte. Pinned anew when
   * the properties became typed (the unit assignment gained kilogram and euro, the storey and counts became
   * IfcInteger, the origin IfcLengthMeasure: the rest of the text as before); again when the existing storeys came
   * (the shapes' one storey "existing" is "existing 0": the rest as before), and the quantity sets (added after each
   * element but the obstacles: the rest as before), and the buildingSMART common property sets (each element's
   * Pset_BuildingElementProxyCommon or Pset_SlabCommon after its Toplaag_Properties, and once PEnum_ElementStatus:
   * only lines added); not when stair and lift modules became IfcStair and IfcTransportElement, since the shapes have
   * neither. A deliberate change of the writer's output changes these; then check the new text and put its hashes here.
   */
  @Test
  void aSceneWithoutAGroundLevelGivesThePinnedBytes() throws Exception {
    ExportScene rd = GltfWriterTest.SHAPES;
    assertEquals("83d4cd19a52722005ab21e32df5e817714aa5aefc48a126f0ac061952eebfc2a", sha256(IfcWriter.text(rd)));
    assertEquals("594ced77930f3547e7ec6dce86f00cb23ecc90b93acf18f8f1b73a2ac59245ca",
        sha256(IfcWriter.text(copy(rd, rd.buildingId(), rd.buildingName(), "local"))));
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes, in hex. */
  static String sha256(String text) throws java.security.NoSuchAlgorithmException {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, in hex. */
  static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** {@code scene} with its ground level {@code napM} m above NAP. */
  private static ExportScene withGround(ExportScene scene, double napM) {
    return new ExportScene(scene.buildingId(), scene.buildingName(), scene.source(), scene.crs(), scene.originXM(),
        scene.originYM(), OptionalDouble.of(napM), scene.existingLevelsMm(), scene.floorLevelsMm(), scene.properties(),
        scene.solids());
  }

  /** {@code scene} under another id, name and crs (origin 155000.5, 463000.25 m). */
  private static ExportScene copy(ExportScene scene, String id, String name, String crs) {
    return new ExportScene(id, name, scene.source(), crs, 155000.5, 463000.25, scene.groundLevelNapM(),
        scene.existingLevelsMm(), scene.floorLevelsMm(),
        scene.properties(), scene.solids());
  }

  /** Asserts web-ifc's Y-up world box {@code g} (x, IFC z, -IFC y) is {@code x}'s footprint envelope and levels. */
  private static void assertBox(Solid x, JsonNode g) {
    assertTrue(g != null && !g.isNull(), x.id() + " has no mesh");
    Envelope env = x.footprint().getEnvelopeInternal();
    double[] min = {g.get("min").get(0).asDouble(), g.get("min").get(1).asDouble(), g.get("min").get(2).asDouble()};
    double[] max = {g.get("max").get(0).asDouble(), g.get("max").get(1).asDouble(), g.get("max").get(2).asDouble()};
    assertEquals(env.getMinX() / 1000, min[0], MM, x.id() + " min x");
    assertEquals(env.getMaxX() / 1000, max[0], MM, x.id() + " max x");
    assertEquals(env.getMinY() / 1000, -max[2], MM, x.id() + " min y");
    assertEquals(env.getMaxY() / 1000, -min[2], MM, x.id() + " max y");
    assertEquals(x.baseMm() / 1000.0, min[1], MM, x.id() + " base");
    assertEquals(x.topMm() / 1000.0, max[1], MM, x.id() + " top");
  }

  /** {@code scene} written to {@code name} and read by web-ifc ({@code read-ifc.js}), which must exit 0. */
  private JsonNode read(ExportScene scene, String name) throws IOException, InterruptedException {
    return read(scene, dir.resolve(name));
  }

  /** {@code scene} written to {@code file} and read by web-ifc ({@code read-ifc.js}), which must exit 0. */
  static JsonNode read(ExportScene scene, Path file) throws IOException, InterruptedException {
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      IfcWriter.write(scene, w);
    }
    NodeValidators.Run run = NodeValidators.run("read-ifc.js", file.toString());
    assertEquals(0, run.exitCode(), run.output());
    String json = run.output().lines().filter(l -> l.startsWith("IFC-JSON ")).findFirst()
        .orElseThrow(() -> new AssertionError("no IFC-JSON line in: " + run.output()));
    return new ObjectMapper().readTree(json.substring("IFC-JSON ".length()));
  }

  /** The IFC type web-ifc names a measure in each unit by, as the project's unit assignment gives the units. */
  static final Map<PropertyValue.Unit, String> IFC_TYPES = Map.of(PropertyValue.Unit.METRE, "IfcLengthMeasure",
      PropertyValue.Unit.SQUARE_METRE, "IfcAreaMeasure", PropertyValue.Unit.KILOGRAM, "IfcMassMeasure",
      PropertyValue.Unit.EURO, "IfcMonetaryMeasure", PropertyValue.Unit.KG_CO2E, "IfcReal");

  /**
   * Asserts that web-ifc read {@code expected} back, each property with its value and IFC type: a text as an
   * IfcLabel or IfcText string, yes or no as an IfcBoolean, a count as an IfcInteger, a measure as the number in the
   * type of its unit ({@link #IFC_TYPES}), to 6 decimals; and nothing else.
   */
  static void assertTyped(Map<String, PropertyValue> expected, JsonNode values, JsonNode types, String what) {
    assertNotEquals(null, values, what + ": no properties");
    Set<String> names = new TreeSet<>();
    values.fieldNames().forEachRemaining(names::add);
    assertEquals(new TreeSet<>(expected.keySet()), names, what);
    expected.forEach((name, v) -> {
      JsonNode value = values.get(name);
      String type = types.path(name).asText();
      String at = what + " " + name;
      if (v instanceof PropertyValue.Text t) {
        assertTrue(value.isTextual() && type.matches("IfcLabel|IfcText"), at + ": " + value + " " + type);
        assertEquals(t.value(), value.asText(), at);
      } else if (v instanceof PropertyValue.Flag f) {
        assertTrue(value.isBoolean(), at + ": " + value);
        assertEquals("IfcBoolean", type, at);
        assertEquals(f.value(), value.asBoolean(), at);
      } else if (v instanceof PropertyValue.Count c) {
        assertTrue(value.isIntegralNumber(), at + ": " + value);
        assertEquals("IfcInteger", type, at);
        assertEquals(c.value(), value.asLong(), at);
      } else {
        PropertyValue.Measure m = (PropertyValue.Measure) v;
        assertTrue(value.isNumber(), at + ": " + value);
        assertEquals(IFC_TYPES.get(m.unit()), type, at);
        assertEquals(m.value(), value.asDouble(), 1e-6, at);
      }
    });
  }
}

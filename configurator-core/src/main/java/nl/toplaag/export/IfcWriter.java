package nl.toplaag.export;

import static nl.toplaag.export.IfcStep.enumeration;
import static nl.toplaag.export.IfcStep.metres;
import static nl.toplaag.export.IfcStep.optional;
import static nl.toplaag.export.IfcStep.real;
import static nl.toplaag.export.IfcStep.refs;
import static nl.toplaag.export.IfcStep.string;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.toplaag.export.PropertyValue.Unit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes an {@link ExportScene} as an IFC4 file (ISO 10303-21 text) for an architect's BIM tool. Written by hand,
 * entity by entity, so the same scene gives the same bytes: no clock, no random ids, no map without an order.
 *
 * <p>What the file holds:
 * <ul>
 *   <li>Header: {@code FILE_SCHEMA(('IFC4'))}; {@code FILE_NAME}'s time stamp is the constant {@link #TIMESTAMP},
 *       not the time of writing, so that the bytes stay the same.
 *   <li>Units: metre, square metre, cubic metre, radian, kilogram ({@code KILO GRAM}) and euro
 *       ({@code IfcMonetaryUnit} {@value #CURRENCY}); a 3D {@code Model} context with a {@code Body}
 *       sub-context. Where the scene's {@code crs} is an EPSG code: an {@code IfcProjectedCRS} of that name and an
 *       {@code IfcMapConversion} from the context with Eastings/Northings = the scene's origin (m) and no rotation.
 *       Its orthogonal height is 0 (the model's levels, above the ground, stand at 0), except in RD New
 *       ({@value #RD_NEW}) where the scene knows its ground level above NAP: then the height is that ground level
 *       (m above NAP), the CRS's vertical datum is {@value #NAP} (its description names EPSG:5709, NAP height),
 *       and the site's {@code RefElevation} (its datum's elevation above sea level) and the building's
 *       {@code ElevationOfRefHeight} are that level too, so the model stands at its height above NAP.
 *       A {@code "local"} scene has neither entity.
 *   <li>The ground level above NAP and the crs (the rule {@link GltfWriter} follows too): a level the scene knows is
 *       given in any crs as the building's property {@code groundLevelNapM}, beside its {@code crs}, named as NAP:
 *       the building file states it, and a GIS user reads it as NAP whatever the horizontal frame. The model is
 *       placed by it (the georeferencing above) only in RD New, the frame NAP belongs to (RD New + NAP is
 *       EPSG:7415), where the CRS can truthfully say its heights are NAP; a local frame has no CRS to say so, and
 *       another EPSG code (which building files do not allow) is not paired with NAP.
 *   <li>Spatial structure: {@code IfcProject} (named after the building, its source and credits as description)
 *       → {@code IfcSite} → {@code IfcBuilding} (name = building id, long name = building name, a property set with
 *       the building's data (id, name, source, crs, origin, {@code groundLevelNapM}) and the layout's properties)
 *       → one {@code IfcBuildingStorey} per existing floor, "existing i" at its level ({@link
 *       ExportScene#existingLevelsMm}: i x the building file's storey height, "existing 0" at 0 m), then "added storey
 *       k" (elevation = the floor level of storey k). The existing building is one element (one per roof height),
 *       not cut into floors, so it is contained in "existing 0", where it stands, and referenced
 *       ({@code IfcRelReferencedInSpatialStructure}) in each existing storey it reaches up through, as IFC4 places an
 *       element that spans several storeys (its example: a lift shaft contained in the basement, referenced by the
 *       storeys it passes); the kept roof obstacles in the top existing storey, on whose roof they stand; each added
 *       part in its added storey, but a lift module, a part of its lift (below): the lift is contained in its lowest
 *       module's storey, and each module referenced in its own.
 *   <li>One element per solid, placed at its footprint's south-west corner and base level: an
 *       {@code IfcExtrudedAreaSolid} of an {@code IfcArbitraryClosedProfileDef} (an {@code IfcPolyline} in m;
 *       {@code IfcArbitraryProfileDefWithVoids} where the footprint has holes). Its class ({@link IfcElementClass})
 *       lets a BIM user schedule the stairs and lifts by class: gallery decks are {@code IfcSlab}, stair modules
 *       {@code IfcStair}, everything else an {@code IfcBuildingElementProxy}: a lift module (a part of its lift,
 *       below), an extended existing stair core or lift shaft too (its enclosure, built on site, is neither a stair nor
 *       a lift car). Its object type is its module type where it has one, else the part's label; its predefined type
 *       is unset ($) where a type object types it (below: IFC4 takes it from the type's), else {@code .USERDEFINED.}.
 *       Name = the solid's id; description = its module type where it has one.
 *   <li>One {@code IfcTransportElement} of {@code .ELEVATOR.} (its own PredefinedType; no type object) per lift, a
 *       stack of lift modules (each one storey high, carrying the car through it) on consecutive storeys at one
 *       footprint ({@link LiftStack}), so that a schedule of elevators counts lifts, not lift storeys: named
 *       "lift n", object type "lift", placed at its lowest module's south-west corner and base, contained in that
 *       module's storey, with no shape and no quantities of its own (its modules carry them, so that a take-off
 *       counts each once), its property set {@value #PSET} (part "lift", {@code storey} and {@code topStorey}, its
 *       lowest and top storey) and {@code Pset_TransportElementCommon} with {@code Status} alone; decomposed
 *       ({@code IfcRelAggregates}, IFC4's whole and parts) into its modules, each placed relative to it (IFC4's
 *       convention for a part) and, since IFC4 contains the whole and not its parts in the spatial structure,
 *       referenced ({@code IfcRelReferencedInSpatialStructure}) in its own storey instead.
 *   <li>A property set {@value #PSET} per element and for the building, each value typed, and per element its IFC
 *       class's buildingSMART common property set, with IFC4's {@code PEnum_ElementStatus} written once: see
 *       {@link IfcProperties}.
 *   <li>Per element but a kept roof obstacle and a lift an {@code IfcElementQuantity}, a gallery's deck
 *       {@value #SLAB_QTO}, any other {@value #QTO}: see {@link IfcQuantities}.
 *   <li>Per module type a type object, declared in the project ({@code IfcRelDeclares}) and typing its elements
 *       ({@code IfcRelDefinesByType}): an {@code IfcSlabType} for a gallery module, an {@code IfcStairType} for a stair
 *       module, else an {@code IfcBuildingElementProxyType} (a lift module's too); {@code .USERDEFINED.} (the scene
 *       does not know a stair's form, which IFC4's other stair types name); named (and its element type) after the
 *       module type, its description the module's name, and through {@code HasPropertySets} its class's common
 *       property set with what its elements share ({@code Reference}; a gallery deck's {@code IsExternal},
 *       {@code LoadBearing}), no {@code Status}, which belongs to an occurrence.
 *   <li>Per dwelling an {@code IfcZone} (name = dwelling id, object type = dwelling type) grouping one
 *       {@code IfcSpace} per module of the dwelling (the module's volume). IFC4's rule WR1 of {@code IfcZone} allows
 *       only spaces and zones in a zone, so the modules themselves are not its members; their property set names
 *       the dwelling.
 * </ul>
 * No {@code IfcOwnerHistory}: IFC4 made {@code IfcRoot.OwnerHistory} OPTIONAL (it was mandatory in IFC2x3), and an
 * honest one cannot be written. Its {@code OwningUser} is an {@code IfcPersonAndOrganization} whose {@code IfcPerson}
 * must have an identification or a name (IFC4's rule IdentifiablePerson), which the scene does not know; its mandatory
 * {@code CreationDate} would be either the time of writing, which would change the bytes, or a fixed date such as
 * {@link #TIMESTAMP}, which would be false; and without a {@code LastModifiedDate} its {@code ChangeAction} may only be
 * {@code NOTDEFINED} (rule CorrectChangeAction). The header's {@code FILE_NAME} names the originating system,
 * Toplaag, instead; every {@code OwnerHistory} is unset ($).
 *
 * <p>GlobalIds ({@link IfcEntities#guid}) are {@link IfcGlobalId#of hashes} of the building id, the entity's role
 * and the solid's id (a lift's: its lowest module's). Element and space share one {@code IfcProductDefinitionShape}
 * (IFC4 allows 1:N). Levels in the model are above the ground at the entrance; where that ground level is known above
 * NAP in RD New, the georeferencing above adds it.
 */
public final class IfcWriter {

  /** The time stamp in {@code FILE_NAME}: a constant, so that the same scene gives the same bytes. */
  public static final String TIMESTAMP = "1970-01-01T00:00:00";

  /** The name of the property sets the writer gives the elements and the building. */
  public static final String PSET = "Toplaag_Properties";

  /**
   * The name of the quantity set of the elements for which IFC4 defines no standard one that fits
   * ({@link IfcQuantities}): every element but a gallery's deck and a roof obstacle.
   */
  public static final String QTO = "Toplaag_Quantities";

  /** The name of a gallery deck's quantity set, IFC4's standard one for a slab. */
  public static final String SLAB_QTO = "Qto_SlabBaseQuantities";

  /** The project's currency, an ISO 4217 code ({@code IfcMonetaryUnit}): the catalogue's and building's prices. */
  static final String CURRENCY = "EUR";

  private static final Pattern EPSG = Pattern.compile("EPSG:\\d+");

  /** RD New, the crs in which a ground level above NAP is written as the map conversion's height. */
  static final String RD_NEW = "EPSG:28992";

  /** The vertical datum of the heights in RD New with a known ground level: NAP (Normaal Amsterdams Peil). */
  static final String NAP = "NAP";

  /** The projected CRS's description where its heights are NAP. */
  private static final String NAP_CRS = "Amersfoort / RD New; heights in m above NAP (EPSG:5709, NAP height)";

  private final ExportScene scene;
  /** The DATA section being written. */
  private final IfcEntities entities;
  /** The property sets, written into {@link #entities}. */
  private final IfcProperties properties;
  /** The quantity sets, written into {@link #entities}. */
  private final IfcQuantities quantities;
  /** The spaces of each dwelling's modules, by dwelling id. */
  private final Map<String, List<Integer>> dwellingSpaces = new TreeMap<>();
  /** Each dwelling's type, by dwelling id. */
  private final Map<String, String> dwellingTypes = new TreeMap<>();
  /** The elements of each module type, by module type id. */
  private final Map<String, List<Integer>> typeElements = new TreeMap<>();
  /** A solid of each module type, by module type id: its part and name, which its type object takes. */
  private final Map<String, Solid> typeSolids = new TreeMap<>();
  /** The element of each solid, by solid id. */
  private final Map<String, Integer> elementOf = new TreeMap<>();
  /** The lifts: stacks of lift modules ({@link LiftStack#of}), in their order. */
  private final List<LiftStack> lifts;
  /** The lift of each lift module, by solid id. */
  private final Map<String, LiftStack> liftOf = new TreeMap<>();
  /** Each lift's element and its placement, by lift number; a lift's is written with its lowest module's storey. */
  private final Map<Integer, int[]> liftElements = new TreeMap<>();
  private int worldAxes;
  private int zUp;
  private int body;

  private IfcWriter(ExportScene scene) {
    this.scene = scene;
    this.entities = new IfcEntities(scene.buildingId());
    this.properties = new IfcProperties(entities);
    this.quantities = new IfcQuantities(entities);
    this.lifts = LiftStack.of(scene.solids());
    lifts.forEach(l -> l.modules().forEach(m -> liftOf.put(m.id(), l)));
  }

  /**
   * Writes {@code scene} as IFC4 text to {@code out} (UTF-8 or any ASCII superset: the text is ASCII); the caller
   * owns and closes {@code out}.
   *
   * @throws IllegalArgumentException where two solids share an id, which would give two objects one GlobalId
   */
  public static void write(ExportScene scene, Writer out) throws IOException {
    out.write(text(scene));
    out.flush();
  }

  /**
   * The IFC4 text of {@code scene}, pure ASCII.
   *
   * @throws IllegalArgumentException where two solids share an id, which would give two objects one GlobalId
   */
  static String text(ExportScene scene) {
    return new IfcWriter(scene).build();
  }

  /** The file's text: project, spatial structure, elements storey by storey, property sets, zones. */
  private String build() {
    int project = projectAndContext();
    OptionalDouble nap = groundLevelNapM();
    String napM = nap.isPresent() ? real(nap.getAsDouble()) : "$";
    int sitePlacement = add("IFCLOCALPLACEMENT", "$", "#" + worldAxes);
    // IfcSite: ..., CompositionType, RefLatitude, RefLongitude, RefElevation, LandTitleNumber, SiteAddress
    int site = add("IFCSITE", guid("site"), "$", string("Site"), "$", "$", "#" + sitePlacement, "$", "$",
        enumeration("ELEMENT"), "$", "$", napM, "$", "$");
    int buildingPlacement = add("IFCLOCALPLACEMENT", "#" + sitePlacement, "#" + worldAxes);
    int building = add("IFCBUILDING", guid("building"), "$", string(scene.buildingId()), "$", "$",
        "#" + buildingPlacement, "$", optional(scene.buildingName()), enumeration("ELEMENT"), napM, "$", "$");
    aggregate("project", project, List.of(site));
    aggregate("site", site, List.of(building));

    List<Integer> storeys = new ArrayList<>();
    List<Integer> existing = scene.existingLevelsMm();
    int top = existing.size() - 1;
    for (int i = 0; i <= top; i++) {
      // the existing building in the ground floor, where it stands, the kept obstacles on the top one, on whose roof
      // they stand; the role of the ground floor is storey 0's, as before there were existing storeys
      int k = i;
      List<Solid> solids = scene.solids().stream().filter(s -> !s.part().added()
          && (s.part() == Part.EXISTING_BUILDING ? k == 0 : k == top)).toList();
      storeys.add(storey(i == 0 ? "0" : "existing-" + i, "existing " + i, existing.get(i), solids, buildingPlacement));
    }
    for (int i = 1; i <= top; i++) {
      // the existing building reaches up through the storeys above its ground floor: referenced in each it reaches
      int levelMm = existing.get(i);
      List<Integer> through = scene.solids(Part.EXISTING_BUILDING).stream().filter(s -> s.topMm() > levelMm)
          .map(s -> elementOf.get(s.id())).toList();
      if (!through.isEmpty()) {
        add("IFCRELREFERENCEDINSPATIALSTRUCTURE", guid("references/existing-" + i), "$", "$", "$", refs(through),
            "#" + storeys.get(i));
      }
    }
    TreeMap<Integer, List<Solid>> added = new TreeMap<>();
    scene.floorLevelsMm().keySet().forEach(k -> added.put(k, new ArrayList<>()));
    scene.solids().stream().filter(s -> s.part().added())
        .forEach(s -> added.computeIfAbsent(Math.max(1, s.storey()), k -> new ArrayList<>()).add(s));
    added.forEach((k, solids) -> storeys.add(storey(String.valueOf(k), "added storey " + k,
        elevationMm(k, solids), solids, buildingPlacement)));
    aggregate("building", building, storeys);
    for (LiftStack l : lifts) {
      aggregate("lift/" + l.bottom().id(), liftElements.get(l.number())[0], l.modules().stream()
          .map(m -> elementOf.get(m.id())).toList());
    }
    properties.propertySet("building", building, buildingProperties());
    zones();
    types(project);
    return header() + "DATA;\n" + entities.text() + "ENDSEC;\nEND-ISO-10303-21;\n";
  }

  /**
   * The storey {@code name} with {@code role} ("0" the existing ground floor, "existing-i" the existing storey i, "k"
   * the added storey k) at {@code elevationMm} placed in the building, with its solids as elements, their quantities,
   * and its dwelling modules' spaces; returns the storey.
   */
  private int storey(String role, String name, int elevationMm, List<Solid> solids, int buildingPlacement) {
    int placement = add("IFCLOCALPLACEMENT", "#" + buildingPlacement,
        "#" + add("IFCAXIS2PLACEMENT3D", point(0, 0, elevationMm), "$", "$"));
    int storey = add("IFCBUILDINGSTOREY", guid("storey/" + role), "$", string(name), "$", "$", "#" + placement, "$",
        "$", enumeration("ELEMENT"), metres(elevationMm));
    List<Integer> elements = new ArrayList<>();
    List<Integer> parts = new ArrayList<>();
    List<Integer> spaces = new ArrayList<>();
    for (Solid s : solids) {
      LiftStack lift = liftOf.get(s.id());
      int[] element;
      if (lift == null) {
        element = element(s, placement, new Coordinate(0, 0, elevationMm));
        elements.add(element[0]);
      } else {
        // a lift module is a part of its lift, contained in its lowest module's storey (IFC4: a part is not contained
        // itself, its whole is) and placed relative to it; the module is referenced in its own storey
        if (s == lift.bottom()) {
          liftElements.put(lift.number(), lift(lift, placement, elevationMm));
          elements.add(liftElements.get(lift.number())[0]);
        }
        Envelope bottom = lift.bottom().footprint().getEnvelopeInternal();
        element = element(s, liftElements.get(lift.number())[1], new Coordinate(bottom.getMinX(), bottom.getMinY(),
            lift.bottom().baseMm()));
        parts.add(element[0]);
      }
      elementOf.put(s.id(), element[0]);
      quantities.elementQuantity(s, element[0]);
      String dwelling = s.text("dwelling");
      if (s.part() == Part.DWELLING_MODULE && dwelling != null) {
        // the module's volume, sharing its placement's axes and its shape
        int space = add("IFCSPACE", guid("space/" + s.id()), "$", string(s.id()),
            string("volume of module " + s.id()), "$", "#" + add("IFCLOCALPLACEMENT", "#" + placement,
                "#" + element[1]), "#" + element[2], string(dwelling), enumeration("ELEMENT"), enumeration("SPACE"),
            "$");
        spaces.add(space);
        dwellingSpaces.computeIfAbsent(dwelling, d -> new ArrayList<>()).add(space);
        dwellingTypes.putIfAbsent(dwelling, s.text("dwellingType"));
      }
    }
    if (!elements.isEmpty()) {
      add("IFCRELCONTAINEDINSPATIALSTRUCTURE", guid("contains/" + role), "$", "$", "$", refs(elements),
          "#" + storey);
    }
    if (!parts.isEmpty()) {
      add("IFCRELREFERENCEDINSPATIALSTRUCTURE", guid("references/" + role), "$", "$", "$", refs(parts),
          "#" + storey);
    }
    if (!spaces.isEmpty()) {
      aggregate("storey/" + role, storey, spaces);
    }
    return storey;
  }

  /**
   * A type object per module type, declared in {@code project}, typing its elements: its class's
   * ({@link IfcElementClass}), an {@code IfcSlabType} for a gallery module, an {@code IfcStairType} for a stair
   * module, else an {@code IfcBuildingElementProxyType} (a lift module's too), each {@code .USERDEFINED.}, with the
   * module type as
   * its name and element type and the module's name as its description, so that a BIM tool lists and schedules the
   * modules by type (an architect's QA pass: the module type was only each element's object type and description),
   * and its class's common property set ({@link IfcCommonPset#ofType}) as its {@code HasPropertySets}.
   */
  private void types(int project) {
    List<Integer> types = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> t : typeElements.entrySet()) {
      Solid s = typeSolids.get(t.getKey());
      int common = properties.commonPropertySet("type-common/" + t.getKey(),
          IfcCommonPset.ofType(s.part(), t.getKey()));
      IfcElementClass ifcClass = IfcElementClass.of(s.part());
      // IfcSlabType / IfcStairType / IfcBuildingElementProxyType: GlobalId, OwnerHistory,
      // Name, Description, ApplicableOccurrence, HasPropertySets, RepresentationMaps, Tag, ElementType, PredefinedType
      int type = add(ifcClass.typeEntity(), guid("type/" + t.getKey()), "$", string(t.getKey()),
          optional(s.text("name")), "$", refs(List.of(common)), "$", "$", string(t.getKey()),
          enumeration(ifcClass.predefinedType()));
      add("IFCRELDEFINESBYTYPE", guid("typed/" + t.getKey()), "$", "$", "$", refs(t.getValue()), "#" + type);
      types.add(type);
    }
    if (!types.isEmpty()) {
      add("IFCRELDECLARES", guid("declares/types"), "$", "$", "$", "#" + project, refs(types));
    }
  }

  /** An IfcZone per dwelling, grouping its modules' spaces. */
  private void zones() {
    for (Map.Entry<String, List<Integer>> d : dwellingSpaces.entrySet()) {
      int zone = add("IFCZONE", guid("zone/" + d.getKey()), "$", string(d.getKey()), "$",
          string(dwellingTypes.get(d.getKey())), "$");
      add("IFCRELASSIGNSTOGROUP", guid("group/" + d.getKey()), "$", "$", "$", refs(d.getValue()), "$", "#" + zone);
    }
  }

  /** The project with its units, representation contexts and georeferencing; returns the project. */
  private int projectAndContext() {
    int origin = add("IFCCARTESIANPOINT", "(0.,0.,0.)");
    worldAxes = add("IFCAXIS2PLACEMENT3D", "#" + origin, "$", "$");
    zUp = add("IFCDIRECTION", "(0.,0.,1.)");
    int context = add("IFCGEOMETRICREPRESENTATIONCONTEXT", "$", string("Model"), "3", "1.E-05", "#" + worldAxes,
        "$");
    body = add("IFCGEOMETRICREPRESENTATIONSUBCONTEXT", string("Body"), string("Model"), "*", "*", "*", "*",
        "#" + context, "$", enumeration("MODEL_VIEW"), "$");
    int metre = add("IFCSIUNIT", "*", enumeration("LENGTHUNIT"), "$", enumeration("METRE"));
    // mass in kilograms and money in euros: the unit assignment decides what the properties' IfcMassMeasure and
    // IfcMonetaryMeasure values are in
    int units = add("IFCUNITASSIGNMENT", refs(List.of(metre,
        add("IFCSIUNIT", "*", enumeration("AREAUNIT"), "$", enumeration("SQUARE_METRE")),
        add("IFCSIUNIT", "*", enumeration("VOLUMEUNIT"), "$", enumeration("CUBIC_METRE")),
        add("IFCSIUNIT", "*", enumeration("PLANEANGLEUNIT"), "$", enumeration("RADIAN")),
        add("IFCSIUNIT", "*", enumeration("MASSUNIT"), enumeration("KILO"), enumeration("GRAM")),
        add("IFCMONETARYUNIT", string(CURRENCY)))));
    if (scene.crs() != null && EPSG.matcher(scene.crs()).matches()) {
      // IfcProjectedCRS: Name, Description, GeodeticDatum, VerticalDatum, MapProjection, MapZone, MapUnit
      OptionalDouble nap = groundLevelNapM();
      int crs = add("IFCPROJECTEDCRS", string(scene.crs()), nap.isPresent() ? string(NAP_CRS) : "$", "$",
          nap.isPresent() ? string(NAP) : "$", "$", "$", "#" + metre);
      // IfcMapConversion: SourceCRS, TargetCRS, Eastings, Northings, OrthogonalHeight, XAxisAbscissa,
      // XAxisOrdinate, Scale
      add("IFCMAPCONVERSION", "#" + context, "#" + crs, real(scene.originXM()), real(scene.originYM()),
          nap.isPresent() ? real(nap.getAsDouble()) : "0.", "1.", "0.", "1.");
    }
    String name = scene.buildingName() == null || scene.buildingName().isEmpty() ? scene.buildingId()
        : scene.buildingName();
    return add("IFCPROJECT", guid("project"), "$", string(name), optional(scene.source()), "$", "$", "$",
        refs(List.of(context)), "#" + units);
  }

  /**
   * The scene's ground level, m above NAP, where it is known and the scene is in RD New, for the georeferencing;
   * else empty (the building's property set gives a known level in any crs).
   */
  private OptionalDouble groundLevelNapM() {
    return RD_NEW.equals(scene.crs()) ? scene.groundLevelNapM() : OptionalDouble.empty();
  }

  /**
   * The axis placement of solid {@code s} at the south-west corner of its footprint's envelope and its base, relative
   * to an origin at {@code originMm} in the scene's frame (mm): that of the placement it is placed relative to.
   */
  private int axes(Solid s, Coordinate originMm) {
    Envelope env = s.footprint().getEnvelopeInternal();
    return add("IFCAXIS2PLACEMENT3D", point(env.getMinX() - originMm.x, env.getMinY() - originMm.y,
        s.baseMm() - originMm.getZ()), "$", "$");
  }

  /**
   * Solid {@code s} as an element placed relative to {@code relativeTo}, the placement of its storey or of the lift it
   * is a part of, whose origin is at {@code originMm} (x, y, z in the building's frame, mm), with its property set
   * {@value #PSET} and its class's common one ({@link IfcCommonPset#of}); returns the element, its axis placement and
   * its product shape.
   */
  private int[] element(Solid s, int relativeTo, Coordinate originMm) {
    Polygon p = s.footprint();
    Envelope env = p.getEnvelopeInternal();
    int axes = axes(s, originMm);
    int placement = add("IFCLOCALPLACEMENT", "#" + relativeTo, "#" + axes);
    int outer = polyline(p.getExteriorRing(), env);
    int profile;
    if (p.getNumInteriorRing() == 0) {
      profile = add("IFCARBITRARYCLOSEDPROFILEDEF", enumeration("AREA"), "$", "#" + outer);
    } else {
      List<Integer> inner = new ArrayList<>();
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        inner.add(polyline(p.getInteriorRingN(i), env));
      }
      profile = add("IFCARBITRARYPROFILEDEFWITHVOIDS", enumeration("AREA"), "$", "#" + outer, refs(inner));
    }
    int solid = add("IFCEXTRUDEDAREASOLID", "#" + profile, "#" + worldAxes, "#" + zUp, metres(s.heightMm()));
    int rep = add("IFCSHAPEREPRESENTATION", "#" + body, string("Body"), string("SweptSolid"), refs(List.of(solid)));
    int shape = add("IFCPRODUCTDEFINITIONSHAPE", "$", "$", refs(List.of(rep)));
    String description = description(s);
    String type = objectType(s);
    String moduleType = s.text("moduleType");
    IfcElementClass ifcClass = IfcElementClass.of(s.part());
    // typed by a type object (below): PredefinedType unset, taken from the type's (IFC4: the occurrence's is used only
    // where no type is assigned); else the class's own (user-defined, named by ObjectType)
    String predefined = moduleType != null ? "$" : enumeration(ifcClass.predefinedType());
    // IfcSlab / IfcStair / IfcBuildingElementProxy: GlobalId, OwnerHistory, Name, Description,
    // ObjectType, ObjectPlacement, Representation, Tag, PredefinedType
    int element = add(ifcClass.entity(), guid("element/" + s.id()), "$", string(s.id()), optional(description),
        string(type), "#" + placement, "#" + shape, "$", predefined);
    Map<String, PropertyValue> props = new LinkedHashMap<>();
    props.put("part", PropertyValue.text(s.part().label()));
    props.put("storey", PropertyValue.count(s.storey()));
    props.putAll(s.properties());
    properties.propertySet("element/" + s.id(), element, props);
    int common = properties.commonPropertySet("common/" + s.id(), IfcCommonPset.of(s));
    entities.definesByProperties("defines-common/" + s.id(), element, common);
    if (moduleType != null) {
      typeElements.computeIfAbsent(moduleType, t -> new ArrayList<>()).add(element);
      typeSolids.putIfAbsent(moduleType, s);
    }
    return new int[] {element, axes, shape};
  }

  /**
   * Lift {@code l} as an {@code IfcTransportElement} of IFC4's {@code ELEVATOR} in the storey placed by
   * {@code storeyPlacement} at {@code elevationMm}, its lowest module's, at that module's south-west corner and base:
   * no shape (its modules, its parts, have theirs), no type object, no quantities (its modules carry the figures, so
   * that a take-off counts each once); its property set {@value #PSET} (part "lift", its lowest and top storey),
   * {@value IfcCommonPset#TRANSPORT} ({@link IfcCommonPset#ofLift}) and, where the catalogue says of each module
   * whether it is a fire-fighting lift, {@value IfcProperties#ELEVATOR} with {@code FireFightingLift} (true where every
   * module is one). Returns the element and its placement.
   */
  private int[] lift(LiftStack l, int storeyPlacement, int elevationMm) {
    Solid bottom = l.bottom();
    int placement = add("IFCLOCALPLACEMENT", "#" + storeyPlacement, "#" + axes(bottom, new Coordinate(0, 0,
        elevationMm)));
    IfcElementClass ifcClass = IfcElementClass.TRANSPORT_ELEMENT;
    String role = "lift/" + bottom.id();
    String storeys = bottom.storey() == l.top().storey() ? "storey " + bottom.storey()
        : "storeys " + bottom.storey() + " to " + l.top().storey();
    // IfcTransportElement: GlobalId, OwnerHistory, Name, Description, ObjectType, ObjectPlacement, Representation,
    // Tag, PredefinedType
    int element = add(ifcClass.entity(), guid(role), "$", string(l.name()), string(l.modules().size()
        + " lift module(s), " + storeys), string("lift"), "#" + placement, "$", "$",
        enumeration(ifcClass.predefinedType()));
    Map<String, PropertyValue> props = new LinkedHashMap<>();
    props.put("part", PropertyValue.text("lift"));
    props.put("storey", PropertyValue.count(bottom.storey()));
    props.put("topStorey", PropertyValue.count(l.top().storey()));
    properties.propertySet(role, element, props);
    int common = properties.commonPropertySet("common/" + role, IfcCommonPset.ofLift());
    entities.definesByProperties("defines-common/" + role, element, common);
    // a fire-fighting lift where every module of it is one, as the catalogue says, and its car the smallest of its
    // modules'; nothing where the catalogue does not say
    Boolean fireFighting = l.modules().stream().allMatch(m -> m.flag("fireFightingLift") != null)
        ? l.modules().stream().allMatch(m -> m.flag("fireFightingLift")) : null;
    Double carWidthM = smallest(l.modules(), ExportScene.LIFT_CAR_WIDTH);
    Double carDepthM = smallest(l.modules(), ExportScene.LIFT_CAR_DEPTH);
    if (fireFighting != null || carWidthM != null || carDepthM != null) {
      int elevator = properties.elevatorPropertySet(role, fireFighting, carWidthM, carDepthM);
      entities.definesByProperties("defines-elevator/" + role, element, elevator);
    }
    return new int[] {element, placement};
  }

  /** The least of {@code solids}' measure {@code name}; null where one of them has none. */
  private static Double smallest(List<Solid> solids, String name) {
    Double least = null;
    for (Solid s : solids) {
      Double v = s.measure(name);
      if (v == null) {
        return null;
      }
      least = least == null ? v : Math.min(least, v);
    }
    return least;
  }

  /**
   * The element's ObjectType, its user-defined type: the module type where it has one ("clt-box-3900x7200"), so that a
   * BIM tool schedules the modules by type (an architect's QA pass: every module was "dwelling module"), else its part
   * ("transfer layer"); the part stays in the property set.
   */
  static String objectType(Solid s) {
    String type = s.text("moduleType");
    return type == null ? s.part().label() : type;
  }

  /** The solid's module type and its name, where it has them. */
  private static String description(Solid s) {
    String type = s.text("moduleType");
    String name = s.text("name");
    if (type == null) {
      return null;
    }
    return name == null ? type : type + " (" + name + ")";
  }

  /**
   * The building's and the layout's properties for the building's property set: its id, name, source, crs, origin
   * and ground level above NAP ({@code groundLevelNapM}, m, in any crs, where known), as in the building file, then
   * the layout's.
   */
  private Map<String, PropertyValue> buildingProperties() {
    Map<String, PropertyValue> props = new LinkedHashMap<>();
    props.put("buildingId", PropertyValue.text(scene.buildingId()));
    if (scene.buildingName() != null && !scene.buildingName().isEmpty()) {
      props.put("buildingName", PropertyValue.text(scene.buildingName()));
    }
    if (scene.source() != null && !scene.source().isEmpty()) {
      props.put("source", PropertyValue.text(scene.source()));
    }
    props.put("crs", PropertyValue.text(String.valueOf(scene.crs())));
    props.put("originXM", PropertyValue.measure(scene.originXM(), Unit.METRE));
    props.put("originYM", PropertyValue.measure(scene.originYM(), Unit.METRE));
    scene.groundLevelNapM().ifPresent(napM -> props.put("groundLevelNapM", PropertyValue.measure(napM, Unit.METRE)));
    props.putAll(scene.properties());
    return props;
  }

  /** {@code related} aggregated into {@code relating}. */
  private void aggregate(String role, int relating, List<Integer> related) {
    add("IFCRELAGGREGATES", guid("aggregates/" + role), "$", "$", "$", "#" + relating, refs(related));
  }

  /** A closed IfcPolyline of {@code ring} in m relative to the envelope's south-west corner. */
  private int polyline(LineString ring, Envelope env) {
    Coordinate[] c = ring.getCoordinates();
    List<Integer> points = new ArrayList<>();
    for (int i = 0; i < c.length - 1; i++) {
      points.add(add("IFCCARTESIANPOINT",
          "(" + metres(c[i].x - env.getMinX()) + "," + metres(c[i].y - env.getMinY()) + ")"));
    }
    points.add(points.get(0));
    return add("IFCPOLYLINE", refs(points));
  }

  /** A new IfcCartesianPoint at ({@code xMm}, {@code yMm}, {@code zMm}), as a reference. */
  private String point(double xMm, double yMm, double zMm) {
    return "#" + add("IFCCARTESIANPOINT", "(" + metres(xMm) + "," + metres(yMm) + "," + metres(zMm) + ")");
  }

  /** The elevation of added storey {@code k}, mm: its floor level, or else its lowest solid's base. */
  private int elevationMm(int k, List<Solid> solids) {
    Integer floor = scene.floorLevelsMm().get(k);
    return floor != null ? floor : solids.stream().mapToInt(Solid::baseMm).min().orElse(0);
  }

  /** The GlobalId of the entity with {@code role}, as a STEP string ({@link IfcEntities#guid}); each role once. */
  private String guid(String role) {
    return entities.guid(role);
  }

  /** Appends {@code #n=ENTITY(args);} and returns n ({@link IfcEntities#add}). */
  private int add(String entity, String... args) {
    return entities.add(entity, args);
  }

  private String header() {
    return "ISO-10303-21;\nHEADER;\n"
        + "FILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');\n"
        + "FILE_NAME(" + string(scene.buildingId() + ".ifc") + "," + string(TIMESTAMP)
        + ",(''),(''),'Toplaag','Toplaag configurator','');\n"
        + "FILE_SCHEMA(('IFC4'));\nENDSEC;\n";
  }
}

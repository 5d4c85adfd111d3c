package nl.toplaag.viewer.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Group;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import nl.toplaag.building.Building;
import nl.toplaag.export.ExportScene;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.StoreyLevels;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleType;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a {@link Layout} into JavaFX nodes: one {@link MeshView} per placed module, all modules of one type (and
 * size) sharing one {@link TriangleMesh}; galleries as a deck and a railing, meshes shared per size; each existing
 * stair core the layout extends, and the existing lift where the building gives its shaft, as its footprint raised
 * through each storey it is extended by; the transfer layer's areas from the roof up to storey 1's floor. Modules are
 * drawn
 * {@value #INSET_MM} mm smaller on each side so neighbours stay distinguishable.
 */
public final class LayoutSceneFactory {

  /** Visual gap per side between neighbouring modules, mm. */
  public static final int INSET_MM = 40;
  /** Gallery deck thickness, mm. */
  public static final int GALLERY_DECK_MM = ExportScene.GALLERY_DECK_MM;
  /**
   * Gallery railing height above the deck where the catalogue does not give the gallery module's balustrade
   * ({@code balustradeHeightMm}), mm.
   */
  public static final int RAILING_MM = 1000;

  private LayoutSceneFactory() {}

  /**
   * Builds the nodes of {@code layout} on {@code building}, coloured by {@code colours}, each gallery's railing
   * {@link #RAILING_MM} high.
   */
  public static LayoutScene build(Building building, Layout layout, ModuleColours colours) {
    return build(building, layout, colours, null);
  }

  /**
   * Builds the nodes of {@code layout} on {@code building}, coloured by {@code colours}, each gallery's railing as high
   * as its module's balustrade in {@code catalog} (null, or no height there: {@link #RAILING_MM}).
   */
  public static LayoutScene build(Building building, Layout layout, ModuleColours colours, Catalog catalog) {
    Map<String, TriangleMesh> meshes = new TreeMap<>();
    TreeMap<Integer, Group> storeys = new TreeMap<>();
    Map<String, MeshView> modules = new LinkedHashMap<>();
    List<MeshView> galleries = new ArrayList<>();
    for (Placement p : layout.modules()) {
      PlanRect r = p.footprint();
      double len = r.lengthMm() - 2 * INSET_MM;
      double dep = r.depthMm() - 2 * INSET_MM;
      double h = p.heightMm() - INSET_MM;
      String key = p.moduleTypeId() + " " + Math.round(len) + "x" + Math.round(dep) + "x" + Math.round(h);
      TriangleMesh mesh = meshes.computeIfAbsent(key, k -> MeshFactory.box(len / 1000, dep / 1000, h / 1000).toMesh());
      MeshView v = new MeshView(mesh);
      Affine a = SceneFrame.placement(r, p.floorLevelMm());
      a.appendTranslation(INSET_MM / 1000.0, 0, INSET_MM / 1000.0);
      v.getTransforms().add(a);
      v.setUserData(p);
      v.setId("module-" + p.id());
      modules.put(p.id(), v);
      storey(storeys, p.storey()).getChildren().add(v);
    }
    Map<Integer, Integer> floor = StoreyLevels.floorLevels(building, layout);
    for (GallerySegment g : layout.galleries()) {
      PlanRect r = g.footprint();
      int base = StoreyLevels.floorLevel(floor, building, g.storey());
      int under = StoreyLevels.deckUndersideMm(building, g.storey(), base, GALLERY_DECK_MM);
      MeshView deck = sized(meshes, g.moduleTypeId(), r, under, r.lengthMm(), r.depthMm(), base - under);
      int railMm = catalog == null ? RAILING_MM : catalog.module(g.moduleTypeId())
          .map(ModuleType::balustradeHeightMm).filter(h -> h > 0).orElse(RAILING_MM);
      MeshView rail = sized(meshes, g.moduleTypeId(), r, base, r.lengthMm(), 60, railMm);
      deck.setId("gallery-deck");
      rail.setId("gallery-railing");
      galleries.add(deck);
      galleries.add(rail);
      storey(storeys, g.storey()).getChildren().addAll(deck, rail);
    }
    List<MeshView> cores = new ArrayList<>();
    for (int i = 0; i < Math.min(building.stairCores().size(), layout.extendedStairCores().size()); i++) {
      cores.addAll(extension(building.stairCores().get(i).footprint(), layout.extendedStairCores().get(i),
          "stair-core-extension", building, layout, floor, storeys));
    }
    // the existing lift's extension, where the building gives its shaft
    List<MeshView> lifts = !ModuleColours.shownLiftExtension(building, layout) ? List.of()
        : extension(building.lift().footprint(), layout.liftExtensionStoreys(), "lift-extension", building, layout,
            floor, storeys);
    // the transfer layer, from the roof up to storey 1's floor, under the modules that stand on it
    List<MeshView> transfer = new ArrayList<>();
    int layerTopMm = StoreyLevels.floorLevel(floor, building, 1);
    for (int i = 0; layerTopMm > building.roofLevelMm() && i < layout.transferAreas().size(); i++) {
      MeshView v = new MeshView(MeshFactory.extrude(layout.transferAreas().get(i).footprint().polygon(),
          building.roofLevelMm(), layerTopMm).toMesh());
      v.setId("transfer-layer");
      transfer.add(v);
      storey(storeys, 1).getChildren().add(v);
    }
    Group root = new Group();
    root.setId("layout");
    root.getChildren().addAll(storeys.values());
    LayoutScene scene = new LayoutScene(layout, root, storeys, modules, galleries, cores, lifts, transfer, meshes);
    scene.applyColours(colours);
    return scene;
  }

  /**
   * An existing shaft ({@code footprint}: a stair core or the lift) extended through storeys 1 … {@code storeysUp}: one
   * node per storey with id {@code id}, from its floor ({@code floor}) to the top of its modules, in its storey's
   * group.
   */
  private static List<MeshView> extension(Polygon footprint, int storeysUp, String id, Building building,
      Layout layout, Map<Integer, Integer> floor, TreeMap<Integer, Group> storeys) {
    List<MeshView> out = new ArrayList<>();
    for (int k = 1; k <= storeysUp; k++) {
      int base = StoreyLevels.floorLevel(floor, building, k);
      MeshView v = new MeshView(MeshFactory.extrude(footprint, base, StoreyLevels.storeyTop(layout, k, base)).toMesh());
      v.setId(id);
      out.add(v);
      storey(storeys, k).getChildren().add(v);
    }
    return out;
  }

  /**
   * A box of the given size on {@code r}, its mesh shared by all boxes of that type and size. (Meshes are sized
   * rather than scaled: JavaFX does not renormalise normals under a non-uniform scale, which darkens faces.)
   */
  private static MeshView sized(Map<String, TriangleMesh> meshes, String typeId, PlanRect r, double baseMm,
      double lenMm, double depMm, double hMm) {
    String key = typeId + " " + Math.round(lenMm) + "x" + Math.round(depMm) + "x" + Math.round(hMm);
    TriangleMesh mesh = meshes.computeIfAbsent(key,
        k -> MeshFactory.box(lenMm / 1000, depMm / 1000, hMm / 1000).toMesh());
    MeshView v = new MeshView(mesh);
    v.getTransforms().add(SceneFrame.placement(r, baseMm));
    return v;
  }

  private static Group storey(TreeMap<Integer, Group> storeys, int k) {
    return storeys.computeIfAbsent(k, n -> {
      Group g = new Group();
      g.setId("storey-" + n);
      return g;
    });
  }
}

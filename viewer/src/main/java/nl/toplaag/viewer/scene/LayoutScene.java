package nl.toplaag.viewer.scene;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;

/**
 * The 3D nodes of one layout: one group per added storey holding its modules and galleries. Module nodes carry
 * their {@link Placement} as user data. Colours, per-storey visibility and the exploded view change the nodes in
 * place; the meshes are not rebuilt. Use on the JavaFX thread once the root is in a live scene.
 */
public final class LayoutScene {

  private final Layout layout;
  private final Group root;
  private final SortedMap<Integer, Group> storeys;
  private final Map<String, MeshView> modules;
  private final List<MeshView> galleries;
  private final List<MeshView> stairCores;
  private final List<MeshView> liftExtensions;
  private final List<MeshView> transferLayer;
  private final Map<String, TriangleMesh> meshes;
  private final Map<Color, PhongMaterial> materials = new HashMap<>();

  LayoutScene(Layout layout, Group root, SortedMap<Integer, Group> storeys, Map<String, MeshView> modules,
      List<MeshView> galleries, List<MeshView> stairCores, List<MeshView> liftExtensions,
      List<MeshView> transferLayer, Map<String, TriangleMesh> meshes) {
    this.layout = layout;
    this.root = root;
    this.storeys = Collections.unmodifiableSortedMap(storeys);
    this.modules = Collections.unmodifiableMap(modules);
    this.galleries = List.copyOf(galleries);
    this.stairCores = List.copyOf(stairCores);
    this.liftExtensions = List.copyOf(liftExtensions);
    this.transferLayer = List.copyOf(transferLayer);
    this.meshes = Collections.unmodifiableMap(meshes);
  }

  /** The layout shown. */
  public Layout layout() {
    return layout;
  }

  /** The group holding all storeys. */
  public Group root() {
    return root;
  }

  /** Storey number (1 = on the roof) to its group. */
  public SortedMap<Integer, Group> storeys() {
    return storeys;
  }

  /** Placement id to its node, in layout order. */
  public Map<String, MeshView> modules() {
    return modules;
  }

  /** Gallery deck and railing nodes. */
  public List<MeshView> galleries() {
    return galleries;
  }

  /** The extended stair cores' nodes, one per core and storey it is extended through. */
  public List<MeshView> stairCores() {
    return stairCores;
  }

  /**
   * The existing lift's extension, one node per storey it is extended through, where the building gives its shaft
   * (else none: its position is unknown).
   */
  public List<MeshView> liftExtensions() {
    return liftExtensions;
  }

  /** The transfer layer's nodes, one per area, from the roof up to storey 1's floor (none where it has no height). */
  public List<MeshView> transferLayer() {
    return transferLayer;
  }

  /** The shared meshes by key (module type id and its box size); every module node uses one of them. */
  public Map<String, TriangleMesh> meshes() {
    return meshes;
  }

  /** The placement a node shows, or null when it is not a module node. */
  public static Placement placementOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n.getUserData() instanceof Placement) {
        return (Placement) n.getUserData();
      }
    }
    return null;
  }

  /**
   * Sets the colours of all modules and galleries, and the extended stair cores' and existing lift's (those of the
   * stair and lift modules where the colours are categories, colours off the scale where they are one); materials are
   * shared per colour.
   */
  public void applyColours(ModuleColours colours) {
    for (Map.Entry<String, MeshView> e : modules.entrySet()) {
      Color c = colours.byPlacement().getOrDefault(e.getKey(), Palette.UNKNOWN);
      e.getValue().setMaterial(material(c));
    }
    for (MeshView g : galleries) {
      g.setMaterial(material(colours.gallery()));
    }
    for (MeshView c : stairCores) {
      c.setMaterial(material(colours.stairCore()));
    }
    for (MeshView l : liftExtensions) {
      l.setMaterial(material(colours.liftExtension()));
    }
    for (MeshView t : transferLayer) {
      t.setMaterial(material(Palette.TRANSFER_LAYER));
    }
  }

  /** Shows or hides one storey. */
  public void setStoreyVisible(int storey, boolean visible) {
    Group g = storeys.get(storey);
    if (g != null) {
      g.setVisible(visible);
    }
  }

  /** Lifts storey {@code k} by {@code (k - 1) * gapM} metres (0 = assembled). */
  public void setExplodedGap(double gapM) {
    for (Map.Entry<Integer, Group> e : storeys.entrySet()) {
      e.getValue().setTranslateY(-(e.getKey() - 1) * gapM);
    }
  }

  /** Highlights the selected placement (slightly brighter, drawn as wire-free solid), or none when null. */
  public void highlight(Placement selected, ModuleColours colours) {
    applyColours(colours);
    if (selected != null && modules.containsKey(selected.id())) {
      Color c = colours.byPlacement().getOrDefault(selected.id(), Palette.UNKNOWN);
      PhongMaterial m = new PhongMaterial(c.interpolate(Color.WHITE, 0.55));
      m.setSpecularColor(Color.WHITE);
      modules.get(selected.id()).setMaterial(m);
    }
  }

  private PhongMaterial material(Color c) {
    return materials.computeIfAbsent(c, k -> {
      PhongMaterial m = new PhongMaterial(k);
      m.setSpecularColor(Color.gray(0.25));
      m.setSpecularPower(24);
      return m;
    });
  }
}

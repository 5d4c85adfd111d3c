package nl.toplaag.viewer;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import nl.toplaag.bom.Texts;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.Solved;
import nl.toplaag.viewer.control.CameraController;
import nl.toplaag.viewer.control.MeshPoints;
import nl.toplaag.viewer.control.PickHandler;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.LayoutScene;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;

/**
 * The viewer window's content: a tool bar (layout, colour mode, views, storeys, exploded view), below it one to
 * re-solve where the input has a layout source, the 3D view with a legend and north arrow, a side panel with the
 * clicked module and a bill of materials, and a status bar. Create and use on the JavaFX thread; re-solving runs on a
 * background thread.
 */
public final class ViewerApp {

  /** The north arrow's dial across in the window's legend, px. */
  static final double NORTH_DIAL_PX = 22;

  /** Vertical gap between storeys in the exploded view, metres. */
  public static final double EXPLODE_GAP_M = 2.5;

  private final ViewerInput input;
  private final ViewerState state;
  private final CameraController camera = new CameraController();
  private final Group worldHolder = new Group();
  private final SubScene sub = new SubScene(worldHolder, 900, 700, true,
      Boolean.parseBoolean(System.getProperty("toplaag.viewer.antialias", "true")) ? SceneAntialiasing.BALANCED
          : SceneAntialiasing.DISABLED);
  private final VBox legend = new VBox();
  /** The north arrow in the legend, turned with the camera (or the words saying north is unknown); built with it. */
  private Region north;
  private final Label details = new Label("Click a module.");
  private final TableView<BomRow> bom = new TableView<>();
  private final Label status = new Label();
  private final Label message = new Label();
  /**
   * The width of the closed layout list, px: with it, the first tool bar's controls fit a window 1280 px wide whatever
   * the label (the storey boxes, last, had gone behind the bar's overflow button).
   */
  static final double LAYOUT_CHOICE_PX = 380;

  private final ComboBox<String> layoutChoice = new ComboBox<>();
  private final HBox storeyBoxes = new HBox(4);
  private final ProgressIndicator progress = new ProgressIndicator();
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "toplaag-viewer-solve");
    t.setDaemon(true);
    return t;
  });
  private World world;
  private ModuleColours colours;
  private Task<Solved> running;
  private boolean framed;
  private Parent root;

  /** A window content for {@code input}, showing its first layout. */
  public ViewerApp(ViewerInput input) {
    this.input = input;
    this.state = new ViewerState(input.shown());
  }

  /** Puts the content in {@code stage} (1280 x 800) and shows it. */
  public Stage show(Stage stage) {
    stage.setTitle(input.title());
    stage.setScene(new Scene(root(), 1280, 800));
    stage.setOnHidden(e -> executor.shutdownNow());
    stage.show();
    return stage;
  }

  /** The window content, built on first use. */
  public Parent root() {
    if (root == null) {
      root = build();
    }
    return root;
  }

  /** The observable state. */
  public ViewerState state() {
    return state;
  }

  /** The 3D view. */
  public SubScene subScene() {
    return sub;
  }

  /** The camera. */
  public CameraController camera() {
    return camera;
  }

  /** The nodes of the layout shown, or null. */
  public LayoutScene layoutScene() {
    return world == null ? null : world.layout;
  }

  /** The side panel text for the selected module. */
  public String detailsText() {
    return details.getText();
  }

  /** The legend over the 3D view, its north arrow last. */
  VBox legend() {
    return legend;
  }

  /** The status bar text. */
  public String statusText() {
    return status.getText();
  }

  /** The bill-of-materials rows shown. */
  public List<BomRow> bomRows() {
    return List.copyOf(bom.getItems());
  }

  private Parent build() {
    north = NorthArrow.node(input.building(), camera.yawProperty(), NORTH_DIAL_PX);
    sub.setFill(Palette.BACKGROUND);
    camera.attach(sub);
    PickHandler.attach(sub, p -> state.selectedProperty().set(p));
    Pane view = new Pane(sub);
    view.setMinSize(200, 200);
    view.setPrefSize(900, 700);
    sub.widthProperty().bind(view.widthProperty());
    sub.heightProperty().bind(view.heightProperty());
    StackPane centre = new StackPane(view, legend);
    StackPane.setAlignment(legend, Pos.TOP_LEFT);
    StackPane.setMargin(legend, new Insets(8));

    details.setId("details");
    details.setWrapText(true);
    details.setStyle("-fx-font-family: monospace;");
    bom.setId("bom");
    bom.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    bom.getColumns().add(column("Module", r -> r.moduleTypeId()));
    bom.getColumns().add(column("Kind", r -> r.kind()));
    bom.getColumns().add(column("Qty", BomRow::quantityText));
    bom.getColumns().add(column("t", BomRow::massText));
    bom.getColumns().add(column("kEUR", BomRow::costText));
    bom.getColumns().add(column("tCO2e", BomRow::carbonText));
    VBox.setVgrow(bom, Priority.ALWAYS);
    VBox side = new VBox(6, heading("Selected module"), details, heading("Bill of materials"), bom);
    side.setPadding(new Insets(8));
    side.setPrefWidth(440);

    status.setId("status");
    message.setId("message");
    progress.setId("progress");
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(state.busyProperty());
    HBox bar = new HBox(12, status, message, progress);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    message.textProperty().bind(state.messageProperty());

    BorderPane pane = new BorderPane(centre);
    pane.setTop(input.source() == null ? toolBar() : new VBox(toolBar(), solveBar()));
    pane.setRight(side);
    pane.setBottom(bar);

    state.layouts().addListener((ListChangeListener<Layout>) c -> layoutsChanged());
    state.layoutIndexProperty().addListener((o, a, b) -> showLayout());
    state.colourModeProperty().addListener((o, a, b) -> recolour());
    state.selectedProperty().addListener((o, a, b) -> select(b));
    state.explodedProperty().addListener((o, a, b) -> applyStoreys());
    state.hiddenStoreys().addListener((SetChangeListener<Integer>) c -> applyStoreys());
    layoutsChanged();
    return pane;
  }

  private ToolBar toolBar() {
    layoutChoice.setId("layout-choice");
    // a long label ("... EUR 12,345,678 (least non-circular module mass, not proven)") is cut with an ellipsis in the
    // closed list, not the bar: the list and the tool tip show it whole. The bar moves its items into the overflow
    // menu by their preferred widths, so the width is set as preferred, not only as the most
    layoutChoice.setPrefWidth(LAYOUT_CHOICE_PX);
    Tooltip whole = new Tooltip();
    whole.textProperty().bind(layoutChoice.valueProperty());
    layoutChoice.setTooltip(whole);
    layoutChoice.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
      if (b.intValue() >= 0) {
        state.layoutIndexProperty().set(b.intValue());
      }
    });
    ComboBox<ColourMode> mode = new ComboBox<>(FXCollections.observableArrayList(ColourMode.values()));
    mode.setId("colour-mode");
    mode.valueProperty().bindBidirectional(state.colourModeProperty());
    ToolBar bar = new ToolBar(new Label("Layout"), layoutChoice, new Label("Colour"), mode, new Separator());
    for (View v : View.values()) {
      Button b = new Button(v.name().charAt(0) + v.name().substring(1).toLowerCase(Locale.ROOT));
      b.setOnAction(e -> camera.view(v, input.building()));
      bar.getItems().add(b);
    }
    Button reset = new Button("Reset");
    reset.setOnAction(e -> camera.view(View.ISO, input.building()));
    CheckBox explode = new CheckBox("Exploded");
    explode.selectedProperty().bindBidirectional(state.explodedProperty());
    storeyBoxes.setId("storey-boxes");
    bar.getItems().addAll(reset, new Separator(), explode, new Label("Storeys"), storeyBoxes);
    return bar;
  }

  /**
   * The re-solve controls (storeys to add, product line, objective), a tool bar of their own: beside the view's
   * controls they did not fit a window 1280 px wide and were shown only through the tool bar's overflow button.
   */
  private ToolBar solveBar() {
    ViewRequest r0 = input.request() != null ? input.request()
        : new ViewRequest(Math.max(1, state.layout() == null ? 1 : state.layout().storeys()), "", null);
    Spinner<Integer> storeys = new Spinner<>(1, 10, Math.max(1, r0.storeys()));
    storeys.setPrefWidth(70);
    ComboBox<String> line = new ComboBox<>();
    line.getItems().add("any line");
    if (input.catalog() != null) {
      input.catalog().lines().stream().map(ProductLine::id).sorted().forEach(line.getItems()::add);
    }
    line.setValue(r0.productLineId().isEmpty() ? "any line" : r0.productLineId());
    ComboBox<Objective> objective = new ComboBox<>(FXCollections.observableArrayList(Objective.values()));
    objective.setId("objective");
    objective.setConverter(new StringConverter<>() {
      @Override
      public String toString(Objective o) {
        return o == null ? "" : o.label();
      }

      @Override
      public Objective fromString(String label) {
        return Stream.of(Objective.values()).filter(o -> o.label().equals(label)).findFirst().orElse(null);
      }
    });
    objective.setValue(r0.objective());
    Button solve = new Button("Solve");
    solve.setId("solve");
    solve.disableProperty().bind(state.busyProperty());
    solve.setOnAction(e -> resolve(new ViewRequest(storeys.getValue(),
        "any line".equals(line.getValue()) ? "" : line.getValue(), objective.getValue())));
    ToolBar bar = new ToolBar(new Label("Add"), storeys, new Label("storeys of"), line, new Label("Objective"),
        objective, solve);
    bar.setId("solve-bar");
    return bar;
  }

  /**
   * Re-solves {@code request} with the input's {@link LayoutSource} on a background thread; the window stays
   * responsive and shows a progress indicator. A running solve is cancelled. Call on the JavaFX thread.
   */
  public Task<Solved> resolve(ViewRequest request) {
    LayoutSource source = input.source();
    if (source == null) {
      throw new IllegalStateException("this viewer has no layout source");
    }
    if (running != null) {
      running.cancel(true);
    }
    Task<Solved> task = new Task<>() {
      @Override
      protected Solved call() throws Exception {
        updateMessage("Solving " + request.storeys() + " storeys ...");
        return source.solve(request);
      }
    };
    running = task;
    state.busyProperty().set(true);
    state.messageProperty().set("Solving " + request.storeys() + " storeys, " + request.objective().cliName()
        + " ...");
    task.setOnSucceeded(e -> {
      if (running == task) {
        running = null;
        state.busyProperty().set(false);
        Solved got = task.getValue() == null ? Solved.of(List.of()) : task.getValue();
        state.messageProperty().set(got.layouts().size() + " layout(s) found");
        state.show(got);
      }
    });
    task.setOnFailed(e -> {
      if (running == task) {
        running = null;
        state.busyProperty().set(false);
        Throwable t = task.getException();
        state.messageProperty().set("Solve failed: " + (t == null ? "unknown" : t.getMessage()));
      }
    });
    task.setOnCancelled(e -> {
      if (running == null) {
        state.busyProperty().set(false);
      }
    });
    executor.execute(task);
    return task;
  }

  private void layoutsChanged() {
    layoutChoice.getItems().clear();
    for (int i = 0; i < state.layouts().size(); i++) {
      layoutChoice.getItems().add(layoutItem(i, state.layouts().get(0), state.layouts().get(i),
          state.proofWords(i)));
    }
    if (state.layoutIndexProperty().get() != 0) {
      state.layoutIndexProperty().set(0); // triggers showLayout
    } else {
      showLayout();
    }
    if (!layoutChoice.getItems().isEmpty()) {
      layoutChoice.getSelectionModel().select(0);
    }
  }

  /**
   * The layout list's item for layout {@code l}, the {@code i}-th (from 0) after {@code first}, the list's first, with
   * {@code proof} in words (null: not known): "2: 8 dwellings, 1 storey, EUR 1,500,000, line line-b (most usable area,
   * proven best)", its product line named where it is not {@code first}'s, as the summary's layout lines do.
   */
  static String layoutItem(int i, Layout first, Layout l, String proof) {
    String line = Texts.otherLines(first, l);
    return String.format(Locale.ROOT, "%d: %d dwellings, %s, EUR %,d%s%s", i + 1, l.dwellingCount(),
        Texts.count(l.storeys(), "storey"), l.costEur(), line.isEmpty() ? "" : ", " + line,
        proof == null ? "" : " (" + proof + ")");
  }

  private void showLayout() {
    Layout l = state.layout();
    state.selectedProperty().set(null);
    world = World.build(input.building(), l, input.catalog(), state.colourModeProperty().get(),
        input.circularityByModuleType());
    worldHolder.getChildren().setAll(world.root);
    if (!framed) {
      camera.frame(MeshPoints.of(world.root));
      camera.view(View.ISO, input.building());
      framed = true;
    }
    storeyBoxes.getChildren().clear();
    state.hiddenStoreys().clear();
    if (world.layout != null) {
      for (int k : world.layout.storeys().keySet()) {
        CheckBox c = new CheckBox("+" + k);
        c.setId("storey-" + k);
        c.setSelected(true);
        c.selectedProperty().addListener((o, a, b) -> {
          if (b) {
            state.hiddenStoreys().remove(k);
          } else {
            state.hiddenStoreys().add(k);
          }
        });
        storeyBoxes.getChildren().add(c);
      }
    }
    bom.getItems().setAll(l == null ? List.of() : BomRow.of(l, input.building(), input.catalog(),
        input.factoryKm()));
    status.setText(Facts.status(l, l == null || input.catalog() == null ? OptionalDouble.empty()
        : CircularityAssessor.assess(input.catalog(), l, CircularityParameters.defaults()).pci(),
        l == null ? null : state.proofWords(state.layoutIndexProperty().get())));
    applyStoreys();
    recolour();
  }

  private void recolour() {
    Layout l = state.layout();
    colours = l == null ? null : ModuleColours.of(state.colourModeProperty().get(), input.building(), l,
        input.catalog(), input.circularityByModuleType());
    if (world != null && world.layout != null) {
      world.layout.highlight(state.selectedProperty().get(), colours);
    }
    Legend.fill(legend, input.building().name() + " - " + state.colourModeProperty().get().label(),
        Legend.entries(input.building(), l, colours), north);
  }

  private void applyStoreys() {
    if (world == null || world.layout == null) {
      return;
    }
    world.layout.setExplodedGap(state.explodedProperty().get() ? EXPLODE_GAP_M : 0);
    for (int k : world.layout.storeys().keySet()) {
      world.layout.setStoreyVisible(k, !state.hiddenStoreys().contains(k));
    }
  }

  private void select(Placement p) {
    Layout l = state.layout();
    details.setText(p == null || l == null ? "Click a module."
        : Facts.text(Facts.module(p, input.building(), l, input.catalog(), input.circularityByModuleType())));
    if (world != null && world.layout != null && colours != null) {
      world.layout.highlight(p, colours);
    }
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.setStyle("-fx-font-weight: bold;");
    return l;
  }

  private static TableColumn<BomRow, String> column(String title, java.util.function.Function<BomRow, String> f) {
    TableColumn<BomRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
    c.setSortable(false);
    return c;
  }
}

package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.toplaag.bom.Texts;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanNote;
import nl.toplaag.plan.Wall;
import nl.toplaag.plan.WingRow;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.RuleGroup;

/**
 * Explains why a plan takes no dwelling: the planning facts (height, zoning, geometry, fire resistance), the
 * load figures of the lightest dwelling against the reserves, and which rule groups, relaxed one at a time,
 * would let dwellings in; where none alone does, which do together.
 */
final class Explainer {

  /**
   * Time limit of each relaxed solve (one per rule group, and one without all of them; where only groups together
   * block, one per pair of them too), ms: at most this, and at most a fifth of the request's limit (but at least
   * 0.1 s), so that explaining takes less than the limit itself from a limit of 0.5 s up (seven fifths where only
   * groups together block).
   */
  private static final long RELAX_LIMIT_MS = 2000;

  private Explainer() {}

  static List<String> explain(Plan plan, ConfigurationRequest req) {
    String line = plan.line().id();
    if (plan.line().dwellings().isEmpty() && req.smallestDwellingM2() > 0) {
      // the plan's notes (no module fits) follow from it
      return List.of(String.format(Locale.ROOT, "line %s: none of its dwelling types has %.1f m2 usable area or"
          + " more, as asked for", line, req.smallestDwellingM2()));
    }
    if (plan.storeys() == 0) {
      // without a storey no module fits on any wing: "no module ... fits on wing 0 (... fire resistance or height)"
      // named causes that were not (a QA pass: a gallery's balustrade or the lift's car stopped the storeys)
      List<String> out = notes(plan, n -> n.topic() != PlanNote.Topic.NO_MODULE);
      out.add("line " + line + ": no storey can be added (see above)");
      return out;
    }
    List<String> out = notes(plan, n -> true);
    List<Candidate> dwellings = plan.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING).toList();
    if (dwellings.isEmpty()) {
      NoCandidates facts = whyNoCandidates(plan, req.smallestDwellingM2());
      if (facts.words().isEmpty()) {
        out.add("line " + line + ": no dwelling module fits inside the roof less setbacks clear of obstacles and"
            + " stair cores" + behindGalleryOnRoof(plan));
      } else {
        // the modules' fire resistance (every wing) or depth (its wing) decides: where the gallery would stand and
        // that no module fits (the plan's notes) say less, and read as reasons of their own (QA47: the depth said
        // three times)
        out = notes(plan, n -> !(n.topic() == PlanNote.Topic.NO_MODULE || n.aboutDepth())
            || !facts.fire() && !facts.shallowWings().contains(n.wing()));
        out.addAll(facts.words());
      }
      return out;
    }
    out.addAll(loadFacts(plan, dwellings));
    boolean undecided = false;
    boolean anyAlone = false;
    long limitMs = Math.max(100, Math.min(RELAX_LIMIT_MS, req.settings().timeLimitMs() / 5));
    for (RuleGroup g : RuleGroup.values()) {
      CpSatConfigurator.Relaxed r = CpSatConfigurator.dwellingsWithout(plan, req, EnumSet.of(g), limitMs);
      if (r.dwellings() > 0) {
        out.add(String.format(Locale.ROOT, "line %s: the %s rules block: without them %d dwelling%s would fit",
            line, words(EnumSet.of(g)), r.dwellings(), r.dwellings() == 1 ? "" : "s"));
        anyAlone = true;
      }
      undecided |= !r.proven();
    }
    CpSatConfigurator.Relaxed all = CpSatConfigurator.dwellingsWithout(plan, req, Set.of(RuleGroup.values()),
        limitMs);
    if (all.dwellings() == 0 && all.proven()) {
      out.add("line " + line + ": even without load, access and lift rules no dwelling fits: the geometry blocks");
    } else if (!anyAlone && all.dwellings() > 0) {
      out.addAll(together(plan, req, limitMs, undecided, all));
    } else if (undecided && out.size() == plan.notes().size()) {
      out.add(String.format(Locale.ROOT, "line %s: no single rule group could be shown to block within %.1f s;"
          + " several rules together leave no room", line, limitMs / 1000.0));
    }
    return out;
  }

  /** The notes of {@code plan} that {@code keep} keeps, in words after their line's id. */
  private static List<String> notes(Plan plan, Predicate<PlanNote> keep) {
    List<String> out = new ArrayList<>();
    plan.notes().stream().filter(keep).forEach(n -> out.add("line " + plan.line().id() + ": " + n.text()));
    return out;
  }

  /**
   * Where no rule group lifted alone lets a dwelling in but all of them lifted do ({@code all}): the pairs of groups
   * that, lifted together, do (each solved within {@code limitMs}), else all three, so that a client is not sent to
   * strengthen the foundation where the access rules block as well (a 12 m imported house whose foundation reserve
   * takes no dwelling, and whose roof, without it, still takes none with a stair). {@code undecided}: whether a group
   * alone was not proven to leave none; where a pair was not, the text says none was found within the time.
   */
  private static List<String> together(Plan plan, ConfigurationRequest req, long limitMs, boolean undecided,
      CpSatConfigurator.Relaxed all) {
    String line = plan.line().id();
    String alone = undecided ? String.format(Locale.ROOT, "without either alone, none was found within %.1f s",
        limitMs / 1000.0) : "without either alone, none";
    List<String> out = new ArrayList<>();
    boolean pairUndecided = false;
    RuleGroup[] groups = RuleGroup.values();
    for (int a = 0; a < groups.length; a++) {
      for (int b = a + 1; b < groups.length; b++) {
        Set<RuleGroup> pair = EnumSet.of(groups[a], groups[b]);
        CpSatConfigurator.Relaxed r = CpSatConfigurator.dwellingsWithout(plan, req, pair, limitMs);
        pairUndecided |= !r.proven();
        if (r.dwellings() > 0) {
          out.add(String.format(Locale.ROOT, "line %s: the %s rules block together: without both, %d dwelling%s"
              + " would fit; %s", line, words(pair), r.dwellings(), r.dwellings() == 1 ? "" : "s", alone));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(String.format(Locale.ROOT, "line %s: the %s rules block together: without all of them, %d"
          + " dwelling%s would fit; without any two of them, none%s", line, words(Set.of(groups)), all.dwellings(),
          all.dwellings() == 1 ? "" : "s", pairUndecided ? String.format(Locale.ROOT, " was found within %.1f s",
              limitMs / 1000.0) : ""));
    }
    return out;
  }

  /** The names of rule groups {@code groups}, in their order: "loads", "loads and access", "loads, access and lift". */
  private static String words(Set<RuleGroup> groups) {
    List<String> names = groups.stream().sorted().map(g -> g.name().toLowerCase(Locale.ROOT)).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /**
   * The plan's notes on the existing stair cores and lift it leaves unused though they can be extended (behind the
   * building, beyond a corner, or apart from the gallery's band), so that a layout that adds stairs or lifts beside
   * them says why.
   */
  static List<String> unusedCoresAndLift(Plan plan) {
    return notes(plan, n -> n.topic() == PlanNote.Topic.CORE_UNUSED || n.topic() == PlanNote.Topic.LIFT_UNUSED);
  }

  /**
   * The plan's notes on the wings that hold nothing for want of a bearing line across them or of a bay, so that a
   * layout on the other wings says why (a QA pass: an L with one wing's walls left out of its file gave 12 dwellings
   * where it holds 18, and said nothing of that wing).
   */
  static List<String> unbuildableWings(Plan plan) {
    return notes(plan, n -> n.topic() == PlanNote.Topic.WING_UNBUILDABLE);
  }

  /**
   * Why the best layout's gallery is cantilevered in front of the facade on the wings where it is: the plan's note on
   * each such wing's depth (the gallery and the deepest modules that do not both fit). Empty where every gallery stands
   * on the roof.
   */
  static List<String> cantilevered(Plan plan, Layout best) {
    List<String> out = new ArrayList<>();
    best.galleries().stream().filter(GallerySegment::cantilevered).map(GallerySegment::wing).distinct().sorted()
        .forEach(w -> out.addAll(notes(plan,
            n -> n.topic() == PlanNote.Topic.GALLERY_CANTILEVERED && n.wing() == w)));
    return out;
  }

  /**
   * Why the best layout holds dwellings on fewer storeys than the plan allows, where the line says why (its dwelling
   * modules stack no higher, {@code maxStack}, or resist fire too briefly for the next storey's floor level); else
   * that no layout on more storeys was found better, proven or within the time limit. Empty when the best layout uses
   * every storey allowed.
   *
   * @param best the best layout of the line
   * @param proven whether the best layout is proven optimal
   */
  static List<String> emptyStoreys(Plan plan, Layout best, boolean proven) {
    int used = best.modules(ModuleKind.DWELLING).stream().mapToInt(Placement::storey).max().orElse(0);
    if (used == 0 || used >= plan.storeys()) {
      return List.of();
    }
    String line = plan.line().id();
    int next = used + 1;
    int floor = plan.floorLevelMm(next);
    int need = plan.code().requiredFireResistanceMin(floor);
    List<ModuleType> types = plan.line().modules(ModuleKind.DWELLING);
    int most = types.stream().mapToInt(ModuleType::fireResistanceMin).max().orElse(0);
    // a dwelling on storey k stands on k - 1 of its type: a line whose modules stack lower has none there
    int stack = types.stream().mapToInt(ModuleType::maxStack).max().orElse(0);
    List<String> why = new ArrayList<>();
    if (stack < next) {
      why.add(String.format(Locale.ROOT, "the line's dwelling modules stack at most %d high (maxStack), so none"
          + " stands on storey %d", stack, next));
    }
    if (most < need) {
      why.add(String.format(Locale.ROOT, "storey %d at %s needs %d min fire resistance, and the line's dwelling"
          + " modules resist at most %d min", next, Texts.metres(floor), need, most));
    }
    // each limit met by some module, but by none both (a review: one stacks high enough and resists too briefly, the
    // other the reverse)
    if (why.isEmpty() && types.stream().noneMatch(m -> m.maxStack() >= next && m.fireResistanceMin() >= need)) {
      why.add(String.format(Locale.ROOT, "storey %d at %s needs %d min fire resistance and a stack %d high, and no"
          + " dwelling module of the line has both (%s)", next, Texts.metres(floor), need, next, String.join(", ",
          types.stream().map(m -> String.format(Locale.ROOT, "%s: %d min, stacks %d", m.id(), m.fireResistanceMin(),
              m.maxStack())).toList())));
    }
    if (!why.isEmpty()) {
      return List.of(String.format(Locale.ROOT, "line %s: dwellings on %d of the %d storeys allowed: %s", line, used,
          plan.storeys(), String.join("; and ", why)));
    }
    return List.of(String.format(Locale.ROOT, "line %s: dwellings on %d of the %d storeys allowed: no layout with"
        + " dwellings on storey %d %s better (more dwellings, or as many worth more) within the loads, access and"
        + " lift rules; the loads above show how near their limits this one is, and --what-limits which of them holds"
        + " the count", line, used, plan.storeys(), next,
        proven ? "is" : "was found"));
  }

  /**
   * Why a plan has no dwelling candidate, where the line's modules decide it ({@link #whyNoCandidates}).
   *
   * @param words the facts in words; empty where the modules do not decide it
   * @param fire whether a dwelling module resists fire too briefly for storey 1 (which rules out every wing)
   * @param shallowWings the wings shallower than the line's dwelling modules
   */
  private record NoCandidates(List<String> words, boolean fire, Set<Integer> shallowWings) {}

  /**
   * Why plan {@code plan} has no dwelling candidate, where the line's modules decide it: a dwelling module whose fire
   * resistance storey 1 does not allow, a wing shallower than the line's dwelling modules (those of the dwelling types
   * of at least {@code smallestM2} asked for, where asked: QA48, the line's shallower modules had been left out for
   * it, unsaid); no words where neither.
   */
  private static NoCandidates whyNoCandidates(Plan plan, double smallestM2) {
    List<String> out = new ArrayList<>();
    String line = plan.line().id();
    int floor1 = plan.floorLevelMm(1);
    int need = plan.code().requiredFireResistanceMin(floor1);
    // each module once, though several dwelling types (of one box and of two) are made of it
    for (ModuleType m : plan.line().dwellings().stream().map(d -> plan.line().module(d.moduleTypeId()).orElseThrow())
        .distinct().toList()) {
      if (m.fireResistanceMin() < need) {
        out.add(String.format(Locale.ROOT, "line %s: module %s resists fire for %d min; storey 1 at %s needs %d"
            + " min", line, m.id(), m.fireResistanceMin(), Texts.metres(floor1), need));
      }
    }
    boolean fire = !out.isEmpty();
    Set<Integer> shallow = new TreeSet<>();
    int depth = plan.line().modules(ModuleKind.DWELLING).stream().mapToInt(ModuleType::depthMm).max().orElse(0);
    for (int w = 0; w < plan.building().wings().size(); w++) {
      var wing = plan.building().wings().get(w);
      if (wing.depthMm() < depth) {
        out.add(String.format(Locale.ROOT, "line %s: wing %d is %s deep, its dwelling modules %s%s", line, w,
            Texts.metres(wing.depthMm()), Texts.metres(depth), smallestM2 > 0 ? String.format(Locale.ROOT, " (those"
                + " of its dwelling types of at least %.1f m2 usable area, as asked for)", smallestM2) : ""));
        shallow.add(w);
      }
    }
    return new NoCandidates(out, fire, shallow);
  }

  private static List<String> loadFacts(Plan plan, List<Candidate> dwellings) {
    List<String> out = new ArrayList<>();
    String line = plan.line().id();
    Candidate lightest = dwellings.get(0);
    for (Candidate c : dwellings) {
      if (c.loads().totalKn() < lightest.loads().totalKn()) {
        lightest = c;
      }
    }
    // the lightest gallery slot covering its door, where the plan has one (on a wall, either bay's reaches it)
    double galleryKn = Double.NaN;
    for (GallerySlot g : plan.galleries()) {
      if (g.wing() == lightest.wing() && g.covers(lightest.accessSMm())
          && (Double.isNaN(galleryKn) || g.loads().totalKn() < galleryKn)) {
        galleryKn = g.loads().totalKn();
      }
    }
    double need = lightest.loads().totalKn() + (Double.isNaN(galleryKn) ? 0 : galleryKn);
    double reserve = plan.building().loadReserve().foundationReserveKn();
    if (Double.isFinite(reserve) && reserve < need) {
      // a lower bound: the stair and transfer layer a dwelling needs come on top (QA47: "with its gallery (0 kN)"
      // where the plan had no gallery slot at the bay read as a gallery that weighs nothing); the sum shown is that of
      // the parts shown, to a tenth of a kN (a QA pass: "108 kN with its gallery (21 kN): 130 kN")
      // the reserve as precise as the loads where it has a fraction (a review: 129.6 kN read "130 kN is below ...
      // 129.7 kN")
      out.add(Double.isNaN(galleryKn)
          ? String.format(Locale.ROOT, "line %s: the foundation reserve of %s kN is below the lightest dwelling"
              + " alone (%s, %.1f kN), before its gallery, stair and transfer layer", line, kn(reserve),
              lightest.dwelling().id(), lightest.loads().totalKn())
          : String.format(Locale.ROOT, "line %s: the foundation reserve of %s kN is below the lightest dwelling"
              + " (%s, %.1f kN) with its gallery (%.1f kN): %.1f kN, before its stair and transfer layer", line,
              kn(reserve), lightest.dwelling().id(), tenths(lightest.loads().totalKn()), tenths(galleryKn),
              tenths(lightest.loads().totalKn()) + tenths(galleryKn)));
    }
    double maxWall = plan.walls().stream().mapToDouble(Wall::capacityKn).max().orElse(0);
    // the least any dwelling module puts on its most loaded line, wherever it stands: by the lever rule that depends on
    // its place (past a wing's outermost line, more than its load), not only on its weight
    double perWall = dwellings.stream().mapToDouble(c -> c.loads().wallKn().values().stream()
        .mapToDouble(Double::doubleValue).max().orElse(0)).min().orElse(0);
    if (perWall > maxWall) {
      out.add(String.format(Locale.ROOT, "line %s: the strongest bearing line takes %s kN; a dwelling module puts at"
          + " least %s kN on one line, wherever it stands", line, knBeside(maxWall, perWall),
          knBeside(perWall, maxWall)));
    }
    double areaLimit = plan.building().loadReserve().areaLoadKnPerM2();
    double perBay = dwellings.stream().mapToDouble(c -> mostPerM2(plan, c)).min().orElse(0);
    if (perBay > areaLimit) {
      out.add(String.format(Locale.ROOT, "line %s: the area-load reserve is %s kN/m2 a bay; a dwelling module puts at"
          + " least %s kN/m2 on one bay, with the transfer layer it needs, wherever it stands", line,
          String.format(Locale.ROOT, Texts.apart(areaLimit, perBay, 2), areaLimit),
          String.format(Locale.ROOT, Texts.apart(perBay, areaLimit, 2), perBay)));
    }
    return out;
  }

  /**
   * The most dwelling candidate {@code c} puts on a square metre of one bay, kN/m², as the area-load rule counts it (a
   * bay's load over its span times the wing's depth): its own load and that of the transfer layer it needs there.
   */
  private static double mostPerM2(Plan plan, Candidate c) {
    return plan.loadsWithTransfer(c).bayKn().entrySet().stream()
        .mapToDouble(e -> e.getValue() / plan.bays().get(e.getKey()).areaM2()).max().orElse(0);
  }

  /**
   * Where a wing's row stands behind its gallery on the roof, in words: the gallery's depth moves the row back by as
   * much, and the gallery is cantilevered where it and the line's deepest module do not both fit the wing, and tried
   * so where the roof behind it is less clear, so a deeper gallery may leave no module a place where a shallower one
   * left some (a manufacturer's QA pass: a 2.4 m gallery, 0 dwellings on a roof where a 1.8 m one gave 2, said only
   * "no dwelling module fits"); else empty.
   */
  private static String behindGalleryOnRoof(Plan plan) {
    List<Integer> onRoof = plan.rows().stream().filter(WingRow::galleryOnRoof).map(WingRow::wing).toList();
    if (onRoof.isEmpty()) {
      return "";
    }
    return String.format(Locale.ROOT, ", behind the line's %s gallery on the roof (wing%s %s: the gallery is"
        + " cantilevered in front of the facade where it and the line's deepest dwelling module do not both fit"
        + " the wing's depth less its setbacks, and tried so where the roof behind it is clear along less of the"
        + " wing, docs/model.md, \"Geometry of the row\")",
        Texts.metres(plan.line().gallery().depthMm()), onRoof.size() == 1 ? "" : "s",
        onRoof.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  /** {@code kn} rounded to a tenth, as shown with one decimal. */
  private static double tenths(double kn) {
    return Math.round(kn * 10) / 10.0;
  }

  /** A figure given in kN, such as a reserve: whole where it is whole ("80"), else to a tenth ("129.6"). */
  private static String kn(double kn) {
    return kn == Math.rint(kn) ? String.format(Locale.ROOT, "%.0f", kn) : String.format(Locale.ROOT, "%.1f", kn);
  }

  /**
   * {@code kn} to a tenth, or finer where {@code other}, which it is compared with, would read the same (100.04 kN
   * against 100.0 kN; {@link Texts#apart}).
   */
  private static String knBeside(double kn, double other) {
    return String.format(Locale.ROOT, Texts.apart(kn, other, 1), kn);
  }
}

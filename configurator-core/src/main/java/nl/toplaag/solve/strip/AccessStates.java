package nl.toplaag.solve.strip;

/**
 * The access states of the strip programme's labels ({@link Label#access}) and the walking-distance rules that move
 * them: per storey, whether the doors on the gallery so far wait for a stair, have none, or reach one within the walk;
 * and on the storeys that need a lift, the same for lift modules and the existing lift's extension. Distances along
 * the row are in millimetres ({@code s}, as {@link StripIndex} gives them); storeys are counted from the roof, the
 * first added storey being 0 in the arrays and 1 where a height is meant.
 *
 * <p>Access per storey is one int, higher is better: a pending door at s is s (below {@link #PENDING_MAX}), no door and
 * no stair is {@link #EMPTY}, a stair reached at s is {@link #SERVED} + s; an existing core is reached at its access
 * point less the walk on to it (beside the wing's start, before the start: SERVED + a negative s, still above EMPTY).
 * The same for lifts on the storeys that need one: a door waiting for a lift module, none, or a lift reached; the
 * existing lift is reached at its door less the walk on to it.
 */
final class AccessStates {

  /** States below it are doors waiting, at the point the state holds. */
  static final int PENDING_MAX = 1 << 27;
  /** No door waiting and no stair or lift reached. */
  static final int EMPTY = 1 << 27;
  /** A stair or lift reached at s is this plus s. */
  static final int SERVED = 1 << 28;
  /** A point beyond every wing's end, the highest a door may wait at ({@link #liftPoint}). */
  static final int FAR = PENDING_MAX - 1;

  private final StripIndex ix;
  private final int storeys;

  /** The rules for the row {@code ix} with {@code storeys} storeys to add. */
  AccessStates(StripIndex ix, int storeys) {
    this.ix = ix;
    this.storeys = storeys;
  }

  /** {@link #doorOrStair(Label, boolean, int, int, int, boolean)} for a door or stair module at the gallery. */
  boolean doorOrStair(Label cur, boolean site, int s, int h, boolean ok) {
    return doorOrStair(cur, site, s, 0, h, ok);
  }

  /**
   * A door ({@code site} false) or a stair ({@code site} true) at {@code s} on storeys 1 … {@code h}. A door
   * needs the gallery on its storey and is served by the last stair reached within the walk; a stair serves only
   * where the gallery reaches it, the doors waiting whose walk to {@code s} and on {@code approachMm} to it (an
   * existing core beside the wing's gable or across the roof; else 0) is within the limit (a door beyond it waits on
   * where a stair at the gallery still to come may serve it, else the branch fails), and is reached for the doors to
   * come at {@code s - approachMm} (a point that may lie before the wing's start, so a stair reached is any state
   * above {@link #EMPTY}), or where a stair reached before lies further on, there ({@link #reached}).
   */
  boolean doorOrStair(Label cur, boolean site, int s, int approachMm, int h, boolean ok) {
    if (!site) {
      if (h > cur.gh) {
        return false;
      }
      for (int k = 0; k < h; k++) {
        int a = cur.access[k];
        if (a > EMPTY && s - (a - SERVED) <= ix.walkMm) {
          continue;
        }
        if (a < PENDING_MAX) {
          continue;
        }
        cur.access[k] = s;
      }
      return true;
    }
    if (!ok) {
      return true;
    }
    for (int k = 0; k < Math.min(h, cur.gh); k++) {
      int a = cur.access[k];
      if (a < PENDING_MAX && s + approachMm - a > ix.walkMm) {
        if (s - a <= ix.walkMm) {
          continue; // beyond this stair's walk, but a stair at the gallery still to come may serve it: it waits on
        }
        return false;
      }
      cur.access[k] = reached(a, SERVED + s - approachMm);
    }
    return true;
  }

  /**
   * The access state after a stair or lift is reached at {@code point} where the state was {@code a}: that point, or
   * the one reached before where that lies further on (a core or the lift reached across the roof, at its access point
   * less the walk on to it, may lie behind a stair module reached before it).
   */
  private static int reached(int a, int point) {
    return a > EMPTY ? Math.max(a, point) : point;
  }

  /**
   * A lift whose walk leaves the gallery at {@code s} and goes on {@code approachMm} to it (0 but for the existing
   * lift beyond the wing's start or end, or across the roof), on storeys 1 … {@code h} (a fire-fighting lift where
   * {@code fireFighting}), serves the doors waiting for a lift on the storeys it may serve within the walk to a lift,
   * and is reached for the doors to come at {@code s - approachMm}, or where a lift reached before lies further on,
   * there ({@link #reached}); a door further back waits on where a lift module still to come may serve it, else is
   * left to the existing lift's extension where that serves its storey, else the branch fails (false).
   */
  boolean serve(Label cur, int s, int approachMm, int h, boolean fireFighting) {
    for (int k = Math.max(ix.firstLift, cur.orphanTop); k < h; k++) { // the extension serves those below already
      if (ix.fireFightingStorey[k] && !fireFighting) {
        continue;
      }
      int i = liftAt(k);
      if (cur.access[i] < PENDING_MAX && s + approachMm - cur.access[i] > ix.liftWalkMm) {
        if (s - cur.access[i] <= ix.liftWalkMm) {
          continue; // beyond this lift's walk, but a lift module still to come may serve it: it waits on
        }
        if (!orphan(cur, k)) {
          return false;
        }
      }
      cur.access[i] = reached(cur.access[i], SERVED + liftPoint(cur, s - approachMm));
    }
    servedByExtension(cur);
    return true;
  }

  /**
   * A dwelling's door at {@code s} on storeys 1 … {@code h}: on the storeys that need a lift, served by the last lift
   * reached where it lies within the walk (a lift reached is above {@link #EMPTY}, at a point that may lie before the
   * wing's start, {@link #serve}), else waiting for one (the first door waiting keeps the state).
   */
  void liftDoor(Label cur, int s, int h) {
    for (int k = ix.firstLift; k < h; k++) {
      int i = liftAt(k);
      int a = cur.access[i];
      if (a > EMPTY && s - (a - SERVED) <= ix.liftWalkMm || a < PENDING_MAX) {
        continue;
      }
      cur.access[i] = waitPoint(cur, s);
    }
  }

  /**
   * The point {@code s} of a lift reached, in the lift access state: {@code s}, or {@link #FAR} where every point of
   * the current bay's wing from {@code s} on lies within the walk to a lift, so that labels that differ only where the
   * walk cannot bind are one. A lift reached at FAR serves every door to come. (On a wing no longer than the walk,
   * every point: galerij-obstacles, a 48 m slab with CLT, 3 s: the plan with a second row proven, and the other's
   * count, where neither was.)
   */
  private int liftPoint(Label cur, int s) {
    return s + ix.liftWalkMm >= ix.wingEndMm[ix.bays.get(cur.bay).wing()] ? FAR : s;
  }

  /**
   * The point {@code s} of a door waiting for a lift, in the lift access state: {@code s}, or {@link #FAR} where every
   * lift to come on the current bay's wing lies within the walk of it, so that a door waiting at FAR is served by any:
   * the lift modules stand up to the wing's end, the existing lift beyond it is as far as its door and the walk on to
   * its shaft ({@link StripIndex#liftSiteApproachMm}).
   */
  private int waitPoint(Label cur, int s) {
    int wing = ix.bays.get(cur.bay).wing();
    int end = ix.wingEndMm[wing];
    if (wing == ix.liftSiteWing) {
      end = Math.max(end, ix.liftSiteSMm + ix.liftSiteApproachMm);
    }
    return s + ix.liftWalkMm >= end ? FAR : s;
  }

  /**
   * Leaves the door waiting for a lift on storey {@code k} (0-based) to the existing lift's extension: false where
   * that does not serve the storey. The caller then marks the storeys the extension reaches served
   * ({@link #servedByExtension}).
   */
  private boolean orphan(Label cur, int k) {
    if (!ix.extensionServes[k]) {
      return false;
    }
    cur.orphanTop = Math.max(cur.orphanTop, k + 1);
    return true;
  }

  /**
   * Marks the lift access of the storeys the existing lift's extension reaches ({@code orphanTop} and below) as served
   * at {@link #FAR}: it serves every door to come there, on any wing, so labels that differ only in those storeys'
   * access are one.
   */
  void servedByExtension(Label cur) {
    for (int k = ix.firstLift; k < cur.orphanTop; k++) {
      cur.access[liftAt(k)] = SERVED + FAR;
    }
  }

  /**
   * Ends the lift access on storeys {@code from} (0-based) and up, where the gallery ends: a door still waiting is
   * left to the existing lift's extension, or the branch fails (false).
   */
  boolean endLifts(Label cur, int from) {
    for (int k = Math.max(from, ix.firstLift); k < storeys; k++) {
      int i = liftAt(k);
      if (cur.access[i] < PENDING_MAX && !orphan(cur, k)) {
        return false;
      }
      cur.access[i] = EMPTY;
    }
    servedByExtension(cur);
    return true;
  }

  /** The highest storey (1-based) with a door waiting for a lift that only a lift module can serve, 0 when none. */
  int liftWaiting(Label cur) {
    for (int k = storeys - 1; k >= ix.firstLift; k--) {
      if (cur.access[liftAt(k)] < PENDING_MAX && !ix.extensionServes[k]) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The index in a label's {@code access} of the lift access on storey {@code k} (0-based, from the first lift on). */
  int liftAt(int k) {
    return storeys + k - ix.firstLift;
  }

  /** The length of a label's {@code access}: the stair access per storey, then the lift access ({@link #liftAt}). */
  int length() {
    return storeys + storeys - ix.firstLift;
  }

  /** The highest storey a stair or core reached serves in {@code access}, 0 when none does. */
  int served(int[] access) {
    int r = 0;
    for (int k = 0; k < storeys; k++) {
      if (access[k] > EMPTY) {
        r = k + 1;
      }
    }
    return r;
  }

  /** The highest storey with a door waiting for a stair in {@code access}, 0 when none waits. */
  int waiting(int[] access) {
    int w = 0;
    for (int k = 0; k < storeys; k++) {
      if (access[k] < PENDING_MAX) {
        w = k + 1;
      }
    }
    return w;
  }
}

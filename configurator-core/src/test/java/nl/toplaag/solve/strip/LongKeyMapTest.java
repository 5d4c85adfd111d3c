package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The wall table's map of moves between bays: it holds what a {@link HashMap} holds, through its growth. */
class LongKeyMapTest {

  @Test
  void holdsWhatAHashMapHoldsThroughItsGrowth() {
    LongKeyMap<String> map = new LongKeyMap<>();
    Map<Long, String> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      // keys as the wall table packs them: high bits for the position, the low ones dense, and some colliding slots
      long key = i % 3 == 0 ? (long) random.nextInt(1 << 19) << 44 | random.nextInt(1 << 20)
          : random.nextInt(5_000) * 1024L;
      if (!expected.containsKey(key)) {
        String value = "v" + i;
        map.put(key, value);
        expected.put(key, value);
      }
    }
    assertEquals(expected.size(), map.size());
    expected.forEach((key, value) -> assertSame(value, map.get(key)));
    for (int i = 0; i < 5_000; i++) {
      long absent = 5_000L * 1024 + 1 + i;
      assertNull(map.get(absent));
    }
  }

  @Test
  void keyZeroIsAKeyLikeAnyOther() {
    LongKeyMap<String> map = new LongKeyMap<>();
    assertNull(map.get(0));
    map.put(0, "zero");
    assertEquals("zero", map.get(0));
    assertNull(map.get(1));
  }

  @Test
  void rejectsANegativeKeyAndANullValue() {
    LongKeyMap<String> map = new LongKeyMap<>();
    assertThrows(IllegalArgumentException.class, () -> map.put(-1, "free"));
    assertThrows(IllegalArgumentException.class, () -> map.put(3, null));
  }
}

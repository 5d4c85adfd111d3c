package nl.toplaag.export;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic IFC GlobalIds: the first 128 bits of the SHA-256 of a name, written as IFC's 22-character base-64
 * text (alphabet {@code 0-9A-Za-z_$}; the first character carries the top 2 bits, so it is one of {@code 0-3}).
 * The same name gives the same id in every run, so a re-exported layout keeps its ids in a BIM tool.
 */
final class IfcGlobalId {

  /** IFC's base-64 alphabet, in the order of the digit values 0 … 63. */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";

  /** Characters in a GlobalId. */
  static final int LENGTH = 22;

  private IfcGlobalId() {}

  /** The GlobalId of {@code name}: 22 characters of {@link #ALPHABET}. */
  static String of(String name) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] first128 = new byte[16];
    System.arraycopy(hash, 0, first128, 0, 16);
    return of(first128);
  }

  /** The 128 bits {@code bits} (16 bytes, big-endian) as a GlobalId, IFC's compressed form of a GUID. */
  static String of(byte[] bits) {
    if (bits.length != 16) {
      throw new IllegalArgumentException("a GlobalId holds 16 bytes but " + bits.length + " were given");
    }
    BigInteger n = new BigInteger(1, bits);
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = LENGTH - 1; i >= 0; i--) {
      s.append(ALPHABET.charAt(n.shiftRight(6 * i).intValue() & 63));
    }
    return s.toString();
  }
}

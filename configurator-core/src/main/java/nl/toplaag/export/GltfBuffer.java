package nl.toplaag.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Little-endian bytes for a glTF binary: a growing buffer with 4-byte alignment, and the GLB container (a 12-byte
 * header, a JSON chunk padded with spaces and a BIN chunk padded with zeros, each a multiple of 4 bytes long).
 */
final class GltfBuffer {

  private static final int MAGIC = 0x46546C67; // "glTF"
  private static final int VERSION = 2;
  private static final int CHUNK_JSON = 0x4E4F534A; // "JSON"
  private static final int CHUNK_BIN = 0x004E4942; // "BIN\0"

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  /** How many bytes it holds. */
  int size() {
    return bytes.size();
  }

  /** Appends {@code values} as 32-bit floats. */
  void floats(float[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    bytes.writeBytes(b.array());
  }

  /** Appends {@code values} as unsigned 16-bit integers (each 0 … 65535). */
  void unsignedShorts(int[] values) {
    ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putShort((short) v);
    }
    bytes.writeBytes(b.array());
  }

  /** Appends {@code values} as unsigned 32-bit integers. */
  void unsignedInts(int[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(values);
    bytes.writeBytes(b.array());
  }

  /** Appends zeros up to the next multiple of 4 bytes. */
  void align() {
    while (bytes.size() % 4 != 0) {
      bytes.write(0);
    }
  }

  /** Its bytes. */
  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  /** The GLB file of {@code json} (UTF-8) and {@code bin} (may be empty: no BIN chunk). */
  static byte[] glb(String json, byte[] bin) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    int jsonLength = padded(text.length);
    int binLength = padded(bin.length);
    int total = 12 + 8 + jsonLength + (bin.length == 0 ? 0 : 8 + binLength);
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION).putInt(total);
    b.putInt(jsonLength).putInt(CHUNK_JSON).put(text);
    for (int i = text.length; i < jsonLength; i++) {
      b.put((byte) ' ');
    }
    if (bin.length > 0) {
      b.putInt(binLength).putInt(CHUNK_BIN).put(bin);
      // the rest is zeros already
    }
    return b.array();
  }

  private static int padded(int length) {
    return (length + 3) / 4 * 4;
  }
}

package nl.toplaag.viewer;

import java.awt.image.BufferedImage;

/**
 * Pure-Java image comparison with a tolerance, the equivalent of ImageMagick's
 * {@code compare -metric AE -fuzz 2%}: a pixel differs when any of its R, G, B channels differs by more than 2 % of
 * the range (5 of 255). No external tool is needed.
 */
final class ImageCompare {

  /** Channel tolerance: 2 % of 255. */
  static final int FUZZ = (int) Math.floor(0.02 * 255);

  private ImageCompare() {}

  /** Number of differing pixels ("absolute error" count); images of different sizes differ everywhere. */
  static long differingPixels(BufferedImage a, BufferedImage b, BufferedImage diffOut) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return (long) Math.max(a.getWidth(), b.getWidth()) * Math.max(a.getHeight(), b.getHeight());
    }
    long n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        boolean differs = false;
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > FUZZ) {
            differs = true;
          }
        }
        if (differs) {
          n++;
        }
        if (diffOut != null) {
          diffOut.setRGB(x, y, differs ? 0xffff0000 : (0xff000000 | ((p >> 2) & 0x3f3f3f)));
        }
      }
    }
    return n;
  }
}

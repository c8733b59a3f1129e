package io.reel2sop.scene;

import io.reel2sop.media.GreyFrame;
import java.util.Random;

/**
 * A grey "screen" drawn at video resolution and shrunk by box averaging into a thumbnail, the way
 * the decoder's scaler would, so that shifts of a few video pixels land between thumbnail pixels.
 */
final class ScreenCanvas {
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final int SHRINK = 5; // 960x540 -> 192x108 thumbnails

  private final int[] pixels;

  ScreenCanvas(int background) {
    pixels = new int[WIDTH * HEIGHT];
    java.util.Arrays.fill(pixels, background);
  }

  private ScreenCanvas(int[] pixels) {
    this.pixels = pixels;
  }

  ScreenCanvas copy() {
    return new ScreenCanvas(pixels.clone());
  }

  /** A web-app page: dark header, grey sidebar with menu items, white content area. */
  static ScreenCanvas appShell() {
    ScreenCanvas c = new ScreenCanvas(245);
    c.fill(0, 0, WIDTH, 60, 50);
    c.fill(0, 60, 200, HEIGHT - 60, 200);
    for (int i = 0; i < 8; i++) {
      c.fill(20, 90 + i * 40, 140, 12, 90);
    }
    return c;
  }

  ScreenCanvas fill(int x, int y, int w, int h, int value) {
    for (int yy = Math.max(0, y); yy < Math.min(HEIGHT, y + h); yy++) {
      for (int xx = Math.max(0, x); xx < Math.min(WIDTH, x + w); xx++) {
        pixels[yy * WIDTH + xx] = value;
      }
    }
    return this;
  }

  /** Lines of dark "words" (glyph-sized strokes) on the background, laid out from {@code seed}. */
  ScreenCanvas text(int x, int y, int w, int h, long seed) {
    Random random = new Random(seed);
    for (int line = y; line + 14 <= y + h; line += 22) {
      int cx = x;
      while (cx < x + w - 10) {
        int word = 20 + random.nextInt(60);
        for (int gx = cx; gx < Math.min(cx + word, x + w); gx += 7) {
          fill(gx, line + random.nextInt(4), 4, 10 + random.nextInt(4), 30);
        }
        cx += word + 10;
      }
    }
    return this;
  }

  /** Moves the content of a rectangle down by {@code dy} pixels (up if negative), like a scroll. */
  ScreenCanvas scroll(int x, int y, int w, int h, int dy, long seedForNewLines) {
    int[] old = pixels.clone();
    for (int yy = y; yy < y + h; yy++) {
      int src = yy - dy;
      for (int xx = x; xx < x + w; xx++) {
        pixels[yy * WIDTH + xx] = src >= y && src < y + h ? old[src * WIDTH + xx] : 245;
      }
    }
    if (dy < 0) {
      text(x, y + h + dy, w, -dy, seedForNewLines);
    }
    return this;
  }

  /**
   * A mouse pointer with its tip at ({@code x}, {@code y}): an arrow 12 pixels wide and 19 high
   * in {@code ink}, outlined in {@code outline} (a black arrow edged in white, or the reverse).
   */
  ScreenCanvas pointer(int x, int y, int ink, int outline) {
    for (int row = 0; row < 19; row++) {
      int width = Math.min(row * 2 / 3 + 1, 12);
      fill(x, y + row, width + 1, 1, outline);
      fill(x + 1, y + row, width - 1, 1, ink);
    }
    return this;
  }

  /** Multiplies a rectangle's brightness (a dimmed backdrop, a fade). */
  ScreenCanvas dim(int x, int y, int w, int h, double factor) {
    for (int yy = y; yy < y + h; yy++) {
      for (int xx = x; xx < x + w; xx++) {
        pixels[yy * WIDTH + xx] = (int) Math.round(pixels[yy * WIDTH + xx] * factor);
      }
    }
    return this;
  }

  ScreenCanvas dimAll(double factor) {
    return dim(0, 0, WIDTH, HEIGHT, factor);
  }

  /**
   * A tall text document (lines laid out from {@code seed}) seen through the rectangle, scrolled
   * down by {@code offset} pixels: the same document at any offset, as a page scrolled smoothly.
   */
  ScreenCanvas document(int x, int y, int w, int h, int offset, long seed) {
    ScreenCanvas page = new ScreenCanvas(245).text(x, y - offset, w, offset + 2 * h, seed);
    return paste(page, x, y, w, h);
  }

  /** A rectangle of {@code source} copied into this canvas at the same place. */
  ScreenCanvas paste(ScreenCanvas source, int x, int y, int w, int h) {
    for (int yy = Math.max(0, y); yy < Math.min(HEIGHT, y + h); yy++) {
      for (int xx = Math.max(0, x); xx < Math.min(WIDTH, x + w); xx++) {
        pixels[yy * WIDTH + xx] = source.pixels[yy * WIDTH + xx];
      }
    }
    return this;
  }

  /** This canvas mixed with {@code other}: 0 is this one, 1 is the other (a cross-fade). */
  ScreenCanvas blend(ScreenCanvas other, double share) {
    ScreenCanvas mixed = copy();
    for (int i = 0; i < pixels.length; i++) {
      mixed.pixels[i] = (int) Math.round((1 - share) * pixels[i] + share * other.pixels[i]);
    }
    return mixed;
  }

  GreyFrame frame(double time) {
    int tw = WIDTH / SHRINK;
    int th = HEIGHT / SHRINK;
    byte[] luma = new byte[tw * th];
    for (int ty = 0; ty < th; ty++) {
      for (int tx = 0; tx < tw; tx++) {
        int sum = 0;
        for (int yy = ty * SHRINK; yy < (ty + 1) * SHRINK; yy++) {
          for (int xx = tx * SHRINK; xx < (tx + 1) * SHRINK; xx++) {
            sum += pixels[yy * WIDTH + xx];
          }
        }
        luma[ty * tw + tx] = (byte) Math.round(sum / (float) (SHRINK * SHRINK));
      }
    }
    return new GreyFrame(time, tw, th, luma);
  }
}

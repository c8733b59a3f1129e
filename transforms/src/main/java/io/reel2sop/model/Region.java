package io.reel2sop.model;

/** A rectangle in pixels of the recording's frame (top-left origin). */
public record Region(int x, int y, int width, int height) {
  public Region {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative region size: " + width + "x" + height);
    }
  }

  public long area() {
    return (long) width * height;
  }

  /** The smallest region containing both. */
  public Region union(Region other) {
    int x0 = Math.min(x, other.x);
    int y0 = Math.min(y, other.y);
    int x1 = Math.max(x + width, other.x + other.width);
    int y1 = Math.max(y + height, other.y + other.height);
    return new Region(x0, y0, x1 - x0, y1 - y0);
  }

  /** Whether the two overlap by at least half of the smaller one: the same place on the screen. */
  public boolean overlapsMostly(Region other) {
    long w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
    long h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
    return w > 0 && h > 0 && w * h >= 0.5 * Math.min(area(), other.area());
  }
}

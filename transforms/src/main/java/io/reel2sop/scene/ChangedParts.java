package io.reel2sop.scene;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The separate parts of a change: groups of changed cells that touch, corners included. */
final class ChangedParts {
  private ChangedParts() {}

  /** Each part as its own mask over the grid's cells. */
  static List<boolean[]> of(CellGrid grid, boolean[] changed) {
    boolean[] seen = new boolean[changed.length];
    List<boolean[]> parts = new ArrayList<>();
    for (int first = 0; first < changed.length; first++) {
      if (!changed[first] || seen[first]) {
        continue;
      }
      boolean[] part = new boolean[changed.length];
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(first));
      seen[first] = true;
      while (!queue.isEmpty()) {
        int cell = queue.poll();
        part[cell] = true;
        int col = cell % grid.cols;
        int row = cell / grid.cols;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int c = col + dx;
            int r = row + dy;
            int next = r * grid.cols + c;
            if (c >= 0 && c < grid.cols && r >= 0 && r < grid.rows && changed[next] && !seen[next]) {
              seen[next] = true;
              queue.add(next);
            }
          }
        }
      }
      parts.add(part);
    }
    return parts;
  }
}

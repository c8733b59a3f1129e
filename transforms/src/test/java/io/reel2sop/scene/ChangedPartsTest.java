package io.reel2sop.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The separate parts of a change on a grid of 4 x 3 cells. */
class ChangedPartsTest {
  private static final CellGrid GRID = new CellGrid(32, 24, 8);

  /** A mask from rows of '#' (changed) and '.' (not). */
  private static boolean[] cells(String... rows) {
    boolean[] mask = new boolean[GRID.cellCount()];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length(); c++) {
        mask[r * GRID.cols + c] = rows[r].charAt(c) == '#';
      }
    }
    return mask;
  }

  @Test
  void partsApartAreSeparate() {
    List<boolean[]> parts = ChangedParts.of(GRID, cells("##..", "....", "..##"));
    assertEquals(2, parts.size());
    assertArrayEquals(cells("##..", "....", "...."), parts.get(0));
    assertArrayEquals(cells("....", "....", "..##"), parts.get(1));
  }

  @Test
  void cellsTouchingAtACornerAreOnePart() {
    List<boolean[]> parts = ChangedParts.of(GRID, cells("#...", ".#..", "..#."));
    assertEquals(1, parts.size());
  }

  @Test
  void partsDoNotWrapAroundTheGridsEdge() {
    assertEquals(2, ChangedParts.of(GRID, cells("...#", "#...", "....")).size());
  }

  @Test
  void nothingChangedHasNoParts() {
    assertEquals(List.of(), ChangedParts.of(GRID, cells("....", "....", "....")));
  }
}

package io.reel2sop.testmedia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FramesOnScreenTest {
  @Test
  void eachTimeGetsTheLastFrameStartedByItOrTheFirstFrame() {
    // frames start at 0.5, 1.0, 2.0 (variable gaps); times unsorted with a repeat
    List<Double> times = List.of(1.9995, 0.0, 1.5, 0.5, 3.0, 1.5, 0.9992, 0.4);
    List<String> converted = new ArrayList<>();
    List<String> released = new ArrayList<>();
    List<String> shown;
    try (FramesOnScreen<String, String> onScreen = new FramesOnScreen<>(times, name -> {
      converted.add(name);
      return name.toUpperCase();
    }, released::add)) {
      onScreen.offer(0.5, "a");
      onScreen.offer(1.0, "b");
      onScreen.offer(2.0, "c");
      shown = onScreen.shownAtEachTime();
    }
    assertEquals(List.of("C", "A", "B", "A", "C", "B", "B", "A"), shown);
    assertEquals(List.of("a", "b", "c"), converted, "each frame converted once");
    assertEquals(List.of("a", "b", "c"), released);
  }

  @Test
  void offersStopMatteringOnceEveryTimeIsPast() {
    try (FramesOnScreen<String, String> onScreen = new FramesOnScreen<>(List.of(0.1, 0.2), Function.identity(), f -> {})) {
      assertEquals(true, onScreen.offer(0.0, "a"));
      assertEquals(true, onScreen.offer(0.15, "b"));
      assertEquals(false, onScreen.offer(0.25, "c"));
      assertEquals(List.of("a", "b"), onScreen.shownAtEachTime());
    }
  }

  @Test
  void framesNoTimeShowsAreNotConverted() {
    List<String> converted = new ArrayList<>();
    try (FramesOnScreen<String, String> onScreen = new FramesOnScreen<>(List.of(3.0), f -> {
      converted.add(f);
      return f;
    }, f -> {})) {
      for (int i = 0; i < 10; i++) {
        onScreen.offer(i * 0.5, "f" + i);
      }
      assertEquals(List.of("f6"), onScreen.shownAtEachTime());
    }
    assertEquals(List.of("f6"), converted);
  }
}

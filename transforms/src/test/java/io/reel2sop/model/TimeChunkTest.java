package io.reel2sop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeChunkTest {
  @Test
  void aTwentyMinuteRecordingInTwoMinuteChunks() {
    List<TimeChunk> chunks = TimeChunk.split(1209, 120);
    assertEquals(10, chunks.size());
    assertEquals(new TimeChunk(0, 10, 0, 120), chunks.get(0));
    assertEquals(1080, chunks.get(9).start());
    assertEquals(Double.POSITIVE_INFINITY, chunks.get(9).end(), "the last chunk takes the 129 s left");
  }

  @Test
  void everyMomentIsOwnedByExactlyOneChunk() {
    for (double length : new double[] {7, 13.3, 120}) {
      List<TimeChunk> chunks = TimeChunk.split(500, length);
      for (double t = -1; t < 520; t += 0.05) {
        double time = t;
        assertEquals(1, chunks.stream().filter(c -> c.owns(time)).count(), "owners of " + time);
      }
    }
  }

  @Test
  void bordersBelongToTheChunkTheyStart() {
    List<TimeChunk> chunks = TimeChunk.split(30, 10);
    assertFalse(chunks.get(0).owns(10));
    assertTrue(chunks.get(1).owns(10));
  }

  @Test
  void shortRecordingsAndChunkingOffAreOneChunk() {
    assertEquals(List.of(TimeChunk.whole()), TimeChunk.split(170, 120), "under one and a half chunks");
    assertEquals(List.of(TimeChunk.whole()), TimeChunk.split(5000, 0), "--chunkSeconds=0");
    assertEquals(List.of(TimeChunk.whole()), TimeChunk.split(0, 120), "unknown duration");
  }

  @Test
  void aShortRemainderJoinsTheChunkBefore() {
    List<TimeChunk> chunks = TimeChunk.split(340, 100);
    assertEquals(3, chunks.size());
    assertEquals(200, chunks.get(2).start(), "40 s left over is kept with the third chunk");
  }
}

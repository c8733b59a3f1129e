package io.reel2sop.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeFormatTest {

  @Test
  void minutesSecondsRoundsDownAndAddsHoursWhenNeeded() {
    assertEquals("0:00", TimeFormat.minutesSeconds(0));
    assertEquals("0:07", TimeFormat.minutesSeconds(7.99));
    assertEquals("12:34", TimeFormat.minutesSeconds(754.2));
    assertEquals("1:02:03", TimeFormat.minutesSeconds(3723));
  }

  @Test
  void rangeUsesEnDashAndCollapsesEqualEnds() {
    assertEquals("0:12–0:18", TimeFormat.range(12.3, 18.9));
    assertEquals("0:12", TimeFormat.range(12.1, 12.6));
  }

  @Test
  void clockHasMillisecondsAndHours() {
    assertEquals("00:00:00.000", TimeFormat.clock(0));
    assertEquals("00:01:05.250", TimeFormat.clock(65.25));
    assertEquals("02:00:00.001", TimeFormat.clock(7200.0006));
    assertEquals("00:00:00.000", TimeFormat.clock(-1));
  }

  @Test
  void parseClockAcceptsWebVttAndSubRipForms() {
    assertEquals(3723.5, TimeFormat.parseClock("01:02:03.500"), 1e-9);
    assertEquals(3723.5, TimeFormat.parseClock("01:02:03,500"), 1e-9);
    assertEquals(63.25, TimeFormat.parseClock("01:03.250"), 1e-9);
    assertEquals(90000.0, TimeFormat.parseClock("25:00:00.000"), 1e-9);
    assertEquals(3.0, TimeFormat.parseClock("00:00:03"), 1e-9);
  }

  @Test
  void clockRoundTripsThroughParse() {
    for (double t : new double[] {0, 0.001, 59.999, 61.5, 3599.999, 86400.123}) {
      assertEquals(t, TimeFormat.parseClock(TimeFormat.clock(t)), 1e-9);
    }
  }

  @Test
  void parseClockRejectsNonTimes() {
    assertThrows(IllegalArgumentException.class, () -> TimeFormat.parseClock("1.5"));
    assertThrows(IllegalArgumentException.class, () -> TimeFormat.parseClock("00:61:00.000"));
    assertThrows(IllegalArgumentException.class, () -> TimeFormat.parseClock("00:00:60.000"));
    assertThrows(IllegalArgumentException.class, () -> TimeFormat.parseClock("aa:bb:cc"));
  }
}

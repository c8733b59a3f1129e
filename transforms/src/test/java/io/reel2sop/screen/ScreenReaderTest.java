package io.reel2sop.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.testmedia.BgrFrames;
import io.reel2sop.testmedia.Container;
import io.reel2sop.testmedia.MediaSpec;
import io.reel2sop.testmedia.MediaWriter;
import io.reel2sop.testmedia.VideoCodec;
import io.reel2sop.testmedia.VideoFormat;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a short drawn recording with the real OCR engine: whole at first, then only where it changed. */
class ScreenReaderTest {
  private static final int WIDTH = 960;
  private static final int HEIGHT = 540;
  /** Where the form's button is; only this part is said to change at 1.5 s. */
  private static final Region BUTTON = new Region(560, 380, 300, 60);
  private static final double FRAME = WIDTH * HEIGHT;

  @TempDir static Path dir;
  private static OcrEngine ocr;
  private static List<ScreenReading> readings;

  /**
   * 1.5 s of a form with a Subject button, then 1.5 s with the button saying "Save changes" and,
   * outside the part said to change, the heading saying "Edited ticket".
   */
  @BeforeAll
  static void readTheRecording() throws Exception {
    Path video = dir.resolve("form.mp4");
    byte[] before = screen("New ticket", "Subject");
    byte[] after = screen("Edited ticket", "Save changes");
    VideoFormat format = new VideoFormat(WIDTH, HEIGHT, 10, new VideoCodec.H264(2_000_000));
    try (MediaWriter out = MediaWriter.open(video, new MediaSpec(Container.MP4, format, null), null)) {
      for (int i = 0; i < 30; i++) {
        out.frame(i < 15 ? before : after, i / 10.0);
      }
    }
    ocr = OcrEngine.open();
    readings = new ScreenReader(ocr).read(video, List.of(
        new ReadingPlan.Period(1.5, 3.0, 1.6, BUTTON), new ReadingPlan.Period(0, 1.5, 0.1, null)));
    // the same recording in four periods, the third after a change not known
    List<ReadingPlan.Period> four = List.of(new ReadingPlan.Period(0, 1.5, 0.1, null),
        new ReadingPlan.Period(1.5, 2.2, 1.6, BUTTON), new ReadingPlan.Period(2.2, 2.6, 2.3, null),
        new ReadingPlan.Period(2.6, 3.0, 2.7, BUTTON));
    inOnePass = new ScreenReader(ocr).read(video, four);
    try (OcrEngine second = OcrEngine.open()) {
      inTwoParts = new ScreenReader(List.of(ocr, second)).read(video, four);
    }
  }

  private static List<ScreenReading> inOnePass;
  private static List<ScreenReading> inTwoParts;

  @AfterAll
  static void closeTheEngine() {
    ocr.close();
  }

  @Test
  void readingInPartsOnTwoThreadsGivesTheReadingsOfOnePass() {
    assertEquals(4, inOnePass.size());
    assertEquals(inOnePass, inTwoParts);
  }

  @Test
  void partsStartOnlyWherePeriodsAreReadWholeAnyway() {
    List<ReadingPlan.Period> periods = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      periods.add(new ReadingPlan.Period(i, i + 1, i + 0.1, i % 3 == 0 ? null : BUTTON));
    }
    List<ReadingPlan.Period> shuffled = new ArrayList<>(periods);
    java.util.Collections.reverse(shuffled);
    List<List<ReadingPlan.Period>> parts = ScreenReader.parts(shuffled, 2, FRAME);
    assertEquals(List.of(periods.subList(0, 6), periods.subList(6, 10)), parts, "the first null from half way on");
    assertEquals(List.of(periods), ScreenReader.parts(periods, 1, FRAME));
    List<List<ReadingPlan.Period>> many = ScreenReader.parts(periods, 8, FRAME);
    assertEquals(List.of(periods.subList(0, 3), periods.subList(3, 6), periods.subList(6, 9), periods.subList(9, 10)), many);
    List<ReadingPlan.Period> small = periods.stream().map(p -> new ReadingPlan.Period(p.from(), p.to(), p.time(), BUTTON)).toList();
    assertEquals(List.of(small), ScreenReader.parts(small, 2, FRAME), "nowhere to start a second part");
    Region most = new Region(0, 0, WIDTH, HEIGHT * 6 / 10);
    List<ReadingPlan.Period> large = periods.stream()
        .map(p -> new ReadingPlan.Period(p.from(), p.to(), p.time(), p.changed() == null ? most : p.changed())).toList();
    assertEquals(List.of(large.subList(0, 6), large.subList(6, 10)), ScreenReader.parts(large, 2, FRAME),
        "a change over half the frame is read whole too");
  }

  private static byte[] screen(String heading, String button) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(20, 20, 20));
    g.setFont(new Font("DejaVu Sans", Font.BOLD, 36));
    g.drawString(heading, 100, 120);
    g.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
    g.drawString("Requester", 100, 260);
    g.drawString(button, 600, 420);
    g.dispose();
    return BgrFrames.of(image);
  }

  private static List<String> texts(ScreenReading reading) {
    return reading.labels().stream().map(OcrLabel::text).toList();
  }

  @Test
  void eachPeriodIsReadOnceInTimeOrder() {
    assertEquals(List.of(0.0, 1.5), readings.stream().map(ScreenReading::from).toList());
    assertEquals(List.of(0.1, 1.6), readings.stream().map(ScreenReading::time).toList());
    assertEquals(WIDTH, readings.get(0).width());
    assertEquals(HEIGHT, readings.get(0).height());
  }

  @Test
  void firstPeriodIsReadWhole() {
    assertEquals(List.of("New ticket", "Requester", "Subject"), texts(readings.get(0)).stream().sorted().toList());
  }

  @Test
  void laterPeriodIsReadAgainOnlyWhereItChanged() {
    List<String> later = texts(readings.get(1));
    assertTrue(later.contains("Save changes"), "read again where it changed: " + later);
    assertTrue(later.contains("New ticket"), "kept from the reading before outside the change: " + later);
    assertTrue(later.contains("Requester"), later.toString());
    assertTrue(later.stream().noneMatch(t -> t.contains("Subject") || t.contains("Edited")), later.toString());
  }
}

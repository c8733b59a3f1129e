package io.reel2sop.pipeline.cli;

import static io.reel2sop.fixtures.Walkthrough.SECRET_CARD;
import static io.reel2sop.fixtures.Walkthrough.SECRET_EMAIL;
import static io.reel2sop.fixtures.Walkthrough.SECRET_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.Fixture;
import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.ocr.OcrEngine;
import io.reel2sop.ocr.OcrImage;
import io.reel2sop.ocr.OcrWord;
import io.reel2sop.redact.ScreenshotRedactor;
import io.reel2sop.render.SopJson;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redaction end to end on the DirectRunner, on a recording whose screen and narration show an
 * email, a phone number, a card-like number and a company name. Four runs on one output: without
 * redaction (the secrets are everywhere: the checks below can fail), with
 * {@code --redact=emails,phones,cards --redactWords=Falconridge} (the SOP is out of date and redone),
 * again after a reviewer added a box to {@code edits.json} (the SOP is rendered again without
 * analysis, its screenshots taken again under the box), and with {@code --reprocess=all}. Every file
 * written with redaction on is searched for the secrets, PDF text and change summaries included,
 * and every screenshot is read back.
 */
class RedactionPipelineTest {
  private static final String ID = "secrets";
  /** The reviewer's box: the tips panel of the New Lead form, on the screenshots up to {@link #boxUntil}. */
  private static final Rectangle BOX = new Rectangle(760, 240, 460, 200);

  @TempDir static Path dir;
  private static Path output;
  private static CommandLineRun plain;
  private static CommandLineRun redacted;
  private static CommandLineRun boxed;
  private static CommandLineRun reprocessed;
  private static double boxUntil;

  @BeforeAll
  static void runWithoutThenWithRedactionThenWithABoxThenAgain() throws IOException {
    Fixture fixture = TestFixtures.secrets();
    Path library = Files.createDirectories(dir.resolve("recordings"));
    Files.copy(fixture.video(), library.resolve(fixture.video().getFileName()));
    Files.copy(fixture.sidecar(), library.resolve(fixture.sidecar().getFileName()));
    output = dir.resolve("sops");
    List<String> args = List.of("--input=" + library, "--output=" + output, "--targetParallelism=2");
    plain = CommandLineRun.of(args);
    redacted = CommandLineRun.of(args, SecretChecks.REDACT.toArray(String[]::new));

    List<Step> steps = sop(output.resolve(ID)).steps();
    boxUntil = (steps.get(1).screenshot().time() + steps.get(2).screenshot().time()) / 2;
    Files.writeString(output.resolve(ID).resolve("edits.json"), String.format(Locale.ROOT,
        "{\"schemaVersion\": 1, \"redact\": [{\"box\": [%d, %d, %d, %d], \"to\": %.3f}]}",
        BOX.x, BOX.y, BOX.width, BOX.height, boxUntil));
    boxed = CommandLineRun.of(args, SecretChecks.REDACT.toArray(String[]::new));
    List<String> again = new ArrayList<>(SecretChecks.REDACT);
    again.add("--reprocess=all");
    reprocessed = CommandLineRun.of(args, again.toArray(String[]::new));
  }

  @Test
  void everyRunSucceedsAndTurningRedactionOnRedoesTheSop() throws IOException {
    for (CommandLineRun run : List.of(plain, redacted, boxed, reprocessed)) {
      assertEquals(0, run.exitCode(), run.console());
    }
    assertTrue(redacted.console().contains("1 processed, 0 skipped"), redacted.console());
    assertTrue(boxed.console().contains("1 rendered again after their edits changed"), boxed.console());
    assertTrue(reprocessed.console().contains("1 processed, 0 skipped"), reprocessed.console());
    assertNotEquals(sop(version(1)).producedBy().settingsHash(), sop(version(2)).producedBy().settingsHash());
    assertEquals(sop(version(2)).producedBy().settingsHash(), sop(output.resolve(ID)).producedBy().settingsHash());
  }

  @Test
  void withoutRedactionTheSecretsAreInTheOutputs() throws IOException {
    String everything = allText(version(1));
    for (String secret : List.of(SECRET_EMAIL, SECRET_PHONE, SECRET_CARD, "Falconridge")) {
      assertTrue(everything.contains(secret.toLowerCase(Locale.ROOT)), secret + " in the SOP made without redaction");
    }
    assertTrue(ocrText(version(1)).contains("@"), "OCR reads the email on the unredacted screenshots");
  }

  @Test
  void noFileWrittenWithRedactionOnHoldsASecret() throws IOException {
    SecretChecks.assertNoSecret(allText(output), "an output");
    SopDocument sop = sop(output.resolve(ID));
    assertTrue(sop.transcript().words().stream().anyMatch(w -> w.word().equals("[redacted]")), "masked words");
    assertTrue(sop.steps().stream().anyMatch(s -> s.narration().contains("[redacted]")), "masked narration");
    assertTrue(Files.readString(output.resolve(ID).resolve("transcript.vtt")).contains("[redacted]"), "masked captions");
  }

  @Test
  void theSecretsOnTheScreenshotsAreSolidBlackAndNoLongerRead() throws IOException {
    for (Path folder : List.of(version(2), version(3), output.resolve(ID))) {
      assertFalse(ocrText(folder).contains("@"), "an email read on a redacted screenshot in " + folder);
    }
    int checked = 0;
    for (Path folder : List.of(version(2), version(3), output.resolve(ID))) {
      SopDocument sop = sop(folder);
      for (Step step : sop.steps()) {
        BufferedImage shot = ImageIO.read(folder.resolve(step.screenshot().path()).toFile());
        checked += SecretChecks.assertTypedSecretsCovered(shot, step.screenshot().time(),
            folder + " " + step.screenshot().path());
      }
    }
    assertTrue(checked >= 12, checked + " secrets checked on screenshots");
  }

  @Test
  void aReviewersBoxCoversItsScreenshotsOnlyWhetherRenderedAgainOrReprocessed() throws IOException {
    assertBoxCoversItsScreenshotsOnly(version(3));
    assertBoxCoversItsScreenshotsOnly(output.resolve(ID));
    assertTrue(sop(version(3)).edits().applied().stream().anyMatch(e -> e.edit().startsWith("cover 760,240 460x200")),
        "the SOP lists the box among its edits");
  }

  private static void assertBoxCoversItsScreenshotsOnly(Path folder) throws IOException {
    SopDocument sop = sop(folder);
    int covered = 0;
    for (Step step : sop.steps()) {
      BufferedImage shot = ImageIO.read(folder.resolve(step.screenshot().path()).toFile());
      BufferedImage before = ImageIO.read(version(2).resolve(step.screenshot().path()).toFile());
      if (step.screenshot().time() <= boxUntil) {
        assertEquals(1, SecretChecks.colours(shot, BOX), step.screenshot() + " has the box");
        assertEquals(0, shot.getRGB(BOX.x + 1, BOX.y + 1) & 0xffffff, "black");
        covered++;
      } else {
        assertEquals(SecretChecks.colours(before, BOX), SecretChecks.colours(shot, BOX), step.screenshot() + " is as before outside the box's time");
      }
    }
    assertEquals(2, covered, folder.toString());
  }

  private static Path version(int n) {
    return output.resolve(ID).resolve("versions").resolve(Integer.toString(n));
  }

  private static SopDocument sop(Path folder) throws IOException {
    return SopJson.read(Files.readString(folder.resolve("sop.json")));
  }

  /**
   * The text of every file under {@code root} but the SOP made without redaction, lower case: text
   * files as they are, PDFs as PDFBox extracts them. Images are read by {@link #ocrText}.
   */
  private static String allText(Path root) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!root.equals(version(1)) && file.startsWith(version(1))) {
          continue;
        }
        text.append(SecretChecks.readableText(file.getFileName().toString(), Files.readAllBytes(file))).append('\n');
      }
    }
    return text.toString();
  }

  /** What OCR reads on every screenshot of a SOP folder (not its versions), keeping unsure words as redaction does. */
  private static String ocrText(Path folder) throws IOException {
    List<String> read = new ArrayList<>();
    try (OcrEngine ocr = ScreenshotRedactor.openEngine(); Stream<Path> images = Files.list(folder.resolve("images"))) {
      for (Path png : images.toList()) {
        BufferedImage rgb = ImageIO.read(png.toFile());
        BufferedImage bgr = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        bgr.createGraphics().drawImage(rgb, 0, 0, null);
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        read.add(ocr.readWords(OcrImage.fromBgr24(pixels, bgr.getWidth(), bgr.getHeight(), 3 * bgr.getWidth()))
            .stream().map(OcrWord::text).collect(Collectors.joining(" ")));
      }
    }
    return String.join("\n", read);
  }
}

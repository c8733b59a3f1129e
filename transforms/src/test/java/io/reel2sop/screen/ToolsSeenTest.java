package io.reel2sop.screen;

import static io.reel2sop.screen.ScreenText.label;
import static io.reel2sop.screen.ScreenText.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.SopDocument.Tool;
import io.reel2sop.ocr.OcrLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolsSeenTest {

  private static ScreenReading screen(double from, OcrLabel... labels) {
    return reading(from, from + 5, labels);
  }

  private static OcrLabel corner(String text) {
    return label(text, 24, 18, 16 * text.length(), 28);
  }

  private static OcrLabel content(String text) {
    return label(text, 400, 500, 16 * text.length(), 20);
  }

  @Test
  void nameInTheTopLeftCornerOnMostScreensIsTheApp() {
    List<ScreenReading> readings = List.of(
        screen(0, corner("Harbor Desk"), content("Tickets")),
        screen(5, corner("Harbor Desk"), content("New ticket")),
        screen(10, corner("Harbor Desk"), content("Saved")),
        screen(15, corner("Sign in"), content("Password")));
    assertEquals(List.of(new Tool("Harbor Desk", "screen")), ToolsSeen.in(readings));
  }

  @Test
  void nameOnLessThanHalfTheScreensIsNoApp() {
    List<ScreenReading> readings = List.of(
        screen(0, corner("Welcome back"), content("Tickets")),
        screen(5, corner("Harbor Desk"), content("New ticket")),
        screen(10, content("Saved")));
    assertEquals(List.of(), ToolsSeen.in(readings));
  }

  @Test
  void cornerTextThatIsASentenceOrNoWordIsNoName() {
    List<ScreenReading> readings = List.of(
        screen(0, corner("You have three new tickets today")),
        screen(5, corner("12:04")));
    assertEquals(List.of(), ToolsSeen.in(readings));
  }

  @Test
  void punctuationAroundTheCornerNameGoes() {
    assertEquals(List.of(new Tool("Harbor Desk", "screen")), ToolsSeen.in(List.of(screen(0, corner("≡ Harbor Desk ▾")))));
  }

  @Test
  void webAddressesAtTheTopNameTheSitesOnceEach() {
    OcrLabel address = label("https://desk.harbor.io/tickets/new", 300, 60, 500, 22);
    OcrLabel again = label("desk.harbor.io/tickets", 300, 60, 400, 22);
    OcrLabel lower = label("see docs.harbor.io for help", 400, 900, 400, 22);
    List<Tool> tools = ToolsSeen.in(List.of(screen(0, address), screen(5, again, lower)));
    assertEquals(List.of(new Tool("desk.harbor.io", "address")), tools);
  }

  @Test
  void appComesBeforeTheSites() {
    List<Tool> tools = ToolsSeen.in(List.of(screen(0, corner("Harbor Desk"), label("Mail.Example.COM", 600, 30, 300, 22))));
    assertEquals(List.of(new Tool("Harbor Desk", "screen"), new Tool("mail.example.com", "address")), tools);
  }

  @Test
  void noReadingsNoTools() {
    assertEquals(List.of(), ToolsSeen.in(List.of()));
  }
}

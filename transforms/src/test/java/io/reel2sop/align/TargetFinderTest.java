package io.reel2sop.align;

import static io.reel2sop.screen.ScreenText.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.reel2sop.model.Region;
import io.reel2sop.model.Target;
import io.reel2sop.ocr.OcrLabel;
import io.reel2sop.screen.ScreenText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The element a step acted on, among the labels of a 1920x1080 screen. */
class TargetFinderTest {
  private static final double FRAME = (double) ScreenText.WIDTH * ScreenText.HEIGHT;

  private final TargetFinder finder = new TargetFinder();

  private Target find(String spoken, List<OcrLabel> labels, Region changed) {
    return finder.find(List.of(spoken.split(" ")), labels, changed, FRAME);
  }

  @Test
  void labelNamedByTheNarrationIsFoundHoweverItWasMisheard() {
    OcrLabel lina = label("Lina Márquez", 600, 400, 220, 24);
    List<OcrLabel> labels = List.of(label("Omar Haddad", 600, 360, 220, 24), lina, label("Assign", 300, 400, 90, 24));
    Target target = find("it to lena marquez", labels, null);
    assertEquals(new Target("Lina Márquez", lina.box(), "narration"), target);
  }

  @Test
  void aLoneCharacterReadFromAnIconBeforeTheLabelIsNoPartOfItsName() {
    assertEquals("Search Harbor Desk",
        find("the search box", List.of(label("Q Search Harbor Desk", 760, 14, 240, 24)), null).label());
    assertEquals("Resolve ticket", find("resolve ticket", List.of(label("v Resolve ticket", 860, 680, 140, 24)), null)
        .label());
    assertEquals("A docking station",
        find("a docking station", List.of(label("A docking station", 90, 340, 160, 24)), null).label(), "\"A\" is a word");
  }

  @Test
  void labelWithMoreOfItsWordsSaidWins() {
    OcrLabel ticket = label("New ticket", 600, 400, 180, 24);
    assertEquals("New ticket", find("new ticket", List.of(label("New", 300, 100, 60, 24), ticket), null).label());
  }

  @Test
  void ofLabelsNamedAlikeTheOneNearestTheChangeWins() {
    OcrLabel top = label("Save", 1700, 40, 80, 24);
    OcrLabel bottom = label("Save", 1500, 980, 80, 24);
    Region dialogBelow = new Region(1200, 900, 600, 120);
    assertEquals(bottom.box(), find("save", List.of(top, bottom), dialogBelow).box());
    assertEquals(top.box(), find("save", List.of(bottom, top), new Region(1600, 60, 300, 300)).box());
  }

  @Test
  void partOfALongerLabelThatWasSaidIsTheTarget() {
    OcrLabel notify = label("Notify the customer by email", 600, 400, 420, 24);
    Target target = find("customer by email", List.of(notify), null);
    assertEquals("customer by email", target.label());
    assertEquals(notify.words().get(2).box().union(notify.words().get(4).box()), target.box());
  }

  @Test
  void aLongLabelSaidFromItsStartIsNamedWhole() {
    OcrLabel revoke = label("Revoke VPN and SSO on last day", 600, 400, 420, 24);
    Target target = find("revoke the vpn and ss oh yes", List.of(revoke), null);
    assertEquals("Revoke VPN and SSO on last day", target.label(), "a narrator shortens a long name");
    assertEquals(revoke.box(), target.box());
    OcrLabel sentence = label("Laptop, docking station, headset and badge.", 600, 400, 420, 24);
    assertEquals("Laptop, docking station", find("laptop docking station", List.of(sentence), null).label(),
        "a sentence is no one name");
  }

  @Test
  void aWordThatSaysNothingNamesNoNumber() {
    OcrLabel search = label("Search Harbor Desk", 700, 20, 300, 24);
    OcrLabel count = label("4", 665, 167, 13, 16);
    assertEquals(search.box(), find("for high roaming the top search", List.of(count, search), null).box(),
        "\"for\" is not the 4 of a counter");
    assertEquals(count.box(), find("the four", List.of(count, search), null).box());
  }

  private Target named(String spoken, TargetFinder.SaidVerb verb, List<OcrLabel> labels, Region changed) {
    return finder.named(List.of(spoken.split(" ")), List.of(verb), labels, changed);
  }

  private static TargetFinder.SaidVerb verb(String verb, String next) {
    return new TargetFinder.SaidVerb(verb, List.of(next.split(" ")));
  }

  @Test
  void aVerbSaidNamesALabelThatStartsWithIt() {
    OcrLabel returnBy = label("Return by", 400, 250, 90, 24);
    List<OcrLabel> labels = List.of(label("Status", 400, 150, 90, 24), returnBy);
    assertEquals(returnBy.box(), named("she needs it for a week so the eighteenth", verb("returned", "by the"), labels,
        null).box(), "nothing else is named: the verb in another form names the field");
    assertNull(named("the form", verb("save", "the form"), List.of(label("Save", 400, 250, 60, 24)), null),
        "what to do is no label of its own");
  }

  @Test
  void aVerbSaidWithTheNextWordOfALabelNamesItAsIfSaid() {
    OcrLabel submit = label("Submit ticket", 1100, 530, 100, 24);
    List<OcrLabel> labels = List.of(label("Tickets New ticket", 50, 73, 116, 12), submit);
    assertEquals(submit.box(), named("everything looks right so ticket", verb("submit", "ticket"), labels, null).box());
  }

  @Test
  void aVerbAloneDoesNotOutweighALabelSaidWhole() {
    OcrLabel internal = label("Internal note", 860, 326, 90, 12);
    OcrLabel addNote = label("Add note", 1191, 441, 60, 12);
    Region nearTheButton = new Region(1150, 430, 120, 40);
    assertEquals(internal.box(), named("then i an internal note about what we did", verb("add", "an internal"),
        List.of(internal, addNote), nearTheButton).box());
  }

  @Test
  void aLabelMisreadByOneLetterTakesTheSpellingSaidAndSeenElsewhere() {
    List<OcrLabel> labels = List.of(label("New ticket", 1140, 20, 80, 12), label("Submit tickat", 1100, 530, 100, 24));
    assertEquals("Submit ticket", named("so ticket", verb("submit", "ticket"), labels, null).label());
    List<OcrLabel> plural = List.of(label("Tickets", 260, 18, 50, 12), label("New ticket", 1140, 20, 80, 12));
    assertEquals("Tickets", find("open the ticket", plural, null).label(), "another form of a word is no misreading");
  }

  @Test
  void shortLabelSaidInPartIsNamedWhole() {
    assertEquals("Search Harbor Desk", find("the search box", List.of(label("Search Harbor Desk", 600, 40, 300, 24)), null)
        .label());
  }

  @Test
  void sentencesOnTheScreenAreNoTargets() {
    OcrLabel paragraph = label("Tickets you assign to a colleague are moved to their queue", 400, 600, 900, 24);
    assertNull(find("assign colleague", List.of(paragraph), null));
  }

  @Test
  void smallChangeNobodyNamedPointsAtTheLabelNextToIt() {
    OcrLabel notify = label("Notify customer", 640, 500, 200, 24);
    Region checkbox = new Region(600, 500, 24, 24);
    assertEquals(new Target("Notify customer", notify.box(), "screen"),
        find("this one", List.of(label("Subject", 600, 300, 100, 24), notify), checkbox));
  }

  @Test
  void changeNobodyNamedFarFromAnyLabelOrLargeHasNoTarget() {
    OcrLabel notify = label("Notify customer", 640, 500, 200, 24);
    assertNull(find("this one", List.of(notify), new Region(1200, 900, 24, 24)), "over 60 pixels away");
    assertNull(find("this one", List.of(notify), new Region(600, 450, 800, 400)), "a change of a tenth of the screen");
  }

  @Test
  void trailingPunctuationAndQuotesLeaveTheLabel() {
    assertEquals("Save as draft", find("save as draft", List.of(label("“Save as draft”:", 600, 400, 240, 24)), null)
        .label());
  }

  @Test
  void theLinkNamedByTheNewScreensTitleLedToIt() {
    OcrLabel nav = label("Assets", 400, 20, 80, 24);
    List<OcrLabel> before = List.of(label("Tickets", 260, 120, 200, 40), label("Tickets", 300, 20, 80, 24), nav,
        label("People", 500, 20, 80, 24));
    assertEquals(new Target("Assets", nav.box(), "screen"), finder.leadingTo(before, "Tickets", "Assets", null));
    assertNull(finder.leadingTo(before, "Tickets", "Tickets", null), "the same title is no new screen");
    assertNull(finder.leadingTo(before, "Tickets", "Reports", null), "no label names the new title");
    assertNull(finder.leadingTo(before, "Tickets", null, null), "a screen without a title");
  }

  @Test
  void ofRowsWithTheSameButtonTheOneWhereTheScreenChangedLedToTheDialog() {
    OcrLabel first = label("Check out", 1150, 258, 90, 20);
    OcrLabel second = label("Check out", 1150, 318, 90, 20);
    Region hovered = new Region(1140, 310, 110, 36);
    Target target = finder.leadingTo(List.of(first, second), "Assets", "Check out LT-0417", hovered);
    assertEquals(second.box(), target.box());
    assertEquals("Check out", target.label());
  }

  @Test
  void theLabelUnderThePointerIsItsTextOrTheLabelRightOfTheBoxItClicked() {
    OcrLabel laptop = label("Laptop (14-inch)", 90, 300, 105, 13);
    OcrLabel bigLaptop = label("Laptop (16-inch)", 90, 328, 105, 13);
    OcrLabel save = label("Save", 400, 500, 40, 13);
    List<OcrLabel> labels = List.of(laptop, bigLaptop, save, label("x", 470, 500, 8, 13));
    assertEquals("Save", finder.underPointer(labels, new Region(415, 505, 1, 1)).label(), "on the button's text");
    assertEquals("Save", finder.underPointer(labels, new Region(452, 516, 1, 1)).label(), "on its padding");
    assertEquals("Laptop (16-inch)", finder.underPointer(labels, new Region(62, 333, 1, 1)).label(),
        "on the box left of the label, on its line");
    assertEquals("pointer", finder.underPointer(labels, new Region(62, 333, 1, 1)).source());
    assertNull(finder.underPointer(labels, new Region(30, 333, 1, 1)), "too far left to be its box");
    assertNull(finder.underPointer(labels, new Region(250, 333, 1, 1)), "right of a label is not its box");
    assertNull(finder.underPointer(labels, new Region(474, 520, 1, 1)), "a lone character names nothing");
  }
}

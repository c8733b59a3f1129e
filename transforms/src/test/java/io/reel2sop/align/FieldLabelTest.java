package io.reel2sop.align;

import static io.reel2sop.screen.ScreenText.label;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.Target;
import io.reel2sop.ocr.OcrLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dialog's form: each field's label above its box, some boxes with a hint inside. */
class FieldLabelTest {
  private final OcrLabel assignTo = label("Assign to", 398, 184, 62, 12);
  private final OcrLabel hint = label("Start typing a name", 409, 215, 129, 12);
  private final OcrLabel returnBy = label("Return by", 398, 250, 60, 12);
  private final OcrLabel pickADate = label("Pick a date", 430, 278, 70, 12);
  private final OcrLabel send = label("Send pickup instructions", 422, 318, 160, 14);
  private final List<OcrLabel> form = List.of(label("Check out LT-0417", 398, 106, 160, 18), assignTo, hint,
      returnBy, pickADate, send);

  private static Target named(OcrLabel label) {
    return new Target(label.text(), label.box(), "narration");
  }

  @Test
  void aHintInsideAFieldNamesTheFieldByItsLabelAbove() {
    assertEquals(new Target("Assign to", assignTo.box(), "screen"), FieldLabel.of(named(hint), form));
    assertEquals(new Target("Return by", returnBy.box(), "screen"), FieldLabel.of(named(pickADate), form));
  }

  @Test
  void aLabelThatIsNoHintStaysAsNamed() {
    assertEquals(named(send), FieldLabel.of(named(send), form));
    assertEquals(named(assignTo), FieldLabel.of(named(assignTo), form));
  }

  @Test
  void aHintWithNoLabelAboveStaysAsNamed() {
    OcrLabel search = label("Search Harbor Desk", 783, 18, 130, 12);
    List<OcrLabel> bar = List.of(label("Home", 194, 17, 40, 12), label("Assets", 399, 17, 48, 12), search);
    assertEquals(named(search), FieldLabel.of(named(search), bar), "a search box in the top bar has no label");
  }
}

package io.reel2sop.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.model.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsRedactionTest {
  @Test
  void readsTheBoxesAndLeavesTheOtherKeysToTheirReaders() {
    List<RedactBox> boxes = EditsRedaction.read("""
        {"title": "Create a lead", "steps": [{"at": 3.0, "instruction": "x"}],
         "redact": [{"box": [10, 20, 300, 40], "from": 10.0, "to": 20.5}, {"box": [0, 0, 50, 50]}]}
        """);
    assertEquals(List.of(new RedactBox(new Region(10, 20, 300, 40), 10.0, 20.5),
        new RedactBox(new Region(0, 0, 50, 50), null, null)), boxes);
    assertTrue(boxes.get(0).covers(10.0) && boxes.get(0).covers(20.5));
    assertFalse(boxes.get(0).covers(9.99) || boxes.get(0).covers(20.51));
    assertTrue(boxes.get(1).covers(0) && boxes.get(1).covers(1e6));
    assertEquals(List.of(), EditsRedaction.read("{\"title\": \"x\"}"));
  }

  @Test
  void aBadRedactKeyIsNamed() {
    assertEquals("redact[1].box must be [x, y, width, height] in pixels",
        assertThrows(IllegalArgumentException.class,
            () -> EditsRedaction.read("{\"redact\": [{\"box\": [1, 2, 3, 4]}, {\"box\": [1, 2]}]}")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> EditsRedaction.read("{\"redact\": [{\"box\": [1, 2, 0, 4]}]}")).getMessage().contains("above 0"));
    assertEquals("redact[0] ends (\"to\") before it starts (\"from\")",
        assertThrows(IllegalArgumentException.class,
            () -> EditsRedaction.read("{\"redact\": [{\"box\": [1, 2, 3, 4], \"from\": 5, \"to\": 1}]}")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EditsRedaction.read("{\"redact\": "))
        .getMessage().startsWith("not JSON"));
  }
}

package io.reel2sop.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelInInstructionTest {

  private final LabelInInstruction labels = new LabelInInstruction();

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Assign it to lena marquez.          | Lina Márquez  | Assign it to Lina Márquez.
      Click save.                         | Save          | Click Save.
      Open the new ticket form.           | New ticket    | Open the New ticket form.
      Set the priority to one.            | 1             | Set the priority to 1.
      Select priority one.                | Priority 1    | Select Priority 1.
      Lena marquez gets the ticket.       | Lina Márquez  | Lina Márquez gets the ticket.
      Click on save, then close.          | Save          | Click on Save, then close.
      """)
  void wordsStandingForTheLabelAreWrittenAsTheScreenSpellsIt(String instruction, String label, String written) {
    assertEquals(written, labels.write(instruction, label, null));
  }

  @ParameterizedTest(name = "{0} + {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      Click the blue button.              | Save          |        | Click Save.
      Don't let it live meant.            | Equipment     | open   | Open Equipment.
      Plus a hansard.                     | Headset       | tick   | Tick Headset.
      The are likely to leave in the side. | New Lead     | leave  | Click New Lead.
      Next began to the review pay.       | Back          | review | Click Back.
      If you hot a rover pole see own.    | Policy owner  | hover  | Hover over Policy owner.
      In the field of august I type it.   | Subject       | type   | Type in Subject.
      """)
  void anInstructionThatDoesNotNameTheLabelBecomesTheActionOnIt(
      String instruction, String label, String verb, String written) {
    assertEquals(written, labels.write(instruction, label, verb));
  }

  @ParameterizedTest(name = "{0} + {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      Up next.                            | Next          |        | Click Next.
      Public add note.                    | Add note      | tick   | Click Add note.
      Equipment tab.                      | Equipment     | open   | Open Equipment tab.
      Philip check out.                   | Check out     | check  | Click Check out.
      Check out.                          | Check out     |        | Click Check out.
      Submit ticket.                      | Submit ticket | submit | Click Submit ticket.
      Save.                               | Save          |        | Click Save.
      Confirm the dialogue.               | Confirm       | confirm | Confirm the dialogue.
      Last working day twentieth.         | Last working day | pick | Pick Last working day twentieth.
      The green new ticket button on the right. | New ticket | | Click New ticket button on the right.
      """)
  void aNameSaidWithoutAnActionBecomesTheActionOnIt(String instruction, String label, String verb, String written) {
    assertEquals(written, labels.write(instruction, label, verb));
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Click "save".    | Save         | Click "Save".
      Click (save).    | Save         | Click (Save).
      Click 'save'     | Save         | Click 'Save'
      """)
  void quotesAroundTheLabelStay(String instruction, String label, String written) {
    assertEquals(written, labels.write(instruction, label, null));
  }
}

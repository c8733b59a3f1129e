package io.reel2sop.sop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FramingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi, in this video I'll show you how to log a ticket in Harbor Desk      | Log a ticket in Harbor Desk.
      hi everyone in this video i'll show you how to log a ticket              | Log a ticket.
      um so today we'll look at how to export a report                         | Export a report.
      Hello team! This video shows you how to close a ticket.                  | Close a ticket.
      Okay, let me walk you through creating a new lead                        | Creating a new lead.
      Hi, in this video I’ll show you how to log a ticket in Harbor Desk      | Log a ticket in Harbor Desk.
      Hi there, in this video I'll show you how to log a ticket                | Log a ticket.
      hello there everyone today we'll go through closing a ticket             | Closing a ticket.
      """)
  void introductionStatesTheObjective(String introduction, String objective) {
    assertEquals(objective, Framing.objective(introduction));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "hi everyone", "Hello, in this video", "okay so um"})
  void introductionWithNothingInformativeStatesNoObjective(String introduction) {
    assertNull(Framing.objective(introduction));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      And we are done. The new ticket is at the top of the list.       | The new ticket is at the top of the list.
      and we are done the new ticket is at the top of the list         | The new ticket is at the top of the list.
      That's it, the report is in your downloads folder                | The report is in your downloads folder.
      you're all set. Thanks for watching! The lead shows up in Leads  | The lead shows up in Leads.
      That’s it. The ticket is saved now.                              | The ticket is saved now.
      """)
  void conclusionStatesTheExpectedResult(String conclusion, String result) {
    assertEquals(result, Framing.expectedResult(conclusion));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullSource
  @ValueSource(strings = {"and that's it", "That's it, thanks for watching!", "done", "we're done, thank you"})
  void conclusionWithNothingInformativeStatesNoResult(String conclusion) {
    assertNull(Framing.expectedResult(conclusion));
  }

  @Test
  void statementKeepsItsOwnEndingMark() {
    assertEquals("Is the ticket in the list now?", Framing.expectedResult("We're done. Is the ticket in the list now?"));
  }
}

package io.reel2sop.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstructionCleanerTest {

  private final InstructionCleaner cleaner = new InstructionCleaner();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          um so now i'm going to click on new lead | Click on new lead.
          click new lead | Click new lead.
          uh okay so i'm gonna type the company name | Type the company name.
          and then we're going to select the status | Select the status.
          so first i'll open the settings menu | Open the settings menu.
          now let's save the record | Save the record.
          alright let me just scroll down a bit | Scroll down a bit.
          okay i clicked on save | Click on save.
          now clicking on the contacts tab | Click on the contacts tab.
          typing in the email address | Type in the email address.
          i selected the first option | Select the first option.
          we're saving the form | Save the form.
          opens the dropdown | Open the dropdown.
          you can choose the date here | Choose the date here.
          next you need to enter your password | Enter your password.
          then i chose the blue theme | Choose the blue theme.
          well basically you want to fill in the form | Fill in the form.
          so the lead form opens | The lead form opens.
          the lead form opens | The lead form opens.
          um and now we need to press the submit button | Press the submit button.
          i'm going to go ahead and click export | Click export.
          so i'm going to the settings page | Go to the settings page.
          marcus webb is leaving so i'll click his name | Click his name.
          everything looks right so submit the ticket | Submit the ticket.
          she needs it for a week so return by the eighteenth | Return by the eighteenth.
          copy the link so i can paste it into the ticket | Copy the link so I can paste it into the ticket.
          the error is gone so that the form can be saved | The error is gone so that the form can be saved.
          now i'm on the home page | I'm on the home page.
          right click on the file | Right-click on the file.
          i double clicked the folder | Double-click the folder.
          so the user clicks on the save button | Click on the save button.
          click on the the save button | Click on the save button.
          and um type the uh first name | Type the first name.
          next button is disabled | Next button is disabled.
          first name field is required | First name field is required.
          and i'm just going to quickly log in | Log in.
          like click here | Click here.
          selected items are shown here | Selected items are shown here.
          you know we'll just hit enter | Hit enter.
          click ok | Click ok.
          what we're going to do is create a new contact | Create a new contact.
          so this is the dashboard | This is the dashboard.
          and then it opens the form | It opens the form.
          please make sure to check the box | Check the box.
          click on the button on the right | Click on the button on the right.
          drag the file into the upload area | Drag the file into the upload area.
          dragging the card to done | Drag the card to done.
          so the first thing we're going to do is log in | Log in.
          so what you wanna do is go into settings | Go into settings.
          what we need to do is to open the report | Open the report.
          what a nice dashboard this is | What a nice dashboard this is.
          okay so here we have the dashboard | Here we have the dashboard.
          i went to the reports section | Go to the reports section.
          we'll click the new button in the top right | Click the new button in the top right.
          let's go ahead and export this as a csv | Export this as a csv.
          and this opens up the new lead form | This opens up the new lead form.
          hi everyone in this video i'll show you how to create a lead | Hi everyone in this video I'll show you how to create a lead.
          """)
  void cleansVoskStyleNarration(String narration, String expected) {
    assertEquals(expected, cleaner.clean(narration));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock = """
          Um, so now I'm going to click on New Lead. | Click on New Lead.
          Okay. Next, click "Save". | Click "Save".
          First, open the Settings menu. | Open the Settings menu.
          Now we'll enter the Account Name, like, exactly as it appears. | Enter the Account Name, exactly as it appears.
          So I'm clicking Submit! | Click Submit!
          Can you see the new record? | Can you see the new record?
          Alright, let's fill in the First Name field. | Fill in the First Name field.
          I’m going to select “High” from the Priority list. | Select “High” from the Priority list.
          Then, you know, the confirmation dialog appears. | The confirmation dialog appears.
          Right, so we just typed the email. | Type the email.
          Finally, click Export to CSV. | Click Export to CSV.
          Here, you can search for the customer by name. | Search for the customer by name.
          After that, I uploaded the invoice PDF. | Upload the invoice PDF.
          Well,   we   need to  press   Enter. | Press Enter.
          Now the Opportunities tab shows the new deal... | The Opportunities tab shows the new deal.
          I'll click on, um, the Save button. | Click on the Save button.
          OK, so now we select "Closed Won" from the Stage dropdown. | Select "Closed Won" from the Stage dropdown.
          And that's it! | That's it!
          """)
  void cleansSidecarStyleNarration(String narration, String expected) {
    assertEquals(expected, cleaner.clean(narration));
  }

  @Test
  void fallsBackToTheNarrationWhenEverythingIsFiller() {
    assertEquals("Okay so.", cleaner.clean("um okay so"));
    assertEquals("Right.", cleaner.clean("right"));
  }

  @Test
  void returnsEmptyOnlyWithoutWords() {
    assertEquals("", cleaner.clean(""));
    assertEquals("", cleaner.clean("   "));
    assertEquals("", cleaner.clean("... ?"));
    assertEquals("", cleaner.clean(null));
    assertEquals("Um.", cleaner.clean("um"));
  }

  @Test
  void capitalisesThePronounIInsideTheSentence() {
    assertEquals("Open the report i'm using.".replace("i'm", "I'm"),
        cleaner.clean("so open the report i'm using"));
    assertEquals("The list I created shows up.", cleaner.clean("the list i created shows up"));
  }

  @Test
  void keepsNumbersAndRepeatedContentWords() {
    assertEquals("Type one one two.", cleaner.clean("now type one one two"));
    assertEquals("Set the limit to 500.", cleaner.clean("i set the limit to 500"));
  }

  @Test
  void tellsFillerOnlySpeechApart() {
    assertTrue(cleaner.isFillerOnly("um okay so"));
    assertTrue(cleaner.isFillerOnly("Alright, well..."));
    assertFalse(cleaner.isFillerOnly("okay click save"));
    assertFalse(cleaner.isFillerOnly("the page loads"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          then tick Notify customer        | true
          so I'll click Save               | true
          open the Category list           | true
          um, next, we need to choose a date | true
          what you want to do is press Enter | true
          I'm going to the settings page   | true
          the form opens                   | false
          hi everyone                      | false
          this is the dashboard            | false
          um okay so                       | false
          next button is disabled          | false
          """)
  void namesAnActionWhenItStartsByTellingToDoSomething(String narration, boolean names) {
    assertEquals(names, cleaner.namesAnAction(narration));
  }
}

package io.reel2sop.sop;

import static io.reel2sop.sop.Pages.page;
import static io.reel2sop.sop.Pages.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.model.SopDocument.Section;
import io.reel2sop.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

  private static List<String> numbers(Sections.Grouped grouped) {
    return grouped.steps().stream().map(Step::number).toList();
  }

  @Test
  void newSectionWhereThePageTitleChangesAndUntitledPagesStayInTheSectionBefore() {
    List<Step> steps = List.of(step(1, 1), step(2, 4), step(3, 8), step(4, 12), step(5, 16));
    Sections.Grouped grouped = Sections.of(steps, List.of(
        page(0, 7, "Tickets"), page(7.5, 11, "New ticket"), page(11.5, 15, null), page(15.5, 20, "Tickets")));
    assertEquals(List.of(new Section(1, "Tickets", 1, 2), new Section(2, "New ticket", 3, 4),
        new Section(3, "Tickets", 5, 5)), grouped.sections());
    assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "3.1"), numbers(grouped));
    assertEquals(List.of(1, 2, 3, 4, 5), grouped.steps().stream().map(Step::index).toList());
    assertEquals(steps.get(2).instruction(), grouped.steps().get(2).instruction());
  }

  @Test
  void stepIsOnThePageShownJustAfterItStarts() {
    // narration starts a moment before its action: step 2 starts 0.2 s before the new page
    Sections.Grouped grouped = Sections.of(List.of(step(1, 1), step(2, 6.8)),
        List.of(page(0, 6.9, "Tickets"), page(7.0, 12, "New ticket")));
    assertEquals(List.of("1.1", "2.1"), numbers(grouped));
  }

  @Test
  void titlesThatDifferOnlyInCaseOrPunctuationAreOnePage() {
    Sections.Grouped grouped = Sections.of(List.of(step(1, 1), step(2, 8)),
        List.of(page(0, 7, "New ticket"), page(7.5, 11, "New Ticket:")));
    assertEquals(List.of(new Section(1, "New ticket", 1, 2)), grouped.sections());
  }

  @Test
  void stepsBeforeTheFirstTitledPageAreAnUntitledSection() {
    Sections.Grouped grouped = Sections.of(List.of(step(1, 1), step(2, 8)),
        List.of(page(0, 7, null), page(7.5, 11, "Tickets")));
    assertEquals(List.of(new Section(1, null, 1, 1), new Section(2, "Tickets", 2, 2)), grouped.sections());
  }

  @Test
  void withoutAnyTitleThereAreNoSectionsAndStepsKeepTheirNumbers() {
    List<Step> steps = List.of(step(1, 1), step(2, 8));
    Sections.Grouped grouped = Sections.of(steps, List.of(page(0, 7, null), page(7.5, 11, null)));
    assertEquals(List.of(), grouped.sections());
    assertEquals(steps, grouped.steps());
    assertEquals(List.of("1", "2"), numbers(grouped));
    assertEquals(List.of(), Sections.of(steps, List.of()).sections());
  }
}

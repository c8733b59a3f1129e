package io.reel2sop.sop;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.screen.NewScreens;
import io.reel2sop.screen.PageTitle;
import io.reel2sop.screen.ScreenReading;
import io.reel2sop.screen.ScreenWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups steps by the page they happen on: a new section starts where the page's title changes
 * (a step happens on the page shown when it starts); a step on a page with no readable title stays
 * in the section before. Steps are numbered within their section ("2.1").
 */
final class Sections {
  /** Narration starts about this long before its action. */
  private static final double ACTION_LEAD = 0.3;

  /** The sections, and the steps numbered in them. */
  record Grouped(List<SopDocument.Section> sections, List<Step> steps) {}

  private Sections() {}

  static Grouped of(List<Step> steps, List<ScreenReading> readings) {
    List<SopDocument.Section> sections = new ArrayList<>();
    List<Step> numbered = new ArrayList<>();
    String current = null;
    int inSection = 0;
    for (Step step : steps) {
      ScreenReading screen = NewScreens.readingAt(readings, step.start() + ACTION_LEAD);
      String title = screen == null ? null : PageTitle.of(screen);
      boolean newSection = sections.isEmpty()
          || (title != null && (current == null || !same(title, current)));
      if (newSection) {
        if (!sections.isEmpty()) {
          close(sections, numbered);
        }
        sections.add(new SopDocument.Section(sections.size() + 1, title, step.index(), step.index()));
        current = title;
        inSection = 0;
      }
      inSection++;
      numbered.add(new Step(step.index(), step.instruction(), step.narration(), step.start(), step.end(),
          step.screenshot(), step.highlight(), step.confidence(), step.target(), sections.size() + "." + inSection));
    }
    if (!sections.isEmpty()) {
      close(sections, numbered);
    }
    if (sections.size() == 1 && sections.get(0).title() == null) {
      return new Grouped(List.of(), steps); // no page could be told: no sections, steps numbered 1, 2, ...
    }
    return new Grouped(sections, numbered);
  }

  private static void close(List<SopDocument.Section> sections, List<Step> numbered) {
    SopDocument.Section open = sections.remove(sections.size() - 1);
    sections.add(new SopDocument.Section(open.number(), open.title(), open.firstStep(),
        numbered.get(numbered.size() - 1).index()));
  }

  private static boolean same(String a, String b) {
    return ScreenWords.of(a).equals(ScreenWords.of(b));
  }
}

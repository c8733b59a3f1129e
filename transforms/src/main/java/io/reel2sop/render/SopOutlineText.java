package io.reel2sop.render;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import java.util.List;
import java.util.stream.Collectors;

/** The parts of a SOP's outline as every rendering words them. */
final class SopOutlineText {
  private SopOutlineText() {}

  static String tools(SopDocument document) {
    return document.tools().stream().map(SopDocument.Tool::name).collect(Collectors.joining(", "));
  }

  static String title(SopDocument.Section section) {
    return section.title() == null ? "Section " + section.number() : section.title();
  }

  static List<Step> stepsOf(SopDocument document, SopDocument.Section section) {
    return document.steps().stream()
        .filter(s -> s.index() >= section.firstStep() && s.index() <= section.lastStep())
        .toList();
  }

  /** The sentence that opens the list of edits that found no step. */
  static String orphanedIntro(SopDocument document) {
    int n = document.edits().orphaned().size();
    return n + (n == 1 ? " edit" : " edits") + " in " + document.edits().file()
        + " found no step in this version of the SOP and " + (n == 1 ? "was" : "were") + " not applied.";
  }

  /** An edit that found no step, and why. */
  static String orphan(SopDocument.EditResult orphan) {
    return orphan.inWords();
  }

  /** Where the step's target label stands in its instruction, or -1 when it is not there as spelled. */
  static int targetAt(Step step) {
    if (step.target() == null || step.instruction() == null || step.target().label().isBlank()) {
      return -1;
    }
    return step.instruction().indexOf(step.target().label());
  }
}

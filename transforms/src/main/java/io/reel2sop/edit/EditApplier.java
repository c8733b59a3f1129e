package io.reel2sop.edit;

import io.reel2sop.align.ScreenshotPaths;
import io.reel2sop.model.Screenshot;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Word;
import io.reel2sop.render.TimeFormat;
import io.reel2sop.sop.SopAssembler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a reviewer's {@link EditsFile} to the SOP reel2sop generated. Every step edit first finds
 * its step in the generated SOP ({@link StepMatcher}: by time and words, never by position), then
 * the steps are rebuilt in order: deleted ones left out, reworded, noted, their screenshot moved,
 * merged into the next one, or split in two. An edit that finds no step, or cannot be done on the
 * step it found (a split outside the step, a merge of the last step), is orphaned: listed in the
 * document with the reason, for the reader and the run report. Steps are then numbered again,
 * within the sections they came from, and their screenshots named after their new place.
 */
public final class EditApplier {
  /** Where a split step's first part is shown: this long before the split. */
  static final double SHOT_BEFORE_SPLIT = 0.2;

  private EditApplier() {}

  /** The generated SOP as the edits leave it, recording which edits applied and which were orphaned. */
  public static SopDocument apply(SopDocument generated, EditsFile edits) {
    List<Step> steps = generated.steps();
    List<SopDocument.EditResult> orphaned = new ArrayList<>();
    List<SopDocument.EditResult> applied = new ArrayList<>();
    Map<Integer, List<StepEdit>> byStep = new LinkedHashMap<>();
    for (StepEdit edit : edits.steps()) {
      int found = StepMatcher.find(steps, edit.match().time(), edit.match().instruction(), edit.match().narration());
      String cannot = found < 0 ? noStep(edit) : cannotApply(edit, steps, found, generated.recording());
      if (cannot != null) {
        orphaned.add(new SopDocument.EditResult(edit.describe(), null, cannot));
      } else {
        byStep.computeIfAbsent(found, k -> new ArrayList<>()).add(edit);
      }
    }
    List<Edited> rebuilt = new ArrayList<>();
    Edited mergeInto = null;
    for (int i = 0; i < steps.size(); i++) {
      List<StepEdit> mine = new ArrayList<>(byStep.getOrDefault(i, List.of()));
      if (has(mine, StepEdit.Kind.MERGE_WITH_NEXT) && has(mine, StepEdit.Kind.SPLIT)) {
        for (StepEdit split : mine.stream().filter(e -> e.kind() == StepEdit.Kind.SPLIT).toList()) {
          mine.remove(split);
          orphaned.add(new SopDocument.EditResult(split.describe(), null,
              "the same step is merged with the next one; split the merged step instead"));
        }
      }
      if (has(mine, StepEdit.Kind.DELETE)) {
        for (StepEdit edit : mine) {
          if (edit.kind() == StepEdit.Kind.DELETE) {
            applied.add(new SopDocument.EditResult(edit.describe(), null, null));
          } else {
            orphaned.add(new SopDocument.EditResult(edit.describe(), null, "another edit deletes its step"));
          }
        }
        continue;
      }
      Edited step = new Edited(steps.get(i), generated.transcript());
      mine.forEach(step::take);
      if (mergeInto != null) {
        step = mergeInto.mergedWith(step);
        mergeInto = null;
      }
      if (has(mine, StepEdit.Kind.MERGE_WITH_NEXT)) {
        mergeInto = step;
        continue;
      }
      StepEdit split = mine.stream().filter(e -> e.kind() == StepEdit.Kind.SPLIT).findFirst().orElse(null);
      if (split != null) {
        rebuilt.addAll(step.splitAt(split));
      } else {
        rebuilt.add(step);
      }
    }
    if (mergeInto != null) {
      rebuilt.add(mergeInto); // every step after it was deleted: nothing left to merge with
    }
    List<Step> numbered = new ArrayList<>();
    List<SopDocument.Section> sections = renumber(generated, rebuilt, numbered);
    for (int i = 0; i < rebuilt.size(); i++) {
      String number = numbered.get(i).number();
      rebuilt.get(i).edits.forEach(e -> applied.add(new SopDocument.EditResult(e.describe(), number, null)));
    }
    String title = generated.title();
    if (edits.title() != null) {
      title = edits.title();
      applied.add(0, new SopDocument.EditResult("rename the SOP to \u201c" + title + "\u201d", null, null));
    }
    edits.redact().forEach(box -> applied.add(new SopDocument.EditResult(box.describe(), null, null)));
    SopDocument.Edits record = new SopDocument.Edits(EditsFile.NAME, edits.hash(), applied, orphaned);
    SopDocument draft = generated.edited(title, generated.summary(), sections, numbered, record);
    return draft.edited(title, SopAssembler.summary(draft), sections, numbered, record);
  }

  private static boolean has(List<StepEdit> edits, StepEdit.Kind kind) {
    return edits.stream().anyMatch(e -> e.kind() == kind);
  }

  private static String noStep(StepEdit edit) {
    return "no step starts within " + (int) StepMatcher.TIME_TOLERANCE + " s of "
        + TimeFormat.minutesSeconds(edit.match().time()) + " saying much the same";
  }

  /** Why the edit cannot be done on the step it found, or null when it can. */
  private static String cannotApply(StepEdit edit, List<Step> steps, int found, SopDocument.RecordingInfo recording) {
    Step step = steps.get(found);
    return switch (edit.kind()) {
      case SPLIT -> edit.time() > step.start() && edit.time() < step.end()
          ? null
          : "the split time " + TimeFormat.minutesSeconds(edit.time()) + " is not inside the step ("
              + TimeFormat.range(step.start(), step.end()) + ")";
      case MERGE_WITH_NEXT -> found + 1 < steps.size() ? null : "it is the last step: there is no next step";
      case SCREENSHOT_AT -> recording == null || edit.time() <= recording.durationSeconds()
          ? null
          : "the recording ends at " + TimeFormat.minutesSeconds(recording.durationSeconds());
      default -> null;
    };
  }

  /**
   * The steps numbered 1, 2, … with screenshots named after their place, and the sections they fall
   * in: a step stays in the section its generated step was in, and a section left empty is dropped.
   */
  private static List<SopDocument.Section> renumber(SopDocument generated, List<Edited> rebuilt, List<Step> numbered) {
    List<SopDocument.Section> sections = new ArrayList<>();
    SopDocument.Section open = null;
    int inSection = 0;
    for (int i = 0; i < rebuilt.size(); i++) {
      Edited step = rebuilt.get(i);
      int index = i + 1;
      SopDocument.Section from = sectionOf(generated, step.origin.index());
      String number = String.valueOf(index);
      if (from != null) {
        if (open == null || open.number() != from.number()) {
          if (open != null) {
            sections.add(new SopDocument.Section(sections.size() + 1, open.title(), open.firstStep(), index - 1));
          }
          open = new SopDocument.Section(from.number(), from.title(), index, index);
          inSection = 0;
        }
        inSection++;
        number = (sections.size() + 1) + "." + inSection;
      }
      numbered.add(step.build().renumbered(index, number,
          new Screenshot(ScreenshotPaths.forStep(index, rebuilt.size()), step.shotTime)));
    }
    if (open != null) {
      sections.add(new SopDocument.Section(sections.size() + 1, open.title(), open.firstStep(), rebuilt.size()));
    }
    return sections;
  }

  private static SopDocument.Section sectionOf(SopDocument sop, int stepIndex) {
    return sop.sections().stream()
        .filter(s -> stepIndex >= s.firstStep() && stepIndex <= s.lastStep())
        .findFirst()
        .orElse(null);
  }

  /** A step while edits are applied to it: its generated step, and what has changed so far. */
  private static final class Edited {
    final Step origin;
    final SopDocument.TranscriptInfo transcript;
    String instruction;
    String narration;
    double start;
    double end;
    double shotTime;
    Step result; // the step whose screenshot, highlight and target this one shows (the last merged in)
    double confidence;
    final List<String> notes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<StepEdit> edits = new ArrayList<>();
    final List<String> markers = new ArrayList<>();

    Edited(Step origin, SopDocument.TranscriptInfo transcript) {
      this.origin = origin;
      this.transcript = transcript;
      this.instruction = origin.instruction();
      this.narration = origin.narration();
      this.start = origin.start();
      this.end = origin.end();
      this.shotTime = origin.screenshot() == null ? origin.end() : origin.screenshot().time();
      this.result = origin;
      this.confidence = origin.confidence();
    }

    /** Takes one edit that changes the step in place; structural ones are done by the caller. */
    void take(StepEdit edit) {
      edits.add(edit);
      markers.add(edit.marker());
      switch (edit.kind()) {
        case INSTRUCTION -> instruction = edit.text();
        case NOTE -> notes.add(edit.text());
        case WARNING -> warnings.add(edit.text());
        case SCREENSHOT_AT -> shotTime = edit.time();
        default -> { } // delete, merge and split change the list of steps
      }
    }

    /** This step and {@code next} as one: both instructions, the next one's result and screenshot. */
    Edited mergedWith(Edited next) {
      instruction = joined(instruction, next.instruction);
      narration = joined(narration, next.narration);
      end = next.end;
      shotTime = next.shotTime;
      result = next.result;
      confidence = Math.min(confidence, next.confidence);
      notes.addAll(next.notes);
      warnings.addAll(next.warnings);
      edits.addAll(next.edits);
      markers.addAll(next.markers);
      return this;
    }

    /**
     * The two parts of a split: the first up to the split time, shown just before it; the second
     * from it, with the second instruction, the step's result and its screenshot. Notes and warnings
     * stay with the first part.
     */
    List<Edited> splitAt(StepEdit split) {
      double at = split.time();
      Edited second = new Edited(result, transcript);
      second.instruction = split.text();
      second.start = at;
      second.end = end;
      second.shotTime = shotTime;
      second.confidence = confidence;
      second.narration = spoken(at, end);
      second.markers.add("split from the step before");
      String firstNarration = spoken(start, at);
      narration = firstNarration.isEmpty() && second.narration.isEmpty() ? narration : firstNarration;
      end = at;
      shotTime = Math.max(start, at - SHOT_BEFORE_SPLIT);
      result = new Step(origin.index(), instruction, narration, start, end, null, null, confidence);
      return List.of(this, second);
    }

    /** The narration said from {@code from} to {@code to}, as the recogniser heard it. */
    private String spoken(double from, double to) {
      if (transcript == null) {
        return "";
      }
      return transcript.words().stream()
          .filter(w -> w.start() >= from && w.start() < to)
          .map(w -> w.heard() != null ? w.heard() : w.word())
          .collect(Collectors.joining(" "));
    }

    Step build() {
      return new Step(origin.index(), instruction, narration, start, end, null, result.highlight(), confidence,
          result.target(), origin.number(), notes, warnings, markers);
    }

    private static String joined(String a, String b) {
      if (a == null || a.isBlank()) {
        return b;
      }
      return b == null || b.isBlank() ? a : a.strip() + " " + b.strip();
    }
  }
}

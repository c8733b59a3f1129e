package io.reel2sop.redact;

import io.reel2sop.model.RecordingMetadata;
import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Step;
import io.reel2sop.model.Target;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A SOP document with every text a reader sees masked by the rules: title, summary, objective,
 * tools, section titles, instructions, narration, targets, expected result, manifest metadata and
 * the transcript's words, and a reviewer's notes, warnings and edits as listed, so the Markdown, HTML, PDF, captions and index rendered from it carry no
 * redacted text either. The recording's location and times are left as they are.
 */
public final class SopMasker {
  private SopMasker() {}

  public static SopDocument mask(SopDocument sop, RedactionRules rules) {
    if (rules.isEmpty()) {
      return sop;
    }
    SopDocument.RecordingInfo r = sop.recording();
    RecordingMetadata metadata = r.metadata() == null ? null : new RecordingMetadata(
        rules.mask(r.metadata().title()), rules.mask(r.metadata().owner()),
        r.metadata().tags().stream().map(rules::mask).toList());
    SopDocument.RecordingInfo recording = new SopDocument.RecordingInfo(r.uri(), r.fingerprint(),
        r.sidecarFingerprint(), r.sizeBytes(), r.modifiedAt(), r.durationSeconds(), r.width(), r.height(), r.fps(),
        r.hasAudio(), metadata);
    List<SopDocument.Tool> tools = sop.tools().stream()
        .map(t -> new SopDocument.Tool(rules.mask(t.name()), t.source())).toList();
    List<SopDocument.Section> sections = sop.sections().stream()
        .map(s -> new SopDocument.Section(s.number(), rules.mask(s.title()), s.firstStep(), s.lastStep())).toList();
    List<Step> steps = sop.steps().stream().map(s -> step(s, rules)).toList();
    SopDocument.TranscriptInfo transcript = sop.transcript() == null ? null : new SopDocument.TranscriptInfo(
        sop.transcript().language(), sop.transcript().source(), words(sop.transcript().words(), rules));
    SopDocument.Edits edits = sop.edits() == null ? null : new SopDocument.Edits(sop.edits().file(),
        sop.edits().hash(), results(sop.edits().applied(), rules), results(sop.edits().orphaned(), rules));
    return new SopDocument(sop.schemaVersion(), recording, sop.producedBy(), rules.mask(sop.title()),
        rules.mask(sop.summary()), rules.mask(sop.objective()), tools, sections, steps,
        rules.mask(sop.expectedResult()), sop.scenes(), transcript, edits);
  }

  private static Step step(Step s, RedactionRules rules) {
    Target target = s.target() == null ? null
        : new Target(rules.mask(s.target().label()), s.target().box(), s.target().source());
    return new Step(s.index(), rules.mask(s.instruction()), rules.mask(s.narration()), s.start(), s.end(),
        s.screenshot(), s.highlight(), s.confidence(), target, s.number(), masked(s.notes(), rules),
        masked(s.warnings(), rules), masked(s.edits(), rules));
  }

  private static List<String> masked(List<String> texts, RedactionRules rules) {
    return texts.stream().map(rules::mask).toList();
  }

  /** A reviewer's edits as the SOP lists them quote the text they replaced and wrote. */
  private static List<SopDocument.EditResult> results(List<SopDocument.EditResult> results, RedactionRules rules) {
    return results.stream()
        .map(r -> new SopDocument.EditResult(rules.mask(r.edit()), r.step(), rules.mask(r.reason()))).toList();
  }

  /**
   * The words with each redacted run of them (a match may span several words: "555 201 7788")
   * replaced by one masked word over the run's time; the words around a match keep their own.
   */
  static List<Word> words(List<Word> words, RedactionRules rules) {
    JoinedWords joined = new JoinedWords(words.stream().map(Word::word).toList());
    List<Word> masked = new ArrayList<>(words.size());
    int next = 0; // the first word not yet in masked
    int runStart = -1; // the first word of the last masked run
    for (RedactionRules.Span span : rules.find(joined.text())) {
      int first = joined.first(span);
      if (first < next) { // another match in the last word of the run masked before: one run
        masked.remove(masked.size() - 1);
        first = runStart;
      }
      int last = Math.max(joined.last(span), next - 1);
      words.subList(Math.min(next, first), first).forEach(w -> masked.add(maskedHeard(w, rules)));
      double confidence = words.subList(first, last + 1).stream().mapToDouble(Word::confidence).min().orElse(0);
      masked.add(new Word(RedactionRules.MASK, words.get(first).start(), words.get(last).end(), confidence, null));
      runStart = first;
      next = last + 1;
    }
    words.subList(next, words.size()).forEach(w -> masked.add(maskedHeard(w, rules)));
    return masked;
  }

  private static Word maskedHeard(Word w, RedactionRules rules) {
    return w.heard() == null ? w : new Word(w.word(), w.start(), w.end(), w.confidence(), rules.mask(w.heard()));
  }
}

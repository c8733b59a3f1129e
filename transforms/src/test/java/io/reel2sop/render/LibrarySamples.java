package io.reel2sop.render;

import io.reel2sop.model.SopDocument;
import io.reel2sop.model.Word;
import java.util.ArrayList;
import java.util.List;

/** Library index entries made from {@link SampleSop} with other titles and transcripts. */
final class LibrarySamples {

  static final String HOSTILE_TITLE = "<script>alert(\"x\")</script> & \"double\" 'single'";
  static final String HOSTILE_TRANSCRIPT = "then </script><script>alert(1)</script> & <!-- done";

  private LibrarySamples() {}

  static SopDocument sop(String title, String transcript) {
    SopDocument base = SampleSop.document();
    return new SopDocument(
        base.schemaVersion(),
        base.recording(),
        base.producedBy(),
        title,
        base.summary(),
        base.steps(),
        base.scenes(),
        new SopDocument.TranscriptInfo("en", "vosk", words(transcript)));
  }

  static IndexEntry entry(String sopPath, String title, String transcript) {
    return IndexEntry.of(sopPath, sop(title, transcript));
  }

  /** Three SOPs given out of order: a hostile one, and two whose titles differ only in case. */
  static List<IndexEntry> library() {
    return List.of(
        entry("zeta", "billing report", "we open the report"),
        entry("hostile", HOSTILE_TITLE, HOSTILE_TRANSCRIPT),
        entry("alpha", "Billing report", "we open the report again"),
        entry("beta", "Archive a lead", "first archive the lead"));
  }

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    double t = 0;
    for (String w : text.split(" ")) {
      words.add(new Word(w, t, t + 0.3, 0.9));
      t += 0.4;
    }
    return words;
  }
}

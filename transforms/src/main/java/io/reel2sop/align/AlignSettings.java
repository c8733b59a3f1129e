package io.reel2sop.align;

import java.io.Serializable;

/**
 * Tunables of sentence splitting and step alignment; all times in seconds.
 *
 * @param sentencePause a silence between words at least this long may end a sentence
 * @param minSentenceWords a pause split is made only if both sides keep at least this many words
 * @param cutLeadTolerance a cut may come this long before the sentence that caused it starts
 * @param maxCauseGap a cut up to this long after a sentence ends is still that sentence's result
 * @param cutChain later cuts within this long of the previous one belong to the same action
 *     (a loading screen, then the page)
 * @param fullScreenScore a cut changing at least this fraction of the screen gets no highlight
 * @param afterSpeech a step without a cut is shown this long after its sentence ends
 * @param localSettle a local change (typing, hover) is shown this long after it stops
 * @param startShot a recording with neither speech nor cuts is shown at this time
 * @param endMargin screenshots stay at least this far before the end of the recording
 */
public record AlignSettings(
    double sentencePause,
    int minSentenceWords,
    double cutLeadTolerance,
    double maxCauseGap,
    double cutChain,
    double fullScreenScore,
    double afterSpeech,
    double localSettle,
    double startShot,
    double endMargin) implements Serializable {

  public static AlignSettings defaults() {
    return new AlignSettings(0.5, 3, 0.3, 4.0, 1.5, 0.75, 0.5, 0.3, 0.5, 0.05);
  }
}

package io.reel2sop.speech;

import io.reel2sop.media.AudioDecoder;

/**
 * A stretch of speech, in 16 kHz samples from the start of the recording: the audio to recognise
 * is {@code [start, end)} (the voice with a little margin), and the voice itself begins at
 * {@code voiceStart}, which decides the time chunk the segment belongs to.
 */
record SpeechSegment(long start, long voiceStart, long end) {
  double voiceStartSeconds() {
    return voiceStart / (double) AudioDecoder.SAMPLE_RATE;
  }

  double startSeconds() {
    return start / (double) AudioDecoder.SAMPLE_RATE;
  }
}

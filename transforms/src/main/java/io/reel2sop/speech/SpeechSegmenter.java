package io.reel2sop.speech;

import java.io.IOException;

/**
 * Cuts a 16 kHz stream into stretches of speech to recognise one by one. Voiced frames
 * ({@link VoiceActivity}) closer than a pause belong to one segment, padded on both sides; a
 * segment still going on at a grid mark ({@link Settings#splitEverySeconds()} from the start of the
 * recording) after long enough is split at the quietest frame shortly before the mark. Every
 * boundary thus depends only on the audio a few seconds around it: a stream started at least
 * {@link Settings#lookbackSeconds()} before a moment yields exactly the segments of a whole run from
 * that moment on. Memory is bounded: segments are at most about {@code splitEvery + splitSearch +
 * minSplit} long.
 */
final class SpeechSegmenter {
  /** Durations in seconds. {@code padding} must be at most half of {@code minPause}. */
  record Settings(
      double floorRadiusSeconds,
      double floorPercentile,
      double marginDb,
      double absoluteFloorDbfs,
      double minPauseSeconds,
      double paddingSeconds,
      double minVoicedSeconds,
      double splitEverySeconds,
      double splitSearchSeconds,
      double minSplitSeconds) {
    Settings {
      if (paddingSeconds > minPauseSeconds / 2) {
        throw new IllegalArgumentException("padding " + paddingSeconds + " s over half the pause " + minPauseSeconds + " s");
      }
      if (splitSearchSeconds + minSplitSeconds >= splitEverySeconds) {
        throw new IllegalArgumentException("splits every " + splitEverySeconds + " s leave no room to search");
      }
    }

    /**
     * Pauses of a second and half a second of margin: shorter pauses and margins cost accuracy on the
     * peer clips, since each segment starts Vosk's speaker adaptation afresh.
     */
    static Settings defaults() {
      return new Settings(1.5, 0.1, 10, -55, 0.9, 0.45, 0.05, 20, 3, 2);
    }

    /** How long before a moment a stream must start for the segments from there to be exact. */
    double lookbackSeconds() {
      // the floor window, a pause, a split's search and minimum length, and the resampler's reach
      return floorRadiusSeconds + minPauseSeconds + splitSearchSeconds + minSplitSeconds + 0.05;
    }
  }

  @FunctionalInterface
  interface Sink {
    void accept(SpeechSegment segment) throws IOException;
  }

  private static final int FRAMES_PER_SECOND = 100;

  private final FrameEnergy energy;
  private final VoiceActivity activity;
  private final Sink sink;
  private final int minPause;
  private final int padding;
  private final int minVoiced;
  private final int splitEvery;
  private final int splitSearch;
  private final int minSplit;
  /** Energies and decisions of the last frames, by frame modulo length: what a split looks back on. */
  private final double[] recentEnergy;
  private final boolean[] recentVoiced;

  private long firstFrame = Long.MIN_VALUE;
  private long decidedUntil = Long.MIN_VALUE;
  private long streamEnd = Long.MAX_VALUE;
  private boolean open;
  private long groupStart;
  private long segmentStart;
  private boolean segmentIsSplit;
  private long lastVoiced;
  private int voicedInSegment;
  private long pendingSplit = -1;

  SpeechSegmenter(Settings settings, Sink sink) {
    this.sink = sink;
    this.activity = new VoiceActivity(frames(settings.floorRadiusSeconds()), settings.floorPercentile(),
        settings.marginDb(), settings.absoluteFloorDbfs(), this::decided);
    this.energy = new FrameEnergy(activity::accept);
    this.minPause = frames(settings.minPauseSeconds());
    this.padding = frames(settings.paddingSeconds()) * FrameEnergy.FRAME;
    this.minVoiced = Math.max(1, frames(settings.minVoicedSeconds()));
    this.splitEvery = frames(settings.splitEverySeconds());
    this.splitSearch = frames(settings.splitSearchSeconds());
    this.minSplit = frames(settings.minSplitSeconds());
    this.recentEnergy = new double[splitSearch + minPause + 1];
    this.recentVoiced = new boolean[recentEnergy.length];
  }

  /** Consecutive samples, {@code samples[0]} being sample {@code first} of the recording. */
  void accept(short[] samples, int count, long first) throws IOException {
    energy.accept(samples, count, first);
  }

  /** The stream ended at sample {@code end}: closes what is open. */
  void finish(long end) throws IOException {
    streamEnd = end;
    energy.finish();
    activity.finish();
    if (open) {
      close(lastVoiced + 1, true);
    }
  }

  /**
   * Every segment whose voice starts before this sample has been delivered, and no later one will.
   */
  long settledSample() {
    if (decidedUntil == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return (open ? segmentStart : decidedUntil) * FrameEnergy.FRAME;
  }

  /** The earliest sample a segment delivered from now on can include. */
  long keepFrom() {
    if (decidedUntil == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return open ? paddedStart() : decidedUntil * FrameEnergy.FRAME - padding;
  }

  private void decided(long frame, boolean voiced, double meanSquare) throws IOException {
    if (firstFrame == Long.MIN_VALUE) {
      firstFrame = frame;
    }
    decidedUntil = frame + 1;
    int slot = (int) Math.floorMod(frame, (long) recentEnergy.length);
    recentEnergy[slot] = meanSquare;
    recentVoiced[slot] = voiced;
    if (open && frame % splitEvery == 0 && groupStart <= frame - splitSearch - minSplit) {
      pendingSplit = quietestBefore(frame);
    }
    if (voiced) {
      if (!open) {
        open = true;
        groupStart = frame;
        segmentStart = frame;
        segmentIsSplit = false;
        voicedInSegment = 0;
      } else if (pendingSplit >= 0) {
        split(frame);
      }
      lastVoiced = frame;
      voicedInSegment++;
    } else if (open && frame - lastVoiced >= minPause) {
      close(lastVoiced + 1, true);
    }
  }

  /** The group goes on past the grid mark: what came before the quietest frame is a segment. */
  private void split(long frame) throws IOException {
    long at = pendingSplit;
    int after = 0;
    for (long f = at; f < frame; f++) {
      after += recentVoiced[(int) Math.floorMod(f, (long) recentVoiced.length)] ? 1 : 0;
    }
    voicedInSegment -= after;
    close(at, false);
    open = true;
    segmentStart = at;
    segmentIsSplit = true;
    voicedInSegment = after;
  }

  private void close(long endFrame, boolean padEnd) throws IOException {
    open = false;
    pendingSplit = -1;
    if (voicedInSegment < minVoiced) {
      return;
    }
    long end = Math.min(streamEnd, endFrame * FrameEnergy.FRAME + (padEnd ? padding : 0));
    sink.accept(new SpeechSegment(paddedStart(), segmentStart * FrameEnergy.FRAME, end));
  }

  private long paddedStart() {
    long voice = segmentStart * FrameEnergy.FRAME;
    return segmentIsSplit ? voice : Math.max(0, voice - padding);
  }

  /** The quietest frame in the search window before {@code mark} (the earliest of equals). */
  private long quietestBefore(long mark) {
    long best = -1;
    for (long f = Math.max(firstFrame, mark - splitSearch); f < mark; f++) {
      double e = recentEnergy[(int) Math.floorMod(f, (long) recentEnergy.length)];
      if (best < 0 || e < recentEnergy[(int) Math.floorMod(best, (long) recentEnergy.length)]) {
        best = f;
      }
    }
    return best;
  }

  private static int frames(double seconds) {
    return (int) Math.round(seconds * FRAMES_PER_SECOND);
  }
}

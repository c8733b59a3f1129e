package io.reel2sop.media;

import java.io.IOException;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Finds the frame on screen at each of a rising series of times: the last frame starting at or
 * before it. A seek decodes from the previous keyframe (seconds of video), so when the next time
 * is near it decodes forward from where it is instead. A seek goes a little before the time and
 * decodes forward; if the first frame it reaches is already after the time, it backs off further.
 * Holds at most two decoded frames (references to the decoder's pictures, not copies).
 *
 * <p>Far from the next time it also skips the frames no other frame is predicted from (most
 * B-frames): nearly half the decoding, and they cannot change any frame that is decoded. Frames
 * already fed to the decoder when it goes back to decoding everything may still be skipped, so
 * until as many frames as the decoder holds back for reordering have come out, a frame is not
 * trusted as the one shown: the time is decoded again without skipping.
 */
final class FrameCursor implements AutoCloseable {
  /** How far before a time a seek lands; decoding forward covers the rest. */
  private static final double SEEK_LEAD_SECONDS = 1.0;
  /** Decoding forward up to this far is cheaper than a seek. */
  private static final double FORWARD_LIMIT_SECONDS = 4.0;
  /** Frames are skipped only up to this long before a time, clear of reordering. */
  private static final double SKIP_UNTIL_SECONDS = 0.3;
  /** Frame times in some containers are rounded to the millisecond. */
  private static final double TIME_TOLERANCE = 0.001;

  private final VideoFrames video;
  /** Frames out since skipping stopped: the first few may be missing a skipped neighbour. */
  private int framesSinceSkipping = Integer.MAX_VALUE;
  /** Whether frames far before a time may be skipped: not after a seek to decode everything. */
  private boolean maySkip = true;
  /** The frame on screen at the last time asked for, and whether it is surely that frame. */
  private AVFrame shown;
  private double shownTime;
  private boolean shownTrusted;
  /** The frame after it, already decoded; null when not known. */
  private AVFrame ahead;
  private double aheadTime;
  /** The decoder reached the end right after {@link #shown}. */
  private boolean ended;

  FrameCursor(VideoFrames video) {
    this.video = video;
  }

  /** The frame shown at {@code time}, or null when none can be decoded; owned by the cursor. */
  AVFrame shownAt(double time) throws IOException {
    if (shown != null && startsBy(shownTime, time) && (ended || (ahead != null && !startsBy(aheadTime, time)))) {
      return shown;
    }
    boolean near = shown != null && startsBy(shownTime, time) && ahead != null
        && time - aheadTime <= FORWARD_LIMIT_SECONDS;
    if (near) {
      maySkip = true;
      keepAsShown(ahead, aheadTime, true);
      ahead = null;
      if (decodeForwardTo(time)) {
        return shown;
      }
    }
    return seekTo(time);
  }

  private AVFrame seekTo(double time) throws IOException {
    for (double lead = SEEK_LEAD_SECONDS; ; lead *= 4) {
      double seekTime = Math.max(0, time - lead);
      seek(seekTime, false);
      if (!decodeForwardTo(time)) {
        seek(seekTime, true);
        decodeForwardTo(time);
      }
      boolean overshot = shown == null && ahead != null;
      if (!overshot || seekTime == 0) {
        if (overshot) {
          // The video starts after this time: its first frame is the best there is.
          keepAsShown(ahead, aheadTime, true);
          ahead = null;
        }
        return shown;
      }
    }
  }

  /**
   * Seeks to the keyframe before {@code seconds}; unless {@code decodeAll}, frames may be skipped
   * on the way to the times asked for.
   */
  private void seek(double seconds, boolean decodeAll) throws IOException {
    video.seekBefore(seconds);
    reset();
    maySkip = !decodeAll;
    framesSinceSkipping = Integer.MAX_VALUE; // the seek flushed whatever was skipped before it
  }

  /**
   * Decodes until the first frame after {@code time}, which is kept as {@link #ahead}. Frames more
   * than {@link #SKIP_UNTIL_SECONDS} before the time may be skipped (see the class comment).
   * Returns false when the frame shown is not trusted, and the caller decodes again.
   */
  private boolean decodeForwardTo(double time) throws IOException {
    while (true) {
      double last = shown == null ? Double.NEGATIVE_INFINITY : shownTime;
      skipNonReference(maySkip && last > Double.NEGATIVE_INFINITY && last < time - SKIP_UNTIL_SECONDS);
      AVFrame frame = video.next();
      boolean trusted = frameOutTrusted();
      if (frame == null) {
        ended = true;
        return shown == null || shownTrusted;
      }
      double start = video.seconds(frame);
      if (!startsBy(start, time)) {
        if ((shown != null && !shownTrusted) || !trusted) {
          return false;
        }
        ahead = clone(frame);
        aheadTime = start;
        return true;
      }
      keepAsShown(clone(frame), start, trusted);
    }
  }

  private void skipNonReference(boolean skip) {
    if (skip == video.isSkipping()) {
      return;
    }
    video.skipNonReference(skip);
    if (!skip) {
      framesSinceSkipping = 0;
    }
  }

  /**
   * Counts a frame out of the decoder; whether no frame next to it can have been skipped: nothing
   * is skipped now, and more frames have come out since skipping stopped than the decoder holds
   * back for reordering, plus one.
   */
  private boolean frameOutTrusted() {
    if (video.isSkipping()) {
      return false;
    }
    if (framesSinceSkipping < Integer.MAX_VALUE) {
      framesSinceSkipping++;
    }
    return framesSinceSkipping > video.reorderDepth() + 1;
  }

  private void keepAsShown(AVFrame frame, double time, boolean trusted) {
    free(shown);
    shown = frame;
    shownTime = time;
    shownTrusted = trusted;
  }

  private void reset() {
    keepAsShown(null, 0, false);
    free(ahead);
    ahead = null;
    ended = false;
  }

  private static AVFrame clone(AVFrame frame) {
    AVFrame copy = avutil.av_frame_clone(frame);
    if (copy == null || copy.isNull()) {
      throw new OutOfMemoryError("FFmpeg cannot reference a decoded frame");
    }
    return copy;
  }

  private static void free(AVFrame frame) {
    if (frame != null) {
      avutil.av_frame_free(frame);
    }
  }

  private static boolean startsBy(double start, double time) {
    return start <= time + TIME_TOLERANCE;
  }

  @Override
  public void close() {
    reset();
  }
}

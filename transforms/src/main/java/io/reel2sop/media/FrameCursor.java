package io.reel2sop.media;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Finds the frame on screen at each of a rising series of times: the last frame starting at or
 * before it. A seek decodes from the previous keyframe (seconds of video), so when the next time
 * is near it decodes forward from where it is instead. javacv's own seek-to-frame can land a few
 * frames off, so a seek goes a little earlier and decodes forward; if it still overshot, it backs
 * off further. Holds at most two decoded frames.
 */
final class FrameCursor implements AutoCloseable {
  /** How far before a time a seek lands; decoding forward covers the rest. */
  private static final double SEEK_LEAD_SECONDS = 1.0;
  /** Decoding forward up to this far is cheaper than a seek. */
  private static final double FORWARD_LIMIT_SECONDS = 4.0;
  /** Frames this close before a wanted time are converted, in case one of them is the one shown. */
  private static final double SKIP_MARGIN_SECONDS = 0.5;
  /** Frame times in some containers are rounded to the millisecond. */
  private static final double TIME_TOLERANCE = 0.001;

  private final FFmpegFrameGrabber grabber;
  private final VideoClock clock;
  private final long earliestSeekMicros;
  /** The frame on screen at the last time asked for. */
  private Frame shown;
  /** The frame after it, already decoded; null when not known. */
  private Frame ahead;
  /** The decoder reached the end right after {@link #shown}. */
  private boolean ended;

  FrameCursor(FFmpegFrameGrabber grabber, VideoClock clock, long earliestSeekMicros) {
    this.grabber = grabber;
    this.clock = clock;
    this.earliestSeekMicros = earliestSeekMicros;
  }

  /** The frame shown at {@code time}, or null when none can be decoded; owned by the cursor. */
  Frame shownAt(double time) throws FrameGrabber.Exception {
    if (shown != null && startsBy(shown, time) && (ended || (ahead != null && !startsBy(ahead, time)))) {
      return shown;
    }
    boolean near = shown != null && startsBy(shown, time) && ahead != null
        && time - seconds(ahead) <= FORWARD_LIMIT_SECONDS;
    if (near) {
      replaceShown(ahead);
      ahead = null;
      if (decodeForwardTo(time, false)) {
        return shown;
      }
    }
    return seekTo(time);
  }

  private Frame seekTo(double time) throws FrameGrabber.Exception {
    for (double lead = SEEK_LEAD_SECONDS; ; lead *= 4) {
      long seekMicros = Math.max(earliestSeekMicros, Math.round((time - lead) * 1e6));
      grabber.setTimestamp(seekMicros, false);
      reset();
      if (!decodeForwardTo(time, false)) {
        grabber.setTimestamp(seekMicros, false);
        reset();
        decodeForwardTo(time, true);
      }
      boolean overshot = shown == null && ahead != null;
      if (!overshot || seekMicros == earliestSeekMicros) {
        if (shown == null && ahead != null) {
          // The video starts after this time: its first frame is the best there is.
          replaceShown(ahead);
          ahead = null;
        }
        return shown;
      }
    }
  }

  /**
   * Decodes until the first frame after {@code time}, which is kept as {@link #ahead}. Unless
   * {@code convertAll}, frames more than {@link #SKIP_MARGIN_SECONDS} before the time are decoded
   * without their RGB conversion and copy, which cost as much as the decoding: their pixels are
   * only needed when the next frame comes after the time, a gap that long in a variable frame rate
   * video. Returns false then (the frame shown was not kept), and the caller decodes again.
   */
  private boolean decodeForwardTo(double time, boolean convertAll) throws FrameGrabber.Exception {
    double last = shown == null ? Double.NEGATIVE_INFINITY : seconds(shown);
    boolean skippedLast = false;
    while (true) {
      // the first frame after a seek is kept too: when the video starts after the time, it is the one
      boolean convert = convertAll || last >= time - SKIP_MARGIN_SECONDS || last == Double.NEGATIVE_INFINITY;
      Frame frame = grabber.grabFrame(false, true, convert, false);
      if (frame == null) {
        ended = true;
        return !skippedLast;
      }
      if (!startsBy(frame, time)) {
        if (skippedLast) {
          return false;
        }
        ahead = convert ? frame.clone() : null; // not kept: the next time asked for seeks
        return true;
      }
      last = seconds(frame);
      skippedLast = !convert;
      if (convert) {
        replaceShown(frame.clone());
      }
    }
  }

  private void replaceShown(Frame next) {
    if (shown != null) {
      shown.close();
    }
    shown = next;
  }

  private void reset() {
    replaceShown(null);
    if (ahead != null) {
      ahead.close();
      ahead = null;
    }
    ended = false;
  }

  private boolean startsBy(Frame frame, double time) {
    return seconds(frame) <= time + TIME_TOLERANCE;
  }

  private double seconds(Frame frame) {
    return clock.seconds(frame.timestamp);
  }

  @Override
  public void close() {
    reset();
  }
}

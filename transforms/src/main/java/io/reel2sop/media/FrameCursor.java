package io.reel2sop.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Finds the frame on screen at each of a rising series of times: the last frame starting at or
 * before it. A seek decodes from the previous keyframe (seconds of video), so when the next time
 * is near it decodes forward from where it is instead. javacv's own seek-to-frame can land a few
 * frames off, so a seek goes a little earlier and decodes forward; if it still overshot, it backs
 * off further. Holds at most two decoded frames.
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
  /**
   * Frames this close before a wanted time are converted, in case one of them is the one shown:
   * three frames at 30 fps. A longer gap (variable frame rate) costs a second decode of the time;
   * a wider margin converts frames for nothing (0.5 s took 29% longer over 310 shots).
   */
  private static final double SKIP_MARGIN_SECONDS = 0.1;
  /** Frames are skipped only this far before {@link #SKIP_MARGIN_SECONDS}, clear of reordering. */
  private static final double DISCARD_LEAD_SECONDS = 0.2;
  /** Frame times in some containers are rounded to the millisecond. */
  private static final double TIME_TOLERANCE = 0.001;

  private final FFmpegFrameGrabber grabber;
  private final VideoClock clock;
  private final long earliestSeekMicros;
  /** The video decoder, to switch frame skipping; null when not reachable (then nothing is skipped). */
  private final AVCodecContext codec;
  private boolean skipping;
  /** Frames out since skipping stopped: the first few may be missing a skipped neighbour. */
  private int framesSinceSkipping = Integer.MAX_VALUE;
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
    this.codec = VideoCodecContext.of(grabber);
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
      seek(seekMicros, false);
      if (!decodeForwardTo(time, false)) {
        seek(seekMicros, true);
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
   * Seeks to the keyframe before {@code micros} and decodes up to it; unless {@code decodeAll},
   * skipping frames on the way there, as none of them is shown.
   */
  private void seek(long micros, boolean decodeAll) throws FrameGrabber.Exception {
    skipNonReference(!decodeAll);
    grabber.setTimestamp(micros, false);
    skipNonReference(false);
    if (decodeAll) {
      framesSinceSkipping = Integer.MAX_VALUE; // the seek flushed whatever was skipped before it
    }
    reset();
  }

  /**
   * Decodes until the first frame after {@code time}, which is kept as {@link #ahead}. Unless
   * {@code convertAll}, frames more than {@link #SKIP_MARGIN_SECONDS} before the time are decoded
   * without their RGB conversion and copy, which cost as much as the decoding, and frames further
   * before it are not all decoded (see the class comment). Their pixels are only needed when the
   * next frame comes after the time, a gap that long in a variable frame rate video. Returns false
   * when the frame shown was not kept or not trusted, and the caller decodes again.
   */
  private boolean decodeForwardTo(double time, boolean convertAll) throws FrameGrabber.Exception {
    double last = shown == null ? Double.NEGATIVE_INFINITY : seconds(shown);
    // the last frame is not kept, or a frame right after it may have been skipped
    boolean lastInDoubt = false;
    while (true) {
      // the first frame after a seek is kept too: when the video starts after the time, it is the one
      boolean convert = convertAll || last >= time - SKIP_MARGIN_SECONDS || last == Double.NEGATIVE_INFINITY;
      skipNonReference(!convert && last < time - SKIP_MARGIN_SECONDS - DISCARD_LEAD_SECONDS);
      Frame frame = grabber.grabFrame(false, true, convert, false);
      boolean trusted = frameOutTrusted();
      if (frame == null) {
        ended = true;
        return !lastInDoubt && trusted;
      }
      if (!startsBy(frame, time)) {
        if (lastInDoubt || !trusted) {
          return false;
        }
        ahead = convert ? frame.clone() : null; // not kept: the next time asked for seeks
        return true;
      }
      last = seconds(frame);
      lastInDoubt = !convert || !trusted;
      if (convert) {
        replaceShown(frame.clone());
      }
    }
  }

  private void skipNonReference(boolean skip) {
    if (codec == null || skip == skipping) {
      return;
    }
    codec.skip_frame(skip ? avcodec.AVDISCARD_NONREF : avcodec.AVDISCARD_DEFAULT);
    skipping = skip;
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
    if (skipping) {
      return false;
    }
    if (framesSinceSkipping < Integer.MAX_VALUE) {
      framesSinceSkipping++;
    }
    return codec == null || framesSinceSkipping > codec.has_b_frames() + 1;
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

package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a recording as it is made: BGR24 pictures with their times, and a mono PCM track that is
 * encoded alongside, a little ahead of the pictures, so the muxer never holds much. Nothing is
 * kept but one waiting picture and the encoders' own look-ahead.
 *
 * <pre>{@code
 * try (MediaWriter out = MediaWriter.open(file, spec, narration)) {
 *   out.frame(bgr, 0.0);
 *   out.frame(bgr2, 0.04);
 * }   // the rest of the narration, the encoders' tails and the trailer
 * }</pre>
 */
public final class MediaWriter implements AutoCloseable {
  /** Audio is encoded up to this far past the latest picture. */
  private static final double AUDIO_LEAD_SECONDS = 0.5;

  private final Muxer muxer;
  private final VideoStreamEncoder video;
  private final AudioStreamEncoder audio;
  private final MonoPcm sound;
  private int soundSent;
  private double videoEnd = Double.NaN;

  private MediaWriter(Muxer muxer, VideoStreamEncoder video, AudioStreamEncoder audio, MonoPcm sound) {
    this.muxer = muxer;
    this.video = video;
    this.audio = audio;
    this.sound = sound;
  }

  /**
   * Starts {@code target} as {@code spec} says; {@code sound} is its audio track, given exactly
   * when the spec has audio.
   */
  public static MediaWriter open(Path target, MediaSpec spec, MonoPcm sound) throws IOException {
    if ((spec.audio() == null) != (sound == null)) {
      throw new IllegalArgumentException("sound is given exactly when the spec has an audio codec");
    }
    Muxer muxer = Muxer.create(target, spec.container().muxer());
    VideoStreamEncoder video = null;
    AudioStreamEncoder audio = null;
    try {
      video = spec.video() == null ? null : new VideoStreamEncoder(muxer, spec.video());
      audio = sound == null ? null : new AudioStreamEncoder(muxer, spec.audio(), sound.sampleRate());
      muxer.start(spec.faststart());
      return new MediaWriter(muxer, video, audio, sound);
    } catch (IOException | RuntimeException e) {
      closeAll(muxer, video, audio);
      throw e;
    }
  }

  /** Writes a file of sound only, as {@code codec} in {@code container}. */
  public static void writeSound(Path target, Container container, AudioCodec codec, MonoPcm sound)
      throws IOException {
    open(target, new MediaSpec(container, null, codec), sound).close();
  }

  /** Adds a picture (BGR24, rows top down, no padding) shown from {@code seconds} on. */
  public void frame(byte[] bgr, double seconds) throws IOException {
    if (video == null) {
      throw new IllegalStateException("this file has no video stream");
    }
    sendSoundUntil(seconds + AUDIO_LEAD_SECONDS);
    video.frame(bgr, seconds);
  }

  /** Makes the last picture last until {@code seconds} (else it lasts one frame period). */
  public void endVideoAt(double seconds) {
    this.videoEnd = seconds;
  }

  /** Encodes the rest of the sound, the encoders' tails and the trailer, and closes the file. */
  @Override
  public void close() throws IOException {
    try {
      sendSoundUntil(Double.POSITIVE_INFINITY);
      if (audio != null) {
        audio.finish();
      }
      if (video != null) {
        video.finish(Double.isNaN(videoEnd) ? video.naturalEnd() : videoEnd);
      }
      muxer.finish();
    } finally {
      closeAll(muxer, video, audio);
    }
  }

  private void sendSoundUntil(double seconds) throws IOException {
    if (audio == null) {
      return;
    }
    int until = (int) Math.min(sound.samples().length, Math.ceil(seconds * sound.sampleRate()));
    if (until > soundSent) {
      audio.push(sound.samples(), soundSent, until - soundSent);
      soundSent = until;
    }
  }

  private static void closeAll(Muxer muxer, VideoStreamEncoder video, AudioStreamEncoder audio) {
    if (video != null) {
      video.close();
    }
    if (audio != null) {
      audio.close();
    }
    muxer.close();
  }
}

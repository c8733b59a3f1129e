package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;

/** A recording of one unchanging picture, as a screen recorder stores a narrated still screen. */
public final class StillRecording {
  private StillRecording() {}

  /** The picture for as long as {@code sound} lasts, with it; the spec must have audio. */
  public static void withSound(Path target, MediaSpec spec, byte[] picture, MonoPcm sound) throws IOException {
    write(target, spec, picture, sound, sound.seconds());
  }

  /** The picture for {@code seconds}, no sound; the spec must have no audio. */
  public static void silent(Path target, MediaSpec spec, byte[] picture, double seconds) throws IOException {
    write(target, spec, picture, null, seconds);
  }

  private static void write(Path target, MediaSpec spec, byte[] picture, MonoPcm sound, double seconds)
      throws IOException {
    int fps = spec.video().frameRate();
    try (MediaWriter out = MediaWriter.open(target, spec, sound)) {
      for (int i = 0; i < seconds * fps; i++) {
        out.frame(picture, i / (double) fps);
      }
      out.endVideoAt(seconds);
    }
  }
}

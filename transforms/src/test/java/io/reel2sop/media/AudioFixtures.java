package io.reel2sop.media;

import io.reel2sop.peer.PeerData;
import io.reel2sop.testmedia.AudioCodec;
import io.reel2sop.testmedia.BgrFrames;
import io.reel2sop.testmedia.Container;
import io.reel2sop.testmedia.MediaSpec;
import io.reel2sop.testmedia.MonoPcm;
import io.reel2sop.testmedia.PlainAudioDecoder;
import io.reel2sop.testmedia.StillRecording;
import io.reel2sop.testmedia.VideoCodec;
import io.reel2sop.testmedia.VideoFormat;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Screen recordings with sound, made with the test media toolkit into {@code target/test-media}
 * (once per build): clips of real speech one after the other with silences between, under a still
 * white picture, as a screen recorder would store them.
 */
public final class AudioFixtures {
  private static final Path DIR = Path.of("target/test-media");
  /** The clips are joined at this rate, then encoded at the rate asked for. */
  private static final int MIX_RATE = 16_000;
  private static final VideoFormat STILL = new VideoFormat(320, 240, 5, new VideoCodec.H264(200_000));
  private static final byte[] WHITE = BgrFrames.filled(320, 240, Color.WHITE);

  private AudioFixtures() {}

  /**
   * The clips in order, each followed by {@code gapSeconds} of silence (after a first silence of
   * the same length), as AAC at {@code sampleRate} and {@code bitsPerSecond} in an MP4 named
   * {@code name}.
   */
  public static Path narration(String name, List<Path> clips, double gapSeconds, int sampleRate, int bitsPerSecond)
      throws IOException {
    Path video = Files.createDirectories(DIR).resolve(name);
    if (Files.exists(video)) {
      return video;
    }
    MonoPcm sound = clipsWithGaps(clips, gapSeconds);
    return make(video, partial -> narratedStill(partial, sound, sampleRate, bitsPerSecond));
  }

  /**
   * {@code sound} under a still white screen (320x240, 5 fps), as AAC at {@code sampleRate} (0:
   * the sound's own) and {@code bitsPerSecond} in an MP4.
   */
  public static void narratedStill(Path target, MonoPcm sound, int sampleRate, int bitsPerSecond)
      throws IOException {
    StillRecording.withSound(target, new MediaSpec(Container.MP4, STILL, new AudioCodec.Aac(bitsPerSecond, sampleRate)),
        WHITE, sound);
  }

  /**
   * Every peer speech clip, 3 s apart: over two minutes of real speech as 64 kb/s AAC at 44.1 kHz,
   * where the encoder substitutes noise for some bands (a decoder that seeked would make different
   * noise there).
   */
  public static Path longPeerNarration() throws IOException {
    List<Path> clips;
    try (Stream<Path> files = Files.list(PeerData.require("speech").resolve("wav16k"))) {
      clips = files.filter(p -> p.toString().endsWith(".16k.wav")).sorted().toList();
    }
    return narration("all-peer-clips-3s-44k.mp4", clips, 3.0, 44_100, 64_000);
  }

  /** A recording with a picture (3 s) and no sound. */
  public static Path silentFilm(String name) throws IOException {
    Path video = Files.createDirectories(DIR).resolve(name);
    if (Files.exists(video)) {
      return video;
    }
    MediaSpec spec = new MediaSpec(Container.MP4, STILL, null);
    return make(video, partial -> StillRecording.silent(partial, spec, WHITE, 3.0));
  }

  /** Silence, then each clip (decoded to mono at {@link #MIX_RATE}) followed by silence. */
  private static MonoPcm clipsWithGaps(List<Path> clips, double gapSeconds) throws IOException {
    int gap = (int) Math.round(gapSeconds * MIX_RATE);
    List<short[]> decoded = new ArrayList<>();
    int length = gap;
    for (Path clip : clips) {
      short[] samples = PlainAudioDecoder.decode(clip, MIX_RATE).samples();
      decoded.add(samples);
      length += samples.length + gap;
    }
    short[] track = new short[length];
    int at = gap;
    for (short[] samples : decoded) {
      System.arraycopy(samples, 0, track, at, samples.length);
      at += samples.length + gap;
    }
    return new MonoPcm(MIX_RATE, track);
  }

  private interface Writer {
    void write(Path target) throws IOException;
  }

  /** Writes to a temporary name, then moves it in place: no half-made files. */
  private static Path make(Path video, Writer writer) throws IOException {
    Path partial = video.resolveSibling("partial-" + video.getFileName());
    writer.write(partial);
    return Files.move(partial, video, StandardCopyOption.REPLACE_EXISTING);
  }
}

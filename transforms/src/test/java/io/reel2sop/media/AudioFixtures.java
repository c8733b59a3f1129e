package io.reel2sop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reel2sop.peer.PeerData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Screen recordings with sound, made with the system ffmpeg into {@code target/test-media} (once per
 * build): clips of real speech one after the other with silences between, under a still picture,
 * as a screen recorder would store them.
 */
public final class AudioFixtures {
  private static final Path DIR = Path.of("target/test-media");

  private AudioFixtures() {}

  /**
   * The clips in order, each followed by {@code gapSeconds} of silence (after a first silence of
   * the same length), as AAC at {@code sampleRate} and {@code bitrate} in an MP4 named {@code name}.
   */
  public static Path narration(String name, List<Path> clips, double gapSeconds, int sampleRate, String bitrate)
      throws IOException, InterruptedException {
    Path video = Files.createDirectories(DIR).resolve(name);
    if (Files.exists(video)) {
      return video;
    }
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y",
        "-f", "lavfi", "-i", "color=c=white:s=320x240:r=5",
        "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono"));
    int gaps = clips.size() + 1;
    StringBuilder filter = new StringBuilder("[1:a]asplit=" + gaps);
    for (int i = 0; i < gaps; i++) {
      filter.append("[s").append(i).append(']');
    }
    StringBuilder concat = new StringBuilder("[gap0]");
    for (int i = 0; i < gaps; i++) {
      filter.append(String.format(";[s%d]atrim=0:%s[gap%d]", i, gapSeconds, i));
    }
    for (int i = 0; i < clips.size(); i++) {
      command.addAll(List.of("-i", clips.get(i).toString()));
      filter.append(String.format(";[%d:a]aresample=16000,aformat=channel_layouts=mono[clip%d]", i + 2, i));
      concat.append(String.format("[clip%d][gap%d]", i, i + 1));
    }
    filter.append(';').append(concat).append(String.format("concat=n=%d:v=0:a=1[audio]", clips.size() + gaps));
    command.addAll(List.of("-filter_complex", filter.toString(), "-map", "0:v", "-map", "[audio]", "-shortest",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", bitrate, "-ar", Integer.toString(sampleRate)));
    return make(video, command);
  }

  /**
   * Every peer speech clip, 3 s apart: over two minutes of real speech as 64 kb/s AAC at 44.1 kHz,
   * where the encoder substitutes noise for some bands (a decoder that seeked would make different
   * noise there).
   */
  public static Path longPeerNarration() throws IOException, InterruptedException {
    List<Path> clips;
    try (Stream<Path> files = Files.list(PeerData.require("speech").resolve("wav16k"))) {
      clips = files.filter(p -> p.toString().endsWith(".16k.wav")).sorted().toList();
    }
    return narration("all-peer-clips-3s-44k.mp4", clips, 3.0, 44_100, "64k");
  }

  /** A recording with a picture and no sound. */
  public static Path silentFilm(String name) throws IOException, InterruptedException {
    Path video = Files.createDirectories(DIR).resolve(name);
    if (Files.exists(video)) {
      return video;
    }
    return make(video, new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
        "color=c=white:s=320x240:r=5:d=3", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p")));
  }

  /** Runs the ffmpeg command with a temporary output, then moves it in place: no half-made files. */
  private static Path make(Path video, List<String> command) throws IOException, InterruptedException {
    Path partial = video.resolveSibling("partial-" + video.getFileName());
    command.add(partial.toString());
    Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(ffmpeg.getInputStream().readAllBytes());
    assertEquals(0, ffmpeg.waitFor(), "ffmpeg failed: " + log);
    return Files.move(partial, video, StandardCopyOption.REPLACE_EXISTING);
  }
}

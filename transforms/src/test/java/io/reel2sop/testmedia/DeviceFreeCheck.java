package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Run in a JVM of its own: uses every part of the toolkit, then prints each mapped library that
 * needs sound or display servers (libavdevice and what it pulls in) and exits 1 if there is any.
 */
public final class DeviceFreeCheck {
  static final Pattern DEVICE_LIBRARIES = Pattern.compile("libavdevice|libpulse|libasound|libxcb");

  private DeviceFreeCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path mp4 = Samples.write(dir.resolve("a.mp4"), new MediaSpec(Container.MP4, Samples.h264(), new AudioCodec.Aac(64_000)));
    Path webm = Samples.write(dir.resolve("a.webm"),
        new MediaSpec(Container.WEBM, Samples.video(new VideoCodec.Vp9(30)), new AudioCodec.Opus(48_000)));
    MediaFactsReader.read(webm);
    PlainVideoDecoder.framesShownAt(mp4, List.of(0.5, 1.5));
    PlainAudioDecoder.decode(webm, 16_000);
    StreamCopy.remux(mp4, dir.resolve("fast.mp4"), true);
    StreamCopy.concat(List.of(mp4, mp4), dir.resolve("twice.mp4"));
    WebVttCues.read(Files.writeString(dir.resolve("a.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n"));

    List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> DEVICE_LIBRARIES.matcher(line).find())
        .toList();
    mapped.forEach(System.out::println);
    System.exit(mapped.isEmpty() ? 0 : 1);
  }
}

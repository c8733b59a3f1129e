package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/** The first audio track of a file, all of it, as mono 16-bit PCM at a chosen rate (swresample). */
public final class PlainAudioDecoder implements AutoCloseable {
  private final int rate;
  private final AVChannelLayout mono = new AVChannelLayout();
  private SwrContext resampler;
  private ShortPointer converted = new ShortPointer(0);
  private short[] samples = new short[1 << 16];
  private int count;

  private PlainAudioDecoder(int rate) {
    this.rate = rate;
    avutil.av_channel_layout_default(mono, 1);
  }

  public static MonoPcm decode(Path media, int sampleRate) throws IOException {
    try (InputMedia input = InputMedia.open(media);
        PlainAudioDecoder decoder = new PlainAudioDecoder(sampleRate)) {
      AVStream stream = input.firstStream(avutil.AVMEDIA_TYPE_AUDIO);
      if (stream == null) {
        throw new IOException("no audio stream in " + media);
      }
      DecodePass.run(input, stream.index(), decoder::add);
      decoder.convert(null);
      return new MonoPcm(sampleRate, Arrays.copyOf(decoder.samples, decoder.count));
    }
  }

  /** Resamples a decoded frame onto the track; the first one sets the resampler up. */
  private boolean add(AVFrame frame) throws IOException {
    if (resampler == null) {
      SwrContext swr = new SwrContext(null);
      Libav.check(swresample.swr_alloc_set_opts2(swr, mono, avutil.AV_SAMPLE_FMT_S16, rate, frame.ch_layout(),
          frame.format(), frame.sample_rate(), 0, null), "resampler");
      resampler = swr;
      Libav.check(swresample.swr_init(resampler), "resampler");
    }
    convert(frame);
    return true;
  }

  /** Resamples {@code frame}, or with null what the resampler still holds, onto the track. */
  private void convert(AVFrame frame) throws IOException {
    if (resampler == null) {
      return;
    }
    int inputCount = frame == null ? 0 : frame.nb_samples();
    int room = swresample.swr_get_out_samples(resampler, inputCount);
    if (converted.capacity() < room) {
      converted.close();
      converted = new ShortPointer(room);
    }
    try (PointerPointer<ShortPointer> out = Libav.planes(converted)) {
      int made = Libav.check(swresample.swr_convert(resampler, out, room,
          frame == null ? null : frame.extended_data(), inputCount), "resampling");
      if (count + made > samples.length) {
        samples = Arrays.copyOf(samples, Math.max(2 * samples.length, count + made));
      }
      converted.get(samples, count, made);
      count += made;
    }
  }

  @Override
  public void close() {
    if (resampler != null) {
      swresample.swr_free(resampler);
    }
    converted.close();
    avutil.av_channel_layout_uninit(mono);
  }
}

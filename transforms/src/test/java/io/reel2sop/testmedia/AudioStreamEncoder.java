package io.reel2sop.testmedia;

import java.io.IOException;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVAudioFifo;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Encodes mono 16-bit PCM given in pieces of any length: converted to the encoder's sample format
 * and rate, queued, and sent in the encoder's frame size; the last frame may be shorter.
 */
final class AudioStreamEncoder implements AutoCloseable {
  private final StreamEncoder encoder;
  private final int inputRate;
  private final int sampleFormat;
  private final int frameSize;
  private final SwrContext resampler;
  private final AVAudioFifo queue;
  private final AVFrame frame = avutil.av_frame_alloc();
  private ShortPointer input = new ShortPointer(0);
  private BytePointer converted = new BytePointer(0);
  private long nextPts;

  AudioStreamEncoder(Muxer muxer, AudioCodec codec, int inputRate) throws IOException {
    this.inputRate = inputRate;
    this.sampleFormat = codec.sampleFormat();
    int rate = codec.sampleRate(inputRate);
    AVChannelLayout mono = new AVChannelLayout();
    avutil.av_channel_layout_default(mono, 1);
    this.resampler = resampler(mono, inputRate, rate);
    try {
      this.encoder = StreamEncoder.open(muxer, codec.encoder(), context -> {
        context.sample_fmt(sampleFormat);
        context.sample_rate(rate);
        avutil.av_channel_layout_copy(context.ch_layout(), mono);
        context.bit_rate(codec.bitsPerSecond());
        context.time_base(avutil.av_make_q(1, rate));
      }, Map.of());
    } catch (IOException | RuntimeException e) {
      swresample.swr_free(resampler);
      throw e;
    }
    int size = encoder.context().frame_size();
    this.frameSize = size > 0 ? size : 1024; // encoders taking frames of any size say 0
    this.queue = avutil.av_audio_fifo_alloc(sampleFormat, 1, frameSize);
    frame.format(sampleFormat);
    frame.sample_rate(rate);
    avutil.av_channel_layout_copy(frame.ch_layout(), mono);
    frame.nb_samples(frameSize);
    Libav.check(avutil.av_frame_get_buffer(frame, 0), "audio frame buffer");
  }

  /** A resampler from mono S16 at {@code inputRate} to mono in the encoder's format at {@code rate}. */
  private SwrContext resampler(AVChannelLayout mono, int inputRate, int rate) throws IOException {
    SwrContext swr = new SwrContext(null);
    Libav.check(swresample.swr_alloc_set_opts2(swr, mono, sampleFormat, rate, mono, avutil.AV_SAMPLE_FMT_S16,
        inputRate, 0, null), "resampler");
    int result = swresample.swr_init(swr);
    if (result < 0) {
      swresample.swr_free(swr);
      Libav.check(result, "resampler from " + inputRate + " Hz");
    }
    return swr;
  }

  /** Encodes {@code count} samples from {@code samples[from]} on. */
  void push(short[] samples, int from, int count) throws IOException {
    if (input.capacity() < count) {
      input.close();
      input = new ShortPointer(count);
    }
    input.put(samples, from, count);
    convert(input, count);
    while (avutil.av_audio_fifo_size(queue) >= frameSize) {
      sendQueued(frameSize);
    }
  }

  /** Encodes what the resampler and queue still hold, then drains the encoder. */
  void finish() throws IOException {
    convert(null, 0);
    while (avutil.av_audio_fifo_size(queue) > 0) {
      sendQueued(Math.min(frameSize, avutil.av_audio_fifo_size(queue)));
    }
    encoder.send(null);
  }

  /** Resamples {@code count} input samples (none, to flush the resampler) into the queue. */
  private void convert(ShortPointer samples, int count) throws IOException {
    int room = swresample.swr_get_out_samples(resampler, count);
    long bytes = (long) room * avutil.av_get_bytes_per_sample(sampleFormat);
    if (converted.capacity() < bytes) {
      converted.close();
      converted = new BytePointer(bytes);
    }
    try (PointerPointer<BytePointer> out = Libav.planes(converted);
        PointerPointer<ShortPointer> in = Libav.planes(samples)) {
      int made = Libav.check(swresample.swr_convert(resampler, out, room, samples == null ? null : in, count),
          "resampling " + inputRate + " Hz");
      Libav.check(avutil.av_audio_fifo_write(queue, out, made), "audio queue");
    }
  }

  private void sendQueued(int count) throws IOException {
    Libav.check(avutil.av_frame_make_writable(frame), "audio frame buffer");
    frame.nb_samples(count);
    Libav.check(avutil.av_audio_fifo_read(queue, frame.data(), count), "audio queue");
    frame.pts(nextPts);
    nextPts += count;
    encoder.send(frame);
  }

  @Override
  public void close() {
    avutil.av_frame_free(frame);
    avutil.av_audio_fifo_free(queue);
    swresample.swr_free(resampler);
    input.close();
    converted.close();
    encoder.close();
  }
}

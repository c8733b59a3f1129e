package io.reel2sop.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Turns decoded audio frames of any sample format and channel layout into mono float samples at
 * the track's own rate (FFmpeg's mixer: channels averaged with its standard downmix). No
 * resampling here, so no samples are held back between frames. Not thread-safe.
 */
final class MonoSamples implements AutoCloseable {
  private SwrContext mixer;
  private FloatPointer output = new FloatPointer(0L);
  private final PointerPointer<FloatPointer> planes = new PointerPointer<>(1L);

  /** Set up for the decoder's format, layout and rate. */
  MonoSamples(AVCodecContext decoder) throws UnusableRecordingException {
    AVChannelLayout in = new AVChannelLayout();
    AVChannelLayout mono = new AVChannelLayout();
    try {
      avutil.av_channel_layout_default(mono, 1);
      if (avutil.av_channel_layout_copy(in, decoder.ch_layout()) < 0
          || in.order() == avutil.AV_CHANNEL_ORDER_UNSPEC) {
        avutil.av_channel_layout_default(in, Math.max(1, decoder.ch_layout().nb_channels()));
      }
      mixer = swresample.swr_alloc();
      avutil.av_opt_set_chlayout(mixer, "in_chlayout", in, 0);
      avutil.av_opt_set_chlayout(mixer, "out_chlayout", mono, 0);
      avutil.av_opt_set_int(mixer, "in_sample_rate", decoder.sample_rate(), 0);
      avutil.av_opt_set_int(mixer, "out_sample_rate", decoder.sample_rate(), 0);
      avutil.av_opt_set_sample_fmt(mixer, "in_sample_fmt", decoder.sample_fmt(), 0);
      avutil.av_opt_set_sample_fmt(mixer, "out_sample_fmt", avutil.AV_SAMPLE_FMT_FLT, 0);
      if (swresample.swr_init(mixer) < 0) {
        close();
        throw new UnusableRecordingException("the audio stream's format cannot be converted ("
            + decoder.ch_layout().nb_channels() + " channels, sample format " + decoder.sample_fmt() + ")");
      }
    } finally {
      avutil.av_channel_layout_uninit(in);
      avutil.av_channel_layout_uninit(mono);
      in.close();
      mono.close();
    }
  }

  /** The frame's samples, mixed to mono. */
  float[] convert(AVFrame frame) {
    int capacity = frame.nb_samples();
    if (output.capacity() < capacity) {
      output.close();
      output = new FloatPointer(capacity);
    }
    planes.put(0, output);
    int converted = swresample.swr_convert(mixer, planes, capacity, frame.extended_data(), frame.nb_samples());
    float[] samples = new float[Math.max(0, converted)];
    output.get(samples);
    return samples;
  }

  @Override
  public void close() {
    if (mixer != null) {
      swresample.swr_free(mixer);
      mixer = null;
    }
    output.close();
    planes.close();
  }
}

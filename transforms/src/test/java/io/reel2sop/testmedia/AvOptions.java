package io.reel2sop.testmedia;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg option dictionaries, where an option nobody took is a mistake, not a silent no-op. */
final class AvOptions {
  private AvOptions() {}

  /** A new dictionary with the entries in key order; the caller frees it with {@link #free}. */
  static AVDictionary of(Map<String, String> options) {
    AVDictionary dictionary = new AVDictionary(null);
    new TreeMap<>(options).forEach((key, value) -> avutil.av_dict_set(dictionary, key, value, 0));
    return dictionary;
  }

  /** Throws when FFmpeg left any option of {@code dictionary} unused by {@code user}. */
  static void requireAllUsed(AVDictionary dictionary, String user) throws IOException {
    if (avutil.av_dict_count(dictionary) > 0) {
      throw new IOException(user + " does not know the option "
          + avutil.av_dict_get(dictionary, "", null, avutil.AV_DICT_IGNORE_SUFFIX).key().getString());
    }
  }

  static void free(AVDictionary dictionary) {
    avutil.av_dict_free(dictionary);
  }
}

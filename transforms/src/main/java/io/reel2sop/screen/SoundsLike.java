package io.reel2sop.screen;

/**
 * How alike two spellings are, by their letters and by how they sound: a speech recogniser that
 * mishears a word on the screen writes something that sounds like it ("proud to pie" for
 * "priority high", "same" for "Save"). The sound key keeps the consonants, merged by how they are
 * made (voiced and voiceless alike, soft c as s), and drops the vowels but a leading one; it is
 * rough on purpose, and only ever used together with where the word was on the screen.
 */
public final class SoundsLike {
  private SoundsLike() {}

  /**
   * 0..1: how alike the spellings are (edit distance relative to the longer), or how alike they
   * sound when the spellings are half alike and the sound keys long enough to tell words apart
   * ("proud" and "priority" share a key but hardly a spelling).
   */
  public static double similarity(String a, String b) {
    String x = ScreenWords.normalize(a);
    String y = ScreenWords.normalize(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    double spelled = relative(x, y);
    String kx = key(x);
    String ky = key(y);
    boolean soundCounts = spelled >= HALF_SPELLED && Math.min(kx.length(), ky.length()) >= MIN_KEY;
    double sounded = soundCounts ? relative(kx, ky) : 0;
    return sounded >= SOUNDS_THE_SAME ? Math.max(spelled, sounded) : spelled;
  }

  /** Sound keys this alike (one consonant off in five) count; less alike ones say little. */
  private static final double SOUNDS_THE_SAME = 0.8;

  /** Spellings at least this alike may be compared by sound. */
  private static final double HALF_SPELLED = 0.5;
  /** Shorter sound keys match too many words. */
  private static final int MIN_KEY = 3;

  /** 1 minus the edit distance relative to the longer string. */
  static double relative(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - editDistance(a, b) / (double) longer;
  }

  /** The sound key of a normalized word (lowercase letters and digits). */
  static String key(String word) {
    String w = word.replaceAll("^(kn|gn|pn)", "n").replaceAll("^wr", "r").replaceAll("^wh", "w").replaceAll("^x", "s");
    w = w.replace("tch", "x").replace("sch", "sk").replace("ph", "f").replace("ck", "k").replace("sh", "x")
        .replace("ch", "x").replace("th", "0").replace("gh", "").replace("dg", "j").replace("qu", "kw");
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
      char sound = switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> i == 0 && isVowel(c) ? 'a' : 0;
        case 'b' -> 'p';
        case 'd' -> 't';
        case 'g' -> "eiy".indexOf(next) >= 0 ? 'j' : 'k';
        case 'c' -> "eiy".indexOf(next) >= 0 ? 's' : 'k';
        case 'q' -> 'k';
        case 'v' -> 'f';
        case 'z' -> 's';
        case 'x' -> 'x';
        default -> c;
      };
      if (sound != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != sound)) {
        key.append(sound);
      }
    }
    return key.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

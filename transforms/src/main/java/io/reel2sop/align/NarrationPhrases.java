package io.reel2sop.align;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The spoken padding around an instruction, as lowercase word sequences. Longer phrases come first
 * so "and then" wins over "and".
 */
final class NarrationPhrases {

  /** Hesitations: dropped wherever they occur. */
  static final Set<String> HESITATIONS =
      Set.of("um", "uh", "er", "erm", "ah", "uhm", "umm", "hmm", "mm", "mhm", "uh-huh");

  /** Dropped at the start of a sentence whatever follows. */
  static final List<List<String>> LEADING_FILLERS =
      phrases(
          "um", "uh", "er", "erm", "ah", "uhm", "umm", "hmm", "mm", "so", "okay", "ok", "alright",
          "all right", "well", "you know", "basically", "actually", "and then", "and so", "and",
          "then", "now", "i mean", "yeah", "yes", "oh", "oops", "great", "cool", "perfect",
          "awesome", "good", "just", "simply", "quickly", "go ahead and", "we'll go ahead and",
          "i'll go ahead and", "once again", "as you can see");

  /**
   * Dropped at the start only when a comma follows or an instruction clearly continues ("next,
   * click save" but not "next button is disabled").
   */
  static final List<List<String>> GUARDED_FILLERS =
      phrases(
          "first", "firstly", "next", "right", "like", "here", "finally", "also", "lastly",
          "second", "secondly", "third", "after that", "once that's done", "once that is done",
          "from here", "at this point", "in here", "over here", "on this page", "on this screen",
          "again", "after this");

  /** Narrator framing that is dropped before whatever follows ("I'm going to click ..."). */
  static final List<List<String>> FRAMING =
      phrases(
          "i'm going to", "i am going to", "we're going to", "we are going to", "you're going to",
          "you are going to", "i'm gonna", "we're gonna", "you're gonna", "gonna", "going to",
          "let's", "let us", "let me", "i want to", "we want to", "you want to", "you'll want to",
          "you will want to", "you'd want to", "i need to", "we need to", "you need to",
          "you'll need to", "we'll need to", "i have to", "we have to", "you have to",
          "you can", "we can", "i can", "you could", "you should", "we should", "you must",
          "you just", "what i'm going to do is", "what we're going to do is", "what you do is",
          "what you want to do is", "the next step is to", "the first step is to",
          "the next thing is to", "the next thing we do is", "i'd like to", "we'd like to",
          "i would like to", "make sure to", "make sure you", "be sure to", "try to", "please");

  /** A speaker named before a verb ("I click", "the user selects"): dropped only then. */
  static final List<List<String>> SUBJECTS =
      phrases(
          "i", "we", "you", "i'll", "we'll", "you'll", "i'm", "we're", "you're", "i've", "we've",
          "the user", "user", "he", "she", "they");

  /** Words that may sit inside a framing phrase without breaking it ("I'm just going to"). */
  static final Set<String> SKIPPABLE_ADVERBS =
      Set.of("just", "now", "then", "also", "quickly", "simply", "first", "basically", "actually",
          "um", "uh");

  /** After framing ending in "to", these show "to" is a preposition ("I'm going to the page"). */
  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "my", "your", "our", "this", "that", "their", "its", "his", "her");

  /** Dropped at the end of a sentence. */
  static final Set<String> TRAILING_FILLERS =
      Set.of("um", "uh", "er", "erm", "ah", "uhm", "umm", "hmm", "mm", "so", "and", "yeah", "then");

  /** Inside a sentence these are fillers only when set off by commas ("click, like, save"). */
  static final List<List<String>> COMMA_FILLERS =
      phrases("you know", "like", "i mean", "sort of", "kind of", "basically", "actually", "so");

  /** Function words a recogniser often repeats ("click on the the save button"). */
  static final Set<String> STUTTER_WORDS =
      Set.of("the", "a", "an", "i", "to", "on", "and", "in", "of", "we", "it", "you", "so",
          "this", "that", "is", "my", "your", "for", "at");

  /**
   * Words after an inflected verb that show it is an action on something ("clicking on", "opens
   * the"), as opposed to an adjective ("selected items").
   */
  static final Set<String> OBJECT_STARTERS =
      Set.of("the", "a", "an", "on", "onto", "in", "into", "to", "your", "my", "our", "their",
          "this", "that", "these", "those", "it", "them", "all", "up", "down", "out", "over",
          "through", "from", "at", "with", "and", "back", "off", "here", "there", "its", "his",
          "her", "each", "every", "some", "both", "one", "any");

  private NarrationPhrases() {}

  private static List<List<String>> phrases(String... phrases) {
    return Arrays.stream(phrases)
        .map(p -> List.of(p.split(" ")))
        .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
        .toList();
  }
}

package io.reel2sop.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs a narrator uses for actions on screen, and every inflected form of them mapped back to
 * the base form ("clicking", "clicked", "clicks" → "click"; "chose" → "choose").
 */
public final class UiVerbs {

  private static final List<String> BASE_FORMS =
      List.of(
          "click", "type", "enter", "select", "choose", "open", "close", "save", "press", "scroll",
          "go", "navigate", "fill", "check", "uncheck", "tick", "drag", "drop", "upload", "download",
          "copy", "paste", "cut", "search", "add", "create", "delete", "remove", "edit", "update",
          "submit", "log", "sign", "hover", "switch", "pick", "set", "change", "confirm", "cancel",
          "tap", "write", "review", "turn", "find", "export", "import", "refresh", "reload", "expand",
          "collapse", "toggle", "enable", "disable", "attach", "share", "send", "print", "sort",
          "filter", "apply", "assign", "rename", "move", "highlight", "zoom", "wait", "return",
          "start", "finish", "visit", "load", "insert", "mark", "clear", "put", "hit", "make",
          "get", "use", "give", "leave", "fill", "continue", "accept", "allow", "approve",
          "reject", "restart", "install", "run", "launch", "browse", "view", "verify", "double-click",
          "right-click", "left-click", "grab", "provide", "specify", "complete", "duplicate",
          "archive", "publish", "schedule", "invite", "connect", "disconnect");

  /** Doubling verbs: a short final syllable doubles its consonant ("drag" → "dragged"). */
  private static final Set<String> DOUBLING =
      Set.of("drag", "drop", "tap", "submit", "log", "skip", "swap", "grab", "plan", "cut", "put",
          "hit", "set", "get", "run", "cancel");

  private static final Map<String, List<String>> IRREGULAR =
      Map.of(
          "go", List.of("went", "gone", "goes"),
          "choose", List.of("chose", "chosen"),
          "write", List.of("wrote", "written"),
          "find", List.of("found"),
          "make", List.of("made"),
          "get", List.of("got", "gotten"),
          "give", List.of("gave", "given"),
          "leave", List.of("left"),
          "send", List.of("sent"),
          "run", List.of("ran"));

  private static final Map<String, String> BASE_BY_FORM = buildTable();

  private UiVerbs() {}

  /** The base form of {@code word} when it is a known UI verb in any form, else empty. */
  static Optional<String> baseForm(String word) {
    return Optional.ofNullable(BASE_BY_FORM.get(word.toLowerCase(Locale.ROOT)));
  }

  public static boolean isVerb(String word) {
    return BASE_BY_FORM.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** True for forms that are not the base form ("clicked", "typing", "opens"). */
  static boolean isInflected(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String base = BASE_BY_FORM.get(lower);
    return base != null && !base.equals(lower);
  }

  private static Map<String, String> buildTable() {
    Map<String, String> table = new HashMap<>();
    for (String base : BASE_FORMS) {
      for (String form : regularForms(base)) {
        table.putIfAbsent(form, base);
      }
      for (String form : IRREGULAR.getOrDefault(base, List.of())) {
        // "left" is far more often the side of the screen than the past of "leave".
        if (!form.equals("left")) {
          table.putIfAbsent(form, base);
        }
      }
    }
    table.put("canceled", "cancel");
    table.put("canceling", "cancel");
    return Map.copyOf(table);
  }

  private static List<String> regularForms(String base) {
    int hyphen = base.lastIndexOf('-');
    if (hyphen > 0) {
      String head = base.substring(0, hyphen + 1);
      return regularForms(base.substring(hyphen + 1)).stream().map(f -> head + f).toList();
    }
    return List.of(base, thirdPerson(base), past(base), progressive(base));
  }

  private static String thirdPerson(String base) {
    if (base.matches(".*(s|x|z|ch|sh|o)")) {
      return base + "es";
    }
    if (base.matches(".*[^aeiou]y")) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    return base + "s";
  }

  private static String past(String base) {
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (base.matches(".*[^aeiou]y")) {
      return base.substring(0, base.length() - 1) + "ied";
    }
    return doubled(base) + "ed";
  }

  private static String progressive(String base) {
    if (base.endsWith("ie")) {
      return base.substring(0, base.length() - 2) + "ying";
    }
    if (base.endsWith("e") && !base.endsWith("ee")) {
      return base.substring(0, base.length() - 1) + "ing";
    }
    return doubled(base) + "ing";
  }

  private static String doubled(String base) {
    return DOUBLING.contains(base) ? base + base.charAt(base.length() - 1) : base;
  }
}

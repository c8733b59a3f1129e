package io.reel2sop.screen;

import io.reel2sop.model.SopDocument;
import io.reel2sop.ocr.OcrLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The apps and sites a recording works in, as the screen names them: an app shows its name in
 * the top left corner on every page it has (and a browser its address bar at the top), so the text
 * found there on most of the recording's screens is the app's name; web addresses anywhere at the
 * top name the sites.
 */
public final class ToolsSeen {
  /** The corner an app's name sits in, as shares of the width and height. */
  static final double CORNER_WIDTH = 0.3;
  static final double TOP = 0.12;
  /** An app's name is on at least this share of the screens read. */
  static final double MOST_SCREENS = 0.5;
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)\\b(?:https?://)?((?:[a-z0-9-]+\\.)+(?:com|org|net|io|app|dev|co|ai|gov|edu|cloud|[a-z]{2}))(?:/\\S*)?\\b");

  private ToolsSeen() {}

  public static List<SopDocument.Tool> in(List<ScreenReading> readings) {
    Map<String, Integer> corner = new LinkedHashMap<>();
    Map<String, Integer> addresses = new LinkedHashMap<>();
    for (ScreenReading reading : readings) {
      cornerName(reading).ifPresent(name -> corner.merge(name, 1, Integer::sum));
      for (OcrLabel label : reading.labels()) {
        if (label.box().y() < TOP * reading.height()) {
          Matcher m = ADDRESS.matcher(label.text());
          while (m.find()) {
            addresses.merge(m.group(1).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
          }
        }
      }
    }
    List<SopDocument.Tool> tools = new ArrayList<>();
    corner.forEach((name, screens) -> {
      if (screens >= MOST_SCREENS * readings.size()) {
        tools.add(new SopDocument.Tool(name, "screen"));
      }
    });
    addresses.keySet().forEach(site -> tools.add(new SopDocument.Tool(site, "address")));
    return tools;
  }

  /** The label nearest the top left corner, when it is in the corner, mostly letters and no web address. */
  private static java.util.Optional<String> cornerName(ScreenReading reading) {
    return reading.labels().stream()
        .filter(l -> l.box().y() < TOP * reading.height() && l.box().x() < CORNER_WIDTH * reading.width())
        .filter(l -> l.text().chars().filter(Character::isLetter).count() >= 3 && l.words().size() <= 4)
        .filter(l -> !ADDRESS.matcher(l.text()).find())
        .min(java.util.Comparator.comparingInt(l -> l.box().x() + l.box().y()))
        .map(l -> l.text().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""));
  }
}

package io.reel2sop.pipeline.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of reel2sop that makes the SOPs (the Maven project's), written into every one. */
public final class ReelVersion {
  private ReelVersion() {}

  public static String current() {
    try (InputStream in = ReelVersion.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}

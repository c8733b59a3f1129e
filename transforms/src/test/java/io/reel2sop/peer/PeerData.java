package io.reel2sop.peer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public test media with ground truth ({@code ../shared/peer-data} next to the repository on
 * the project's machines). A fresh clone elsewhere has none, so tests that need it are skipped
 * there, with the places searched in the message; the build names the folder in the system
 * property {@code reel2sop.peerData}.
 */
public final class PeerData {
  private PeerData() {}

  /** The folder {@code sub} of the peer data; skips the calling test when it is not present. */
  public static Path require(String sub) {
    List<Path> tried = new ArrayList<>();
    for (Path base : candidates()) {
      Path dir = base.resolve(sub);
      tried.add(dir);
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    assumeTrue(false, "peer data not present here; looked in " + tried);
    throw new AssertionError("unreachable");
  }

  private static List<Path> candidates() {
    List<Path> bases = new ArrayList<>();
    String property = System.getProperty("reel2sop.peerData");
    if (property != null && !property.isBlank()) {
      bases.add(Path.of(property));
    }
    bases.add(Path.of("/work/shared/peer-data"));
    return bases;
  }
}

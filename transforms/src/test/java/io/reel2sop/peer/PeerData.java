package io.reel2sop.peer;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The public test media with ground truth, kept outside the repository in {@code ../shared/peer-data}
 * next to the repository's root (the folder of the parent {@code pom.xml}, found by walking up from
 * where the tests run). A clone without it skips the tests that need it, saying where it looked;
 * in CI (the {@code CI} environment variable set, and not to {@code false} or {@code 0}, as CI
 * services and {@code .ci/run} do) they fail instead, so a CI run cannot pass without them.
 */
public final class PeerData {
  private static final String PARENT_ARTIFACT = "<artifactId>reel2sop-parent</artifactId>";
  private static final String MODULES = "<modules>";

  private PeerData() {}

  /** The folder {@code sub} of the peer data; skips the calling test (fails it in CI) when it is not there. */
  public static Path require(String sub) {
    Path dir = folder().resolve(sub);
    if (!Files.isDirectory(dir)) {
      String missing = "peer data not present: no folder " + dir;
      if (inCi()) {
        fail(missing + " (the CI environment variable is set, so the peer tests must run)");
      }
      assumeTrue(false, missing);
    }
    return dir;
  }

  /** {@code ../shared/peer-data} from the repository's root. */
  static Path folder() {
    return repositoryRoot().resolve("../shared/peer-data").normalize();
  }

  /**
   * The nearest folder at or above the working directory whose {@code pom.xml} is reel2sop's parent
   * pom (the one that lists the modules; theirs name it as their parent).
   */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      try {
        String text = Files.isRegularFile(pom) ? Files.readString(pom) : "";
        if (text.contains(PARENT_ARTIFACT) && text.contains(MODULES)) {
          return dir;
        }
      } catch (IOException unreadable) {
        // not ours; keep looking upwards
      }
    }
    throw new IllegalStateException("no reel2sop parent pom.xml at or above " + Path.of("").toAbsolutePath());
  }

  private static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !Set.of("", "false", "0").contains(ci.strip().toLowerCase(Locale.ROOT));
  }
}

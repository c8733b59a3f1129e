package io.reel2sop.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The peer data is looked for next to the repository, and missing peer data fails a CI run. */
class PeerDataTest {
  private static final int FOUND = 0;
  private static final int SKIPPED = 2;
  private static final int FAILED = 3;

  @Test
  void itIsLookedForBesideTheRepositoryRoot() {
    Path root = PeerData.repositoryRoot();
    assertTrue(Files.isDirectory(root.resolve("transforms")) && Files.isDirectory(root.resolve("pipeline")), root.toString());
    assertEquals(root.getParent().resolve("shared").resolve("peer-data"), PeerData.folder());
  }

  @Test
  void missingPeerDataSkipsATestButFailsItInCi() throws Exception {
    assertEquals(SKIPPED, require("no-such-peer-data", null));
    assertEquals(SKIPPED, require("no-such-peer-data", "false"));
    assertEquals(FAILED, require("no-such-peer-data", "1"));
    assertEquals(FAILED, require("no-such-peer-data", "true"));
  }

  /** {@link PeerData#require} in a JVM of its own, with the {@code CI} variable set to {@code ci} (null: unset). */
  private static int require(String sub, String ci) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(List.of(
        java, "-cp", System.getProperty("java.class.path"), Require.class.getName(), sub)).inheritIO();
    builder.environment().remove("CI");
    if (ci != null) {
      builder.environment().put("CI", ci);
    }
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return process.exitValue();
  }

  /** Calls {@link PeerData#require} and exits with what came of it. */
  public static final class Require {
    public static void main(String[] args) {
      try {
        PeerData.require(args[0]);
        System.exit(FOUND);
      } catch (TestAbortedException skipped) {
        System.exit(SKIPPED);
      } catch (AssertionFailedError failed) {
        System.exit(FAILED);
      }
    }
  }
}

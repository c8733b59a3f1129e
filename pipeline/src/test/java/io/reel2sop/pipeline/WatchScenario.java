package io.reel2sop.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.render.SopJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code --watch} end to end, on whichever runner the arguments choose: start watching an empty
 * folder, drop a recording in (the SOP appears), drop the same file again unchanged (nothing is
 * redone), drop another (its SOP appears too), then cancel the job cleanly.
 */
final class WatchScenario {
  private WatchScenario() {}

  /** How a test knows the watch job is running, and how it cancels it. */
  interface Control {
    boolean started(Reel2Sop cli) throws Exception;

    void cancel(Reel2Sop cli) throws Exception;
  }

  /** Through the client's own handle on the job (runners whose run() returns at once). */
  static final Control CLIENT_HANDLE =
      new Control() {
        @Override
        public boolean started(Reel2Sop cli) {
          return cli.watching() != null;
        }

        @Override
        public void cancel(Reel2Sop cli) throws IOException {
          cli.watching().cancel();
        }
      };

  static String run(Path work, List<String> extraArgs, Control control) throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    Path output = work.resolve("sops");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Reel2Sop cli = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8));
    List<String> args = new ArrayList<>(List.of("--input=" + inbox, "--output=" + output, "--watch", "--pollSeconds=1"));
    args.addAll(extraArgs);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.run(args.toArray(String[]::new)));
    waitFor("the watch job to start", 120, () -> exit.isDone() || started(control, cli));
    assertFalse(exit.isDone(), "the watch job ended early:\n" + console);

    Path first = TestFixtures.recordings().get("noaudio").video();
    drop(first, inbox.resolve("calendar.mp4"));
    waitFor("the first SOP", 180, () -> Files.isRegularFile(output.resolve("calendar/sop.json")));
    String created = SopJson.read(Files.readString(output.resolve("calendar/sop.json"))).producedBy().createdAt();

    drop(first, inbox.resolve("calendar.mp4"));
    drop(TestFixtures.recordings().get("sidecar").video(), inbox.resolve("lead.mp4"));
    waitFor("the second SOP", 180, () -> Files.isRegularFile(output.resolve("lead/sop.json")));
    // Both files were dropped before the same look at the folder; give it a few more looks.
    Thread.sleep(4000);
    assertEquals(created, SopJson.read(Files.readString(output.resolve("calendar/sop.json"))).producedBy().createdAt(),
        "an unchanged file is not redone");
    assertFalse(Files.exists(output.resolve("calendar/versions")));
    assertTrue(Files.isRegularFile(output.resolve("index.html")), "the index follows the new SOPs");

    control.cancel(cli);
    assertEquals(Reel2Sop.EXIT_OK, exit.get(2, TimeUnit.MINUTES), console.toString(StandardCharsets.UTF_8));
    return console.toString(StandardCharsets.UTF_8);
  }

  private static boolean started(Control control, Reel2Sop cli) {
    try {
      return control.started(cli);
    } catch (Exception e) {
      return false;
    }
  }

  /** Copies under a hidden name first, then renames: the watcher never sees a half-copied file. */
  private static void drop(Path recording, Path target) throws IOException {
    Path partial = target.resolveSibling("." + target.getFileName() + ".part");
    Files.copy(recording, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void waitFor(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }
}

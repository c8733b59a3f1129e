package io.reel2sop.pipeline.cli;

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

  /** A reel2sop client running a watch job: started, seen running, stopped. */
  interface Client {
    void start(List<String> args) throws Exception;

    boolean running() throws Exception;

    /** Stops the job cleanly and waits until the client has ended. */
    void stop() throws Exception;

    String console();
  }

  /** How a test knows an in-process client's job is running, and how it cancels it. */
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

  /** The command line in this JVM, stopped through {@code control}; it must end with exit code 0. */
  static Client inProcess(Control control) {
    return new Client() {
      private final ByteArrayOutputStream console = new ByteArrayOutputStream();
      private final Reel2Sop cli = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8));
      private CompletableFuture<Integer> exit;

      @Override
      public void start(List<String> args) {
        exit = CompletableFuture.supplyAsync(() -> cli.run(args.toArray(String[]::new)));
      }

      @Override
      public boolean running() throws Exception {
        assertFalse(exit.isDone(), "the watch job ended early:\n" + console());
        return control.started(cli);
      }

      @Override
      public void stop() throws Exception {
        control.cancel(cli);
        assertEquals(Reel2Sop.EXIT_OK, exit.get(2, TimeUnit.MINUTES), console());
      }

      @Override
      public String console() {
        return console.toString(StandardCharsets.UTF_8);
      }
    };
  }

  static String run(Path work, List<String> extraArgs, Control control) throws Exception {
    return run(work, extraArgs, inProcess(control));
  }

  static String run(Path work, List<String> extraArgs, Client client) throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    Path output = work.resolve("sops");
    List<String> args = new ArrayList<>(List.of("--input=" + inbox, "--output=" + output, "--watch", "--pollSeconds=1"));
    args.addAll(extraArgs);
    client.start(args);
    waitFor("the watch job to start", 120, () -> running(client));

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

    client.stop();
    return client.console();
  }

  private static boolean running(Client client) {
    try {
      return client.running();
    } catch (AssertionError e) {
      throw e;
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

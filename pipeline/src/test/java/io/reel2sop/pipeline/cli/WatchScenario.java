package io.reel2sop.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reel2sop.fixtures.TestFixtures;
import io.reel2sop.model.SopDocument;
import io.reel2sop.pipeline.store.SopLayout;
import io.reel2sop.render.IndexEntry;
import io.reel2sop.render.LibraryIndexJson;
import io.reel2sop.render.SopContract;
import io.reel2sop.render.SopJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code --watch} end to end, on whichever runner the arguments choose: start watching an empty
 * folder, drop a recording in (its SOP appears), drop the same file again unchanged (it is looked
 * at again and skipped as up to date: its outcome line says so, and its SOP is not redone), drop
 * another (its SOP appears, and the index lists both), write a reviewer's {@code edits.json} for it
 * (its SOP is rendered again with the edits, without analysing the recording), then cancel the job
 * cleanly. Every wait is for the condition itself, with a deadline.
 */
final class WatchScenario {
  private WatchScenario() {}

  /** A reel2sop client running a watch job: started, seen running, stopped. */
  interface Client {
    void start(List<String> args) throws Exception;

    boolean running() throws Exception;

    /** Stops the job cleanly and waits until the client has ended. */
    void stop() throws Exception;

    /** What the client printed and the outcome lines its job's workers logged. */
    String console();
  }

  /** How a test knows an in-process client's job is running, how it cancels it, and where its workers log. */
  interface Control {
    boolean started(Reel2Sop cli) throws Exception;

    void cancel(Reel2Sop cli) throws Exception;

    /** The log of workers that run outside this JVM; those in it log to {@code System.out}. */
    default String remoteWorkerLog() throws IOException {
      return "";
    }
  }

  /** Through the client's own handle on the job. */
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

  /**
   * The command line in this JVM, stopped through {@code control}; it must end with exit code 0.
   * What this JVM's workers log goes to {@code System.out}, which is copied into the console while
   * the client runs.
   */
  static Client inProcess(Control control) {
    return new Client() {
      private final ByteArrayOutputStream console = new ByteArrayOutputStream();
      private final Reel2Sop cli = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8));
      private final PrintStream original = System.out;
      private CompletableFuture<Integer> exit;

      @Override
      public void start(List<String> args) {
        System.setOut(new PrintStream(new TeeStream(original, console), true, StandardCharsets.UTF_8));
        exit = CompletableFuture.supplyAsync(() -> cli.run(args.toArray(String[]::new)));
      }

      @Override
      public boolean running() throws Exception {
        if (exit.isDone()) {
          throw new AssertionError("the watch job ended early:\n" + console(), exit.handle((code, e) -> e).join());
        }
        return control.started(cli);
      }

      @Override
      public void stop() throws Exception {
        try {
          control.cancel(cli);
          assertEquals(Reel2Sop.EXIT_OK, exit.get(2, TimeUnit.MINUTES), console());
        } finally {
          System.setOut(original);
        }
      }

      @Override
      public String console() {
        try {
          return console.toString(StandardCharsets.UTF_8) + control.remoteWorkerLog();
        } catch (IOException e) {
          return console.toString(StandardCharsets.UTF_8) + "(the workers' log cannot be read: " + e + ")";
        }
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

    Path calendar = inbox.resolve("calendar.mp4");
    drop(TestFixtures.recordings().get("noaudio").video(), calendar);
    waitFor("the first SOP", 180, () -> Files.isRegularFile(output.resolve("calendar").resolve(SopLayout.CONTRACT)));
    String created = sop(output, "calendar").producedBy().createdAt();

    drop(TestFixtures.recordings().get("noaudio").video(), calendar);
    drop(TestFixtures.recordings().get("sidecar").video(), inbox.resolve("lead.mp4"));
    waitFor("the same file dropped again to be skipped as up to date", 180,
        () -> client.console().contains("SKIP   " + calendar + " -> calendar (up to date)"));
    waitFor("the index to list both SOPs", 180, () -> indexed(output).equals(Set.of("calendar", "lead")));

    assertEquals(created, sop(output, "calendar").producedBy().createdAt(), "an unchanged file is not redone");
    assertFalse(Files.exists(output.resolve("calendar").resolve(SopLayout.VERSIONS)));
    String lead = Files.readString(output.resolve("lead").resolve(SopLayout.CONTRACT));
    assertEquals(List.of(), SopContract.violations(lead));
    SopDocument leadSop = SopJson.read(lead);
    assertFalse(leadSop.steps().isEmpty());
    leadSop.steps().forEach(s -> assertTrue(Files.isRegularFile(output.resolve("lead").resolve(s.screenshot().path())), s.toString()));

    ReviewerEdits edits = ReviewerEdits.of(leadSop);
    Files.writeString(output.resolve("lead").resolve("edits.json"), edits.json());
    waitFor("the edited SOP", 180, () -> ReviewerEdits.TITLE.equals(titleOrNull(output, "lead")));
    SopDocument edited = sop(output, "lead");
    edits.checkApplied(edited);
    assertEquals(leadSop.producedBy().settingsHash(), edited.producedBy().settingsHash());
    assertTrue(Files.isRegularFile(output.resolve("lead/changes.html")));
    edited.steps().forEach(s -> assertTrue(Files.isRegularFile(output.resolve("lead").resolve(s.screenshot().path())), s.toString()));
    for (String word : redactedWords(extraArgs)) {
      assertRedacted(output.resolve("lead"), word);
    }

    client.stop();
    return client.console();
  }

  /** The words {@code --redactWords} asks to redact, if the arguments have it. */
  private static List<String> redactedWords(List<String> args) {
    return args.stream().filter(a -> a.startsWith("--redactWords=")).flatMap(a -> Arrays.stream(a.substring(14).split(",")))
        .toList();
  }

  /** The lead's narration says "Acme Corporation": the word is masked in every text file of its SOP. */
  private static void assertRedacted(Path sop, String word) throws IOException {
    assertTrue(Files.readString(sop.resolve(SopLayout.CONTRACT)).contains("[redacted]"), "the word was there to mask");
    try (Stream<Path> files = Files.walk(sop)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(json|md|html|vtt)$")).toList()) {
        assertFalse(Files.readString(file).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
            word + " in " + file);
      }
    }
  }

  private static SopDocument sop(Path output, String id) {
    try {
      return SopJson.read(Files.readString(output.resolve(id).resolve(SopLayout.CONTRACT)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The SOP's title; null while it is being replaced (a local output's folder is renamed into place). */
  private static String titleOrNull(Path output, String id) {
    try {
      return SopJson.read(Files.readString(output.resolve(id).resolve(SopLayout.CONTRACT))).title();
    } catch (IOException notNow) {
      return null;
    }
  }

  /** The SOP folders {@code index.json} lists; none while there is no index yet. */
  private static Set<String> indexed(Path output) {
    Path index = output.resolve(SopLayout.INDEX_JSON);
    try {
      return LibraryIndexJson.read(Files.readString(index)).sops().stream().map(IndexEntry::sopPath)
          .collect(Collectors.toSet());
    } catch (IOException notYet) {
      return Set.of();
    }
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

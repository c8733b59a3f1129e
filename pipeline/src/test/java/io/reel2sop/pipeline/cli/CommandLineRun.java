package io.reel2sop.pipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line, with what it printed. */
record CommandLineRun(int exitCode, String console) {

  static CommandLineRun of(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int exit = new Reel2Sop(new PrintStream(console, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    return new CommandLineRun(exit, console.toString(StandardCharsets.UTF_8));
  }
}

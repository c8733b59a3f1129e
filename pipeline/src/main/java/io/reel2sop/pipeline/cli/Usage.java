package io.reel2sop.pipeline.cli;

import io.reel2sop.pipeline.config.ConfigDefaults;
import io.reel2sop.pipeline.config.Reel2SopOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** {@code --help}: how to call reel2sop, its own options, and the tunables with their defaults. */
final class Usage {
  private Usage() {}

  static void print(PrintStream out) {
    out.println(
        """
        reel2sop: narrated screen recordings in, step-by-step SOP documents out.

        Usage:
          ./reel2sop --input=<file|folder|glob> --output=<folder> [options]

        For every recording it writes <output>/<id>/ with sop.json, sop.md, sop.html,
        transcript.vtt and images/, and <output>/report.json for the whole run.
        Exit code: 0 when every recording succeeded, 1 when any failed, 2 for a usage error.

        Options:
          --input=...        a recording, a folder (searched recursively) or a glob ('videos/**/*.mp4')
          --output=...       where SOP folders and report.json go
          --model=<folder>   a Vosk model folder (default: the bundled small US-English model)
          --modelCache=...   where the bundled model is unpacked (default ~/.cache/reel2sop)
          --sidecars=false   ignore name.vtt / name.srt transcripts next to recordings
          --language=en      language tag for the transcript
          --config=<file>    tunables file (default config/reel2sop.properties)
          --runner=...       a Beam runner (default DirectRunner); --targetParallelism=N for the
                             DirectRunner's worker threads
          --chunkSeconds=600 split each recording into chunks this long, worked on in parallel
                             (0: off); the SOP is the same whatever the length
          --chunkOverlapSeconds=5  context a chunk reads beyond its own start and end
          --recogniserWindowSeconds=600  speech that shares one Vosk recogniser (each new one
                             warms up for about 1.5 s); speech chunks are whole windows
        """);
    try {
      out.println("Tunables (set any as --name=value; defaults from the tunables file):");
      for (Map.Entry<String, String> e : ConfigDefaults.load(new String[0]).entrySet()) {
        out.printf("  --%s=%s%n", e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      out.println("  (tunables file unreadable: " + e.getMessage() + ")");
    }
    out.println();
    out.println("Descriptions of every option, Beam's included: ./reel2sop --help=" + Reel2SopOptions.class.getName());
  }

  static void printOptionDetails(PrintStream out) {
    PipelineOptionsFactory.register(Reel2SopOptions.class);
    PipelineOptionsFactory.printHelp(out, Reel2SopOptions.class);
  }
}

package io.reel2sop.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Flink standalone cluster (separate JobManager and TaskManager processes) started and
 * stopped with the project's own scripts, on a free loopback port, with its state in a folder of
 * the test's; plus the bits of its REST API the tests read.
 */
final class LocalFlinkCluster implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPTS = Path.of("flink").toAbsolutePath();

  private final Path work;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private LocalFlinkCluster(Path work, int port) {
    this.work = work;
    this.port = port;
  }

  static LocalFlinkCluster start(int taskManagers, Path work) throws IOException, InterruptedException {
    LocalFlinkCluster cluster = new LocalFlinkCluster(work, freePortBlock());
    cluster.script("start-cluster.sh", Integer.toString(taskManagers));
    return cluster;
  }

  String master() {
    return "localhost:" + port;
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
            .build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** The TaskManagers (by resource id, which names their PID files) running a subtask of a vertex whose name contains the given text. */
  List<String> taskManagersRunning(String jobId, String vertexNamePart) throws IOException, InterruptedException {
    List<String> found = new ArrayList<>();
    for (JsonNode vertex : get("/jobs/" + jobId).path("vertices")) {
      if (!vertex.path("name").asText().contains(vertexNamePart)) {
        continue;
      }
      for (JsonNode subtask : get("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText()).path("subtasks")) {
        if (subtask.path("status").asText().equals("RUNNING")) {
          found.add(subtask.path("taskmanager-id").asText());
        }
      }
    }
    return found;
  }

  /** The id of a job in the given state, or null. */
  String job(String status) throws IOException, InterruptedException {
    for (JsonNode job : get("/jobs").path("jobs")) {
      if (job.path("status").asText().equals(status)) {
        return job.path("id").asText();
      }
    }
    return null;
  }

  /** Cancels the job as an operator would, through the REST API. */
  void cancel(String jobId) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jobs/" + jobId + "?mode=cancel"))
            .method("PATCH", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("cancel " + jobId + ": HTTP " + response.statusCode() + " " + response.body());
    }
  }

  /** What the cluster's processes logged so far (the TaskManagers log each recording's outcome). */
  String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(work.resolve("log"))) {
      for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
        all.append(Files.readString(log));
      }
    }
    return all.toString();
  }

  long pid(String processName) throws IOException {
    return Long.parseLong(Files.readString(work.resolve("pids").resolve(processName + ".pid")).strip());
  }

  /** kill -9 */
  void kill(String processName) throws IOException {
    ProcessHandle.of(pid(processName)).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("stop-cluster.sh");
  }

  private void script(String name, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve(name).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("REEL2SOP_FLINK_WORK", work.toString());
    builder.environment().put("REEL2SOP_FLINK_PORT", Integer.toString(port));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException(name + " failed:\n" + output);
    }
  }

  /** A free port whose next two (RPC and blob server) are free too. */
  private static int freePortBlock() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      if (port < 65000 && free(port + 1) && free(port + 2)) {
        return port;
      }
    }
    throw new IOException("no block of three free ports");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}

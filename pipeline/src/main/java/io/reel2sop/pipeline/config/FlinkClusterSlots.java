package io.reel2sop.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A job for a Flink cluster ({@code --runner=FlinkRunner --flinkMaster=host:port}) runs with the
 * cluster's own default parallelism unless {@code --parallelism} says otherwise. Beam's Flink runner
 * takes an unset parallelism from the client's Flink configuration, which a reel2sop client does not
 * have, so every job ran at parallelism 1, on one slot, however many TaskManagers the cluster had.
 * The cluster's REST API says what its operator chose ({@code GET /jobmanager/config},
 * {@code parallelism.default}), or else how many slots it has ({@code GET /overview},
 * {@code slots-total}).
 */
public final class FlinkClusterSlots {
  private static final List<String> NOT_A_CLUSTER = List.of("[local]", "[auto]", "[collection]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FlinkClusterSlots() {}

  /** The arguments, with {@code --parallelism} set to the cluster's when they name a cluster and leave it out. */
  public static String[] apply(String[] args) {
    return apply(args, FlinkClusterSlots::parallelismOf);
  }

  /** As {@link #apply(String[])}, asking {@code parallelismOf} for the parallelism of the cluster at an address. */
  static String[] apply(String[] args, Function<String, OptionalInt> parallelismOf) {
    String runner = value(args, "runner");
    String master = value(args, "flinkMaster");
    if (runner == null || !runner.endsWith("FlinkRunner") || master == null || NOT_A_CLUSTER.contains(master)
        || value(args, "parallelism") != null) {
      return args;
    }
    OptionalInt parallelism = parallelismOf.apply(master);
    if (parallelism.isEmpty()) {
      return args; // submitting the job says what is wrong with the address
    }
    List<String> withParallelism = new ArrayList<>(List.of(args));
    withParallelism.add("--parallelism=" + parallelism.getAsInt());
    return withParallelism.toArray(String[]::new);
  }

  private static String value(String[] args, String key) {
    for (String arg : args) {
      if (arg.startsWith("--" + key + "=")) {
        return arg.substring(key.length() + 3);
      }
    }
    return null;
  }

  /** The default parallelism of the cluster whose REST endpoint is {@code master}; none when it does not answer. */
  static OptionalInt parallelismOf(String master) {
    String base = master.contains("://") ? master : "http://" + master;
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      JsonNode config = get(http, base + "/jobmanager/config");
      for (JsonNode entry : config == null ? JSON.createArrayNode() : config) {
        if ("parallelism.default".equals(entry.path("key").asText()) && entry.path("value").asInt() > 0) {
          return OptionalInt.of(entry.path("value").asInt());
        }
      }
      JsonNode overview = get(http, base + "/overview");
      int slots = overview == null ? 0 : overview.path("slots-total").asInt();
      return slots > 0 ? OptionalInt.of(slots) : OptionalInt.empty();
    } catch (IOException | IllegalArgumentException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
  }
}

package io.reel2sop.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FlinkClusterSlotsTest {
  private static final Function<String, OptionalInt> FOUR_SLOTS = master -> OptionalInt.of(4);

  @Test
  void aJobForAClusterRunsOnAllItsSlotsUnlessTheCommandLineSetsTheParallelism() {
    assertEquals(List.of("--runner=FlinkRunner", "--flinkMaster=jm:8081", "--parallelism=4"),
        apply(FOUR_SLOTS, "--runner=FlinkRunner", "--flinkMaster=jm:8081"));
    assertEquals(List.of("--runner=FlinkRunner", "--flinkMaster=jm:8081", "--parallelism=1"),
        apply(FOUR_SLOTS, "--runner=FlinkRunner", "--flinkMaster=jm:8081", "--parallelism=1"));
    assertEquals(List.of("--runner=FlinkRunner", "--flinkMaster=jm:8081"),
        apply(master -> OptionalInt.empty(), "--runner=FlinkRunner", "--flinkMaster=jm:8081"), "no answer: unchanged");
  }

  @Test
  void embeddedFlinkAndOtherRunnersAreLeftAsTheyAre() {
    assertEquals(List.of("--runner=FlinkRunner"), apply(FOUR_SLOTS, "--runner=FlinkRunner"));
    assertEquals(List.of("--runner=FlinkRunner", "--flinkMaster=[local]"),
        apply(FOUR_SLOTS, "--runner=FlinkRunner", "--flinkMaster=[local]"));
    assertEquals(List.of("--flinkMaster=jm:8081"), apply(FOUR_SLOTS, "--flinkMaster=jm:8081"));
  }

  @Test
  void theParallelismIsTheClustersDefaultOrElseItsSlots() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String[] config = {"[{\"key\":\"taskmanager.numberOfTaskSlots\",\"value\":\"2\"},"
        + "{\"key\":\"parallelism.default\",\"value\":\"2\"}]"};
    serve(server, "/jobmanager/config", () -> config[0]);
    serve(server, "/overview", () -> "{\"taskmanagers\":2,\"slots-total\":4,\"slots-available\":4}");
    server.start();
    String master = "127.0.0.1:" + server.getAddress().getPort();
    try {
      assertEquals(OptionalInt.of(2), FlinkClusterSlots.parallelismOf(master));
      config[0] = "[{\"key\":\"taskmanager.numberOfTaskSlots\",\"value\":\"2\"}]";
      assertEquals(OptionalInt.of(4), FlinkClusterSlots.parallelismOf(master), "no default set: every slot");
    } finally {
      server.stop(0);
    }
    assertEquals(OptionalInt.empty(), FlinkClusterSlots.parallelismOf(master), "nobody answers");
  }

  private static void serve(HttpServer server, String path, Supplier<String> body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
  }

  private static List<String> apply(Function<String, OptionalInt> slotsOf, String... args) {
    return List.of(FlinkClusterSlots.apply(args, slotsOf));
  }
}

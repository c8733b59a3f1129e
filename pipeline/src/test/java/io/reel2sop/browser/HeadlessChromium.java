package io.reel2sop.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reel2sop.files.FileTrees;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium for tests, driven over the DevTools protocol: open a page and wait for it to
 * load, evaluate JavaScript, type into an input, follow a link. One browser process with a fresh
 * temporary profile and one page; {@link #close()} ends the process tree and deletes the profile.
 * Every call has a timeout; a failure says what was waited for and what the browser last logged.
 */
public final class HeadlessChromium implements AutoCloseable {

  /** The command looked for on the PATH. */
  public static final String COMMAND = "chromium";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(40);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
  private static final String DEVTOOLS_LINE = "DevTools listening on ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final Deque<String> logTail = new ArrayDeque<>();
  private final CompletableFuture<String> devtoolsUrl = new CompletableFuture<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<EventWait> eventWaits = new CopyOnWriteArrayList<>();
  private WebSocket socket;
  private String session;
  private boolean closed;

  private HeadlessChromium(Process process, Path profile) {
    this.process = process;
    this.profile = profile;
  }

  /**
   * Starts the browser with an empty page.
   *
   * @throws IllegalStateException if Chromium is not installed or does not start
   */
  public static HeadlessChromium start() throws IOException {
    Path executable = findOnPath(COMMAND);
    if (executable == null) {
      throw new IllegalStateException(
          "Chromium is not installed: no '"
              + COMMAND
              + "' on the PATH. Install it with:"
              + " apt-get install chromium");
    }
    Path profile = Files.createTempDirectory("reel2sop-chromium-");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--no-default-browser-check",
                "--mute-audio",
                "--window-size=1280,900",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    HeadlessChromium browser = new HeadlessChromium(process, profile);
    try {
      browser.connect();
      return browser;
    } catch (IOException | RuntimeException e) {
      browser.close();
      throw e;
    }
  }

  private void connect() throws IOException {
    Thread reader = new Thread(this::readLog, "chromium-log");
    reader.setDaemon(true);
    reader.start();
    String url = await(devtoolsUrl, START_TIMEOUT, "Chromium to print its DevTools address");
    socket =
        await(
            HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(CALL_TIMEOUT)
                .buildAsync(URI.create(url), new Listener()),
            CALL_TIMEOUT,
            "the DevTools connection to " + url);
    String target =
        call("Target.createTarget", params("url", "about:blank"), null).path("targetId").asText();
    ObjectNode attach = params("targetId", target);
    attach.put("flatten", true);
    session = call("Target.attachToTarget", attach, null).path("sessionId").asText();
    call("Page.enable", params(), session);
  }

  /** Opens {@code url} in the page and returns once its load event fired. */
  public void open(String url) {
    CompletableFuture<JsonNode> loaded = expectEvent("Page.loadEventFired");
    JsonNode result = call("Page.navigate", params("url", url), session);
    if (result.hasNonNull("errorText")) {
      throw new IllegalStateException(
          "cannot open " + url + ": " + result.get("errorText").asText());
    }
    await(loaded, CALL_TIMEOUT, "the page " + url + " to load");
  }

  /**
   * The value of a JavaScript expression in the page, as JSON (promises are awaited; undefined and
   * values JSON cannot hold give null).
   *
   * @throws IllegalStateException if the expression throws
   */
  public JsonNode evaluate(String expression) {
    ObjectNode params = params("expression", expression);
    params.put("returnByValue", true);
    params.put("awaitPromise", true);
    JsonNode response = call("Runtime.evaluate", params, session);
    if (response.has("exceptionDetails")) {
      JsonNode details = response.get("exceptionDetails");
      String message =
          details.path("exception").path("description").asText(details.path("text").asText());
      throw new IllegalStateException("JavaScript failed: " + message + "\n  in: " + expression);
    }
    JsonNode value = response.path("result").get("value");
    return value == null ? NullNode.getInstance() : value;
  }

  /** Waits until a JavaScript expression is truthy, polling every 50 ms. */
  public void waitUntil(String condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "timed out after " + timeout.toSeconds() + " s waiting until: " + condition);
      }
      sleep(50);
    }
  }

  /**
   * Sets the value of the input {@code selector} picks and fires an 'input' event, as typing does.
   */
  public void type(String selector, String text) {
    onElement(
        selector,
        "e.focus(); e.value = "
            + quote(text)
            + "; e.dispatchEvent(new Event('input', {bubbles: true}));");
  }

  /** Clicks the element {@code selector} picks (no navigation is waited for). */
  public void click(String selector) {
    onElement(selector, "e.click();");
  }

  /** Clicks the link {@code selector} picks and returns once the page it leads to has loaded. */
  public void followLink(String selector) {
    CompletableFuture<JsonNode> loaded = expectEvent("Page.loadEventFired");
    click(selector);
    await(loaded, CALL_TIMEOUT, "the page behind " + selector + " to load");
  }

  /** Saves what the page shows as a PNG (for looking at a failure). */
  public void screenshot(Path file) throws IOException {
    String data =
        call("Page.captureScreenshot", params("format", "png"), session).path("data").asText();
    Files.write(file, java.util.Base64.getDecoder().decode(data));
  }

  /** The page's current address. */
  public String url() {
    return evaluate("location.href").asText();
  }

  /** Ends the browser and its child processes and deletes the temporary profile. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (socket != null) {
      try {
        call("Browser.close", params(), null, Duration.ofSeconds(3));
      } catch (RuntimeException alreadyGone) {
        // the process is ended below either way
      }
      socket.abort();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      FileTrees.delete(profile);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a file the dying browser still held; the temporary folder is cleaned by the system
    }
  }

  private void onElement(String selector, String action) {
    String script =
        "(function () { var e = document.querySelector("
            + quote(selector)
            + ");"
            + " if (!e) { return false; } "
            + action
            + " return true; })()";
    if (!evaluate(script).asBoolean()) {
      throw new IllegalStateException("no element matches " + selector + " on " + url());
    }
  }

  private JsonNode call(String method, ObjectNode params, String sessionId) {
    return call(method, params, sessionId, CALL_TIMEOUT);
  }

  /** Sends one DevTools command and returns its result. */
  private JsonNode call(String method, ObjectNode params, String sessionId, Duration timeout) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      synchronized (this) {
        await(socket.sendText(message.toString(), true), timeout, "sending " + method);
      }
      JsonNode response = await(reply, timeout, "the answer to " + method);
      if (response.has("error")) {
        throw new IllegalStateException(
            method + " failed: " + response.get("error").path("message").asText());
      }
      return response.path("result");
    } finally {
      pending.remove(id);
    }
  }

  private CompletableFuture<JsonNode> expectEvent(String method) {
    EventWait wait = new EventWait(method, new CompletableFuture<>());
    eventWaits.add(wait);
    wait.event().whenComplete((event, error) -> eventWaits.remove(wait));
    return wait.event();
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
    } else if (message.has("method")) {
      String method = message.get("method").asText();
      String from = message.path("sessionId").asText(null);
      for (EventWait wait : eventWaits) {
        if (wait.method().equals(method) && (from == null || from.equals(session))) {
          wait.event().complete(message.path("params"));
        }
      }
    }
  }

  private void failAll(Throwable cause) {
    pending.values().forEach(f -> f.completeExceptionally(cause));
    eventWaits.forEach(w -> w.event().completeExceptionally(cause));
  }

  /** Reads the browser's stderr: finds the DevTools address and keeps the last lines for errors. */
  private void readLog() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        synchronized (logTail) {
          logTail.addLast(line);
          if (logTail.size() > 30) {
            logTail.removeFirst();
          }
        }
        int at = line.indexOf(DEVTOOLS_LINE);
        if (at >= 0) {
          devtoolsUrl.complete(line.substring(at + DEVTOOLS_LINE.length()).strip());
        }
      }
    } catch (IOException e) {
      // the stream closes when the process ends
    }
    devtoolsUrl.completeExceptionally(
        new IllegalStateException("Chromium exited before it was ready"));
    failAll(new IllegalStateException("Chromium exited"));
  }

  private <T> T await(CompletionStage<T> stage, Duration timeout, String what) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "timed out after " + timeout.toSeconds() + " s waiting for " + what + logText(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "failed waiting for " + what + ": " + e.getCause().getMessage() + logText(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + what, e);
    }
  }

  private String logText() {
    synchronized (logTail) {
      String exit = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
      return logTail.isEmpty()
          ? exit
          : exit + "\nChromium's last messages:\n  " + String.join("\n  ", logTail);
    }
  }

  private static ObjectNode params(String... keyValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < keyValues.length; i += 2) {
      node.put(keyValues[i], keyValues[i + 1]);
    }
    return node;
  }

  /** A JavaScript string literal (JSON's is one). */
  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Path findOnPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private record EventWait(String method, CompletableFuture<JsonNode> event) {}

  /** Joins message fragments and hands each whole message on. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        dispatch(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failAll(
          new IllegalStateException("DevTools connection closed: " + statusCode + " " + reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failAll(
          new IllegalStateException("DevTools connection failed: " + error.getMessage(), error));
    }
  }
}

package io.reel2sop.pipeline.config;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;

/**
 * Which operating-system process this is ({@code pid@host}, and when the JVM started, since a pid
 * comes back): the client puts its own in the run's settings, so a worker can tell whether it runs
 * in the client's process (the DirectRunner, embedded Flink) or elsewhere (a cluster). Class loaders
 * do not change it.
 */
public final class ProcessIdentity {
  private ProcessIdentity() {}

  public static String current() {
    RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
    return jvm.getName() + "@" + jvm.getStartTime();
  }
}

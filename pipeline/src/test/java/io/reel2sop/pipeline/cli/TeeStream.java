package io.reel2sop.pipeline.cli;

import java.io.IOException;
import java.io.OutputStream;

/** Writes everything to two streams: the real console and a capture the test reads. */
final class TeeStream extends OutputStream {
  private final OutputStream first;
  private final OutputStream second;

  TeeStream(OutputStream first, OutputStream second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    first.write(b);
    second.write(b);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    first.write(bytes, offset, length);
    second.write(bytes, offset, length);
  }

  @Override
  public synchronized void flush() throws IOException {
    first.flush();
    second.flush();
  }
}

package io.reel2sop.sidecar;

import java.io.IOException;

/** A sidecar transcript that cannot be read as its format; the message names the file and line. */
public final class SidecarFormatException extends IOException {

  private final String file;
  private final int line;

  public SidecarFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based line number. */
  public int line() {
    return line;
  }
}

package io.reel2sop.edit;

import java.io.IOException;

/** An {@code edits.json} that cannot be used as it is; the message names the file and what is wrong. */
public final class EditsFileException extends IOException {
  public EditsFileException(String file, String cause) {
    super(file + ": " + cause);
  }
}

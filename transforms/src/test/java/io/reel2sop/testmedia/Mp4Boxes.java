package io.reel2sop.testmedia;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The top-level boxes of an MP4/MOV file in file order, to see where the index (moov) is. */
public final class Mp4Boxes {
  private Mp4Boxes() {}

  public static List<String> topLevel(Path file) throws IOException {
    List<String> boxes = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer header = ByteBuffer.allocate(16);
      long at = 0;
      while (at + 8 <= channel.size()) {
        header.clear();
        channel.read(header, at);
        long size = Integer.toUnsignedLong(header.getInt(0));
        boxes.add(new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1));
        if (size == 1) {
          size = header.getLong(8); // 64-bit size follows the type
        } else if (size == 0) {
          break; // the box runs to the end of the file
        }
        if (size < 8) {
          throw new IOException("bad box size " + size + " at " + at + " in " + file);
        }
        at += size;
      }
    }
    return boxes;
  }
}

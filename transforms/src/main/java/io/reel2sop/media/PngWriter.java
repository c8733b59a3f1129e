package io.reel2sop.media;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes 8-bit RGB PNG files straight from a decoder's BGR rows. The JDK's writer takes 2.4 times
 * as long on a 720p screenshot: it tries five row filters in Java and needs a {@code BufferedImage}
 * copy first. Here every row uses the "up" filter (a screen is mostly runs of equal rows) and zlib
 * runs at level 3; files come out about 8% larger (measured on 60 shots of the benchmark recording:
 * 7.3 against 17.6 ms, 142 against 132 KB).
 */
public final class PngWriter {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int DEFLATE_LEVEL = 3;
  private static final byte FILTER_UP = 2;
  private static final byte COLOUR_TYPE_RGB = 2;
  private static final int CHUNK_BYTES = 1 << 16;

  private PngWriter() {}

  /**
   * Writes {@code height} rows of {@code width} pixels, three bytes each in blue, green, red order,
   * row {@code y} starting at byte {@code y * stride} of {@code bgr} (its position is ignored and
   * left unchanged).
   */
  public static void writeBgr(ByteBuffer bgr, int width, int height, int stride, Path target) throws IOException {
    if (width <= 0 || height <= 0 || stride < 3 * width || bgr.capacity() < (long) (height - 1) * stride + 3L * width) {
      throw new IllegalArgumentException(
          "bad picture " + width + "x" + height + ", stride " + stride + ", " + bgr.capacity() + " bytes");
    }
    try (DataOutputStream png = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), CHUNK_BYTES))) {
      png.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream fields = new DataOutputStream(header);
      fields.writeInt(width);
      fields.writeInt(height);
      fields.write(new byte[] {8, COLOUR_TYPE_RGB, 0, 0, 0}); // depth, colour, deflate, filters, no interlace
      chunk(png, "IHDR", header.toByteArray(), header.size());
      writeRows(bgr.duplicate(), width, height, stride, new ImageDataChunks(png));
      chunk(png, "IEND", new byte[0], 0);
    }
  }

  /**
   * Compresses the filtered rows into IDAT chunks as they come, so a screenshot allocates a few
   * small buffers, not one the size of its file.
   */
  private static void writeRows(ByteBuffer bgr, int width, int height, int stride, ImageDataChunks idat)
      throws IOException {
    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try (OutputStream zlib = new DeflaterOutputStream(idat, deflater, CHUNK_BYTES)) {
      byte[] source = new byte[3 * width];
      byte[] previous = new byte[3 * width];
      byte[] filtered = new byte[1 + 3 * width];
      filtered[0] = FILTER_UP;
      for (int y = 0; y < height; y++) {
        bgr.position(y * stride);
        bgr.get(source);
        for (int i = 0; i < source.length; i += 3) {
          // RGB from BGR, each byte less the one above it
          filtered[1 + i] = (byte) (source[i + 2] - previous[i + 2]);
          filtered[2 + i] = (byte) (source[i + 1] - previous[i + 1]);
          filtered[3 + i] = (byte) (source[i] - previous[i]);
        }
        zlib.write(filtered);
        byte[] swap = previous;
        previous = source;
        source = swap;
      }
    } finally {
      deflater.end();
    }
  }

  /** Cuts the compressed stream into IDAT chunks; closing writes the last one, not the file. */
  private static final class ImageDataChunks extends OutputStream {
    private final DataOutputStream png;
    private final byte[] buffer = new byte[CHUNK_BYTES];
    private int used;

    ImageDataChunks(DataOutputStream png) {
      this.png = png;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        int take = Math.min(length, buffer.length - used);
        System.arraycopy(bytes, offset, buffer, used, take);
        used += take;
        offset += take;
        length -= take;
        if (used == buffer.length) {
          flushChunk();
        }
      }
    }

    @Override
    public void close() throws IOException {
      flushChunk();
    }

    private void flushChunk() throws IOException {
      if (used > 0) {
        chunk(png, "IDAT", buffer, used);
        used = 0;
      }
    }
  }

  private static void chunk(DataOutputStream png, String type, byte[] data, int length) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    png.writeInt(length);
    png.write(name);
    png.write(data, 0, length);
    png.writeInt((int) crc.getValue());
  }
}

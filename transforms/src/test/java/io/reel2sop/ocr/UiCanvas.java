package io.reel2sop.ocr;

import io.reel2sop.model.Region;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A web-app screen drawn with Java2D in DejaVu Sans (anti-aliased, as a browser draws it), which
 * remembers the ink box of every text it draws so tests can check what OCR found against it.
 */
final class UiCanvas {
  static final String FONT = "DejaVu Sans";

  private final BufferedImage image;
  private final Graphics2D g;
  private final List<DrawnText> texts = new ArrayList<>();

  UiCanvas(int width, int height, Color background) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    fill(0, 0, width, height, background);
  }

  private UiCanvas(BufferedImage image, List<DrawnText> texts) {
    this.image = image;
    this.g = image.createGraphics();
    this.texts.addAll(texts);
  }

  static Font font(int pixelSize, boolean bold) {
    Font font = new Font(FONT, bold ? Font.BOLD : Font.PLAIN, pixelSize);
    if (!font.getFamily().equals(FONT)) {
      throw new IllegalStateException(
          "the " + FONT + " font is not installed, so the OCR test screens cannot be drawn"
              + " (Debian: apt-get install fonts-dejavu-core)");
    }
    return font;
  }

  UiCanvas fill(int x, int y, int w, int h, Color color) {
    g.setColor(color);
    g.fillRect(x, y, w, h);
    return this;
  }

  UiCanvas outline(int x, int y, int w, int h, Color color) {
    g.setColor(color);
    g.drawRoundRect(x, y, w - 1, h - 1, 6, 6);
    return this;
  }

  /** Text with its baseline starting at (x, baseline); {@code ground} is the colour behind it. */
  UiCanvas text(String text, int x, int baseline, int pixelSize, boolean bold, Color color, Color ground) {
    Font font = font(pixelSize, bold);
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, x, baseline);
    FontRenderContext frc = g.getFontRenderContext();
    GlyphVector glyphs = font.createGlyphVector(frc, text);
    Rectangle ink = glyphs.getPixelBounds(frc, x, baseline);
    texts.add(new DrawnText(text, new Region(ink.x, ink.y, ink.width, ink.height), luma(color) > luma(ground)));
    return this;
  }

  /** A filled button with its caption centred. */
  UiCanvas button(String caption, int x, int y, int w, int h, int pixelSize, Color fill, Color ink) {
    g.setColor(fill);
    g.fillRoundRect(x, y, w, h, 8, 8);
    centred(caption, x, y, w, h, pixelSize, ink, fill);
    return this;
  }

  /** A button drawn as an outline on the ground colour, caption centred. */
  UiCanvas outlinedButton(String caption, int x, int y, int w, int h, int pixelSize, Color ink, Color ground) {
    outline(x, y, w, h, ink);
    centred(caption, x, y, w, h, pixelSize, ink, ground);
    return this;
  }

  private void centred(String caption, int x, int y, int w, int h, int pixelSize, Color ink, Color ground) {
    Font font = font(pixelSize, false);
    int width = (int) Math.round(font.getStringBounds(caption, g.getFontRenderContext()).getWidth());
    int baseline = y + (h + g.getFontMetrics(font).getAscent() - g.getFontMetrics(font).getDescent()) / 2;
    text(caption, x + (w - width) / 2, baseline, pixelSize, false, ink, ground);
  }

  List<DrawnText> texts() {
    return List.copyOf(texts);
  }

  BufferedImage image() {
    return image;
  }

  int width() {
    return image.getWidth();
  }

  int height() {
    return image.getHeight();
  }

  OcrImage ocrImage() {
    return TestImages.ocrImage(image);
  }

  /** This screen after a JPEG round trip at {@code quality} (0..1), the way video compression blurs text. */
  UiCanvas jpeg(float quality) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
      writer.dispose();
      out.flush();
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
      return new UiCanvas(TestImages.asBgr(decoded), texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This screen shrunk to {@code width} by {@code height} (smooth scaling), text boxes scaled along. */
  UiCanvas resized(int width, int height) {
    BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D sg = small.createGraphics();
    sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    sg.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    sg.drawImage(image.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
    sg.dispose();
    double sx = width / (double) image.getWidth();
    double sy = height / (double) image.getHeight();
    List<DrawnText> scaled = new ArrayList<>();
    for (DrawnText t : texts) {
      Region r = t.ink();
      int x0 = (int) Math.floor(r.x() * sx);
      int y0 = (int) Math.floor(r.y() * sy);
      int x1 = (int) Math.ceil((r.x() + r.width()) * sx);
      int y1 = (int) Math.ceil((r.y() + r.height()) * sy);
      scaled.add(new DrawnText(t.text(), new Region(x0, y0, x1 - x0, y1 - y0), t.lightOnDark()));
    }
    return new UiCanvas(small, scaled);
  }

  private static int luma(Color c) {
    return (77 * c.getRed() + 150 * c.getGreen() + 29 * c.getBlue()) >> 8;
  }
}

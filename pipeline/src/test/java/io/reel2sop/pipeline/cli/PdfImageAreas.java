package io.reel2sop.pipeline.cli;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a PDF page draws its images, in points from the page's top left (so in pixels of the page
 * drawn at 72 dpi): PDFBox walks the page's drawing operators and reports each image's transform.
 */
final class PdfImageAreas extends PDFGraphicsStreamEngine {
  private final List<Rectangle2D> areas = new ArrayList<>();
  private final float pageHeight;

  private PdfImageAreas(PDPage page) {
    super(page);
    pageHeight = page.getMediaBox().getHeight();
  }

  static List<Rectangle2D> of(PDPage page) throws IOException {
    PdfImageAreas engine = new PdfImageAreas(page);
    engine.processPage(page);
    return engine.areas;
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    float width = m.getScalingFactorX();
    float height = m.getScalingFactorY();
    areas.add(new Rectangle2D.Float(m.getTranslateX(), pageHeight - m.getTranslateY() - height, width, height));
  }

  // Paths, clips and shadings are drawn but not wanted here.
  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
}

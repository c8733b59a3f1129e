package io.reel2sop.edit;

import io.reel2sop.model.SopDocument;

/** {@link ReviewedSop} for tests in other packages. */
public final class ReviewedSopAccess {
  private ReviewedSopAccess() {}

  public static SopDocument generated() {
    return ReviewedSop.generated();
  }

  public static SopDocument shifted() {
    return ReviewedSop.of(ReviewedSop.SHIFTED);
  }

  public static String everyEdit() {
    return ReviewedSop.EVERY_EDIT;
  }
}

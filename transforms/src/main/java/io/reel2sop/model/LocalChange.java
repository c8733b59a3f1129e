package io.reel2sop.model;

/**
 * A change confined to a small part of the screen (typing, a hover, a menu): not a new scene, but
 * where the action is. {@code start}/{@code end} bound the burst of activity in that region.
 */
public record LocalChange(double start, double end, Region region) {}

package io.reel2sop.model;

/**
 * Where the mouse pointer came to rest after travelling: {@code time} is the last frame it moved
 * in; {@code x}, {@code y} its tip in video pixels (the point that clicks).
 */
public record PointerRest(double time, int x, int y) {}

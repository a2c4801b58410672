/**
 * Hard limits a result item must stay within to be used (bad-inputs S14, S16). Beyond them an item
 * is kept aside and reported, never clamped: the numbers are generous for real data and catch
 * values that only broken or hostile exports produce.
 */
export const RESULT_LIMITS = Object.freeze({
  /** Largest magnitude of a percent coordinate, size or angle, and of an image's pixel size.
   *  1e7 % lies 100,000 image widths away from the image; `x: 1e308` is refused. */
  maxCoordinate: 1e7,
  /** Largest magnitude of a span offset: code points, seconds, row indexes, epoch milliseconds
   *  (TimeSeries writes those, about 1.7e12). */
  maxOffset: Number.MAX_SAFE_INTEGER,
  /** Most points (polygon), vertices (vector), keyframes (video) or ranges (timeline) in one item. */
  maxPoints: 100_000,
});

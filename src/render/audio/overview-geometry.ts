/** The overview strip's size and its pixel → time mapping (no Pixi: the view uses it for input). */
export const OVERVIEW_HEIGHT = 28;

/** The time under x on the strip, which always shows the whole file across `width`. */
export function overviewTimeAt(x: number, width: number, duration: number): number {
  return Math.min(duration, Math.max(0, (x / Math.max(1, width)) * duration));
}

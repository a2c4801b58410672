/**
 * Rectangle geometry of Label Studio image regions, pure math (no Pixi, no DOM) so it is tested fast
 * and alone.
 *
 * Label Studio stores a rectangle in percent of the image's natural size: `x, y` is the top-left corner
 * *before* rotation and `rotation` turns the box clockwise (y axis down) about that corner (ls-spec
 * §6.1). Rotating in percent space would need an aspect-ratio factor, so everything here works in
 * natural image pixels (ls-spec Appendix B) and converts at the edges.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A rectangle as Label Studio writes it, in percent of the natural image size. */
export interface PercentRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rotation: number;
}

/** The same rectangle in natural image pixels. */
export type PixelRect = PercentRect;

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The eight resize handles, by compass direction. */
export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** Degrees in [0, 360). */
export function normaliseRotation(degrees: number): number {
  const r = degrees % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * Reads a rectangle from a result's `value`. Returns undefined when any coordinate is not a finite
 * number (such items were set aside on import; this is the last guard before drawing). Negative sizes,
 * found in old data (ls-spec §6.1), are flipped so the box covers the same pixels.
 */
export function rectFromValue(value: Readonly<Record<string, unknown>>, size: Size): PixelRect | undefined {
  const { x, y, width, height } = value;
  const rotation = value.rotation ?? 0;
  if (![x, y, width, height, rotation].every((n) => typeof n === 'number' && Number.isFinite(n)))
    return undefined;
  return normaliseRect(toPixels({ x, y, width, height, rotation } as PercentRect, size));
}

export function toPixels(rect: PercentRect, size: Size): PixelRect {
  return {
    x: (rect.x / 100) * size.width,
    y: (rect.y / 100) * size.height,
    width: (rect.width / 100) * size.width,
    height: (rect.height / 100) * size.height,
    rotation: rect.rotation,
  };
}

/** Percent geometry in the key order Label Studio writes: `x, y, width, height, rotation`. */
export function toPercent(rect: PixelRect, size: Size): PercentRect {
  return {
    x: (rect.x / size.width) * 100,
    y: (rect.y / size.height) * 100,
    width: (rect.width / size.width) * 100,
    height: (rect.height / size.height) * 100,
    rotation: normaliseRotation(rect.rotation),
  };
}

/** Rotates a local offset `(dx, dy)` by `degrees` clockwise (screen axes). */
export function rotate(dx: number, dy: number, degrees: number): Point {
  if (degrees === 0) return { x: dx, y: dy };
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return { x: dx * c - dy * s, y: dx * s + dy * c };
}

/** A point in the box's own frame: origin at its top-left corner, axes along its sides. */
export function toLocal(rect: PixelRect, p: Point): Point {
  return rotate(p.x - rect.x, p.y - rect.y, -rect.rotation);
}

export function fromLocal(rect: PixelRect, local: Point): Point {
  const d = rotate(local.x, local.y, rect.rotation);
  return { x: rect.x + d.x, y: rect.y + d.y };
}

/** Corners in drawing order: top-left, top-right, bottom-right, bottom-left (Appendix B). */
export function corners(rect: PixelRect): [Point, Point, Point, Point] {
  const { width: w, height: h } = rect;
  return [
    fromLocal(rect, { x: 0, y: 0 }),
    fromLocal(rect, { x: w, y: 0 }),
    fromLocal(rect, { x: w, y: h }),
    fromLocal(rect, { x: 0, y: h }),
  ];
}

export function boundsOf(points: readonly Point[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { minX, minY, maxX, maxY };
}

export function rectBounds(rect: PixelRect): Bounds {
  return rect.rotation === 0
    ? { minX: rect.x, minY: rect.y, maxX: rect.x + rect.width, maxY: rect.y + rect.height }
    : boundsOf(corners(rect));
}

/** Whether `p` is inside the (possibly rotated) box, grown by `tolerance` pixels on every side. */
export function containsPoint(rect: PixelRect, p: Point, tolerance = 0): boolean {
  const local = toLocal(rect, p);
  return (
    local.x >= -tolerance &&
    local.y >= -tolerance &&
    local.x <= rect.width + tolerance &&
    local.y <= rect.height + tolerance
  );
}

/** Flips negative sizes: the same pixels, with a non-negative width and height. */
export function normaliseRect(rect: PixelRect): PixelRect {
  let { x, y, width, height } = rect;
  if (width < 0) {
    const o = fromLocal(rect, { x: width, y: 0 });
    ({ x, y } = o);
    width = -width;
  }
  if (height < 0) {
    const o = fromLocal({ ...rect, x, y }, { x: 0, y: height });
    ({ x, y } = o);
    height = -height;
  }
  return { x, y, width, height, rotation: normaliseRotation(rect.rotation) };
}

export function clampPoint(p: Point, size: Size): Point {
  return { x: Math.min(Math.max(p.x, 0), size.width), y: Math.min(Math.max(p.y, 0), size.height) };
}

/** The box spanned by two opposite corners (a drag on the image), kept on the image. */
export function rectFromCorners(a: Point, b: Point, size: Size): PixelRect {
  const p = clampPoint(a, size);
  const q = clampPoint(b, size);
  return {
    x: Math.min(p.x, q.x),
    y: Math.min(p.y, q.y),
    width: Math.abs(q.x - p.x),
    height: Math.abs(q.y - p.y),
    rotation: 0,
  };
}

/** Moves a box by `(dx, dy)`; an unrotated box is kept on the image, as Label Studio keeps it. */
export function moveRect(rect: PixelRect, dx: number, dy: number, size: Size): PixelRect {
  let x = rect.x + dx;
  let y = rect.y + dy;
  if (rect.rotation === 0) {
    x = Math.min(Math.max(x, 0), Math.max(size.width - rect.width, 0));
    y = Math.min(Math.max(y, 0), Math.max(size.height - rect.height, 0));
  }
  return { ...rect, x, y };
}

/** Where each handle sits, in image pixels: corners and the middles of the sides. */
export function handlePoints(rect: PixelRect): Record<Handle, Point> {
  const { width: w, height: h } = rect;
  const at = (x: number, y: number) => fromLocal(rect, { x, y });
  return {
    nw: at(0, 0),
    n: at(w / 2, 0),
    ne: at(w, 0),
    e: at(w, h / 2),
    se: at(w, h),
    s: at(w / 2, h),
    sw: at(0, h),
    w: at(0, h / 2),
  };
}

/**
 * Resizes a box by dragging one handle to `pointer` (image pixels): the opposite side or corner stays
 * where it is. Works in the box's own frame, so rotated boxes resize along their sides; dragging past
 * the opposite side flips the box instead of giving it a negative size.
 */
export function resizeRect(start: PixelRect, handle: Handle, pointer: Point): PixelRect {
  const p = toLocal(start, pointer);
  let left = 0;
  let top = 0;
  let right = start.width;
  let bottom = start.height;
  if (handle.includes('w')) left = p.x;
  if (handle.includes('e')) right = p.x;
  if (handle.includes('n')) top = p.y;
  if (handle.includes('s')) bottom = p.y;
  const l = Math.min(left, right);
  const t = Math.min(top, bottom);
  const origin = fromLocal(start, { x: l, y: t });
  return {
    x: origin.x,
    y: origin.y,
    width: Math.abs(right - left),
    height: Math.abs(bottom - top),
    rotation: start.rotation,
  };
}

export function area(rect: PixelRect): number {
  return Math.abs(rect.width * rect.height);
}

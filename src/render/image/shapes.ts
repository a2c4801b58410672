/**
 * The shapes regions have on an image, in natural image pixels, and what the editor does with any of
 * them: bounds (for the R-tree), hit-testing, area (smallest wins a pick), moving, and converting back
 * to Label Studio's percent values. Rectangle math lives in geometry.ts; polygons (ls-spec §6.2:
 * `points` as `[x%, y%]` pairs, `closed` absent in old data meaning closed) are here.
 */
import {
  area as rectArea,
  boundsOf,
  containsPoint,
  moveRect,
  normaliseRect,
  rectBounds,
  toPercent,
  toPixels,
  type Bounds,
  type PixelRect,
  type Point,
  type Size,
} from './geometry.js';
import type { RegionShape } from './types.js';

export type Shape =
  | { readonly kind: 'rectangle'; readonly rect: PixelRect }
  | { readonly kind: 'polygon'; readonly points: readonly Point[]; readonly closed: boolean };

/** A region's shape in natural pixels (negative box sizes from old data flipped, ls-spec §6.1). */
export function shapeFromRegion(region: RegionShape, size: Size): Shape {
  if (region.kind === 'rectangle')
    return { kind: 'rectangle', rect: normaliseRect(toPixels(region.rect, size)) };
  return {
    kind: 'polygon',
    points: region.points.map(([x, y]) => ({ x: (x / 100) * size.width, y: (y / 100) * size.height })),
    closed: region.closed,
  };
}

export function shapeBounds(shape: Shape): Bounds {
  return shape.kind === 'rectangle' ? rectBounds(shape.rect) : boundsOf(shape.points);
}

/** Inside a closed polygon (even-odd rule), or within `tolerance` of any of its edges. */
export function shapeContains(shape: Shape, p: Point, tolerance = 0): boolean {
  if (shape.kind === 'rectangle') return containsPoint(shape.rect, p, tolerance);
  const pts = shape.points;
  if (shape.closed && pts.length >= 3 && insidePolygon(pts, p)) return true;
  const edges = shape.closed ? pts.length : pts.length - 1;
  for (let i = 0; i < edges; i++) {
    if (distanceToSegment(p, pts[i]!, pts[(i + 1) % pts.length]!) <= Math.max(tolerance, 0)) return true;
  }
  return false;
}

export function shapeArea(shape: Shape): number {
  if (shape.kind === 'rectangle') return rectArea(shape.rect);
  let twice = 0;
  const pts = shape.points;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** Moves a shape; it is kept on the image (an unrotated box, or a polygon's bounds). */
export function moveShape(shape: Shape, dx: number, dy: number, size: Size): Shape {
  if (shape.kind === 'rectangle') return { kind: 'rectangle', rect: moveRect(shape.rect, dx, dy, size) };
  const b = boundsOf(shape.points);
  const x = Math.min(Math.max(dx, -b.minX), Math.max(size.width - b.maxX, -b.minX));
  const y = Math.min(Math.max(dy, -b.minY), Math.max(size.height - b.maxY, -b.minY));
  return {
    kind: 'polygon',
    points: shape.points.map((p) => ({ x: p.x + x, y: p.y + y })),
    closed: shape.closed,
  };
}

/** The geometry keys of a result value, in the order Label Studio writes them. */
export function shapeValue(shape: Shape, size: Size): Record<string, unknown> {
  if (shape.kind === 'rectangle') return { ...toPercent(shape.rect, size) };
  return {
    points: shape.points.map((p) => [(p.x / size.width) * 100, (p.y / size.height) * 100]),
    closed: shape.closed,
  };
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.kind === 'rectangle' && b.kind === 'rectangle') {
    const r = a.rect;
    const s = b.rect;
    return (
      r.x === s.x && r.y === s.y && r.width === s.width && r.height === s.height && r.rotation === s.rotation
    );
  }
  if (a.kind === 'polygon' && b.kind === 'polygon') {
    return (
      a.closed === b.closed &&
      a.points.length === b.points.length &&
      a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y)
    );
  }
  return false;
}

function insidePolygon(pts: readonly Point[], p: Point): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const a = pts[i]!;
    const b = pts[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

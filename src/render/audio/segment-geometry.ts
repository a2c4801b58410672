/**
 * Segments on the canvas: where each visible one is drawn, what a pointer is over, and what a drag
 * makes of a segment. Pure maths on seconds and canvas pixels (no Pixi, no DOM), shared by the
 * renderer (drawing) and the view (hit-testing and dragging), so both agree to the pixel.
 */
import type { TimeScale } from './time-scale.js';

export interface SegmentShape {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** CSS colour of the segment's first label. */
  readonly colour: string;
  readonly selected: boolean;
  /** Band of the segment among those it overlaps (lanes.ts). */
  readonly lane: number;
  readonly lanes: number;
  /** The drawn track it sits on: its channel with `splitChannels`, else 0. */
  readonly track: number;
}

export interface SegmentBox {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly shape: SegmentShape;
}

/** Boxes of the segments that show on the canvas, in drawing order (selected last, on top). With
 *  several tracks (split channels) each takes an equal band of the height, its segments' lanes
 *  inside it. */
export function layoutSegments(
  segments: readonly SegmentShape[],
  scale: TimeScale,
  height: number,
  tracks = 1,
): SegmentBox[] {
  const boxes: SegmentBox[] = [];
  const trackHeight = height / Math.max(1, tracks);
  for (const shape of segments) {
    if (shape.end < scale.start || shape.start > scale.end) continue;
    const track = Math.min(Math.max(0, shape.track), Math.max(1, tracks) - 1);
    const band = trackHeight / Math.max(1, shape.lanes);
    boxes.push({
      id: shape.id,
      // a zero-length segment still gets a pixel, so it can be seen and grabbed
      x0: scale.timeToX(shape.start),
      x1: Math.max(scale.timeToX(shape.end), scale.timeToX(shape.start) + 1),
      y0: track * trackHeight + shape.lane * band,
      y1: track * trackHeight + (shape.lane + 1) * band,
      shape,
    });
  }
  return boxes.sort((a, b) => Number(a.shape.selected) - Number(b.shape.selected));
}

export type SegmentHit =
  { readonly kind: 'start' | 'end'; readonly id: string } | { readonly kind: 'body'; readonly id: string };

/** Pixels either side of an edge that still grab it. */
export const EDGE_TOLERANCE = 5;

/**
 * What is under the pointer: an edge (of a selected segment first, then of any), else a body (the
 * one drawn on top). A narrow segment's body stays grabbable in its middle third.
 */
export function hitTest(boxes: readonly SegmentBox[], x: number, y: number): SegmentHit | undefined {
  const under = boxes.filter((b) => y >= b.y0 && y <= b.y1);
  const byPriority = [...under].reverse().sort((a, b) => Number(b.shape.selected) - Number(a.shape.selected));
  for (const box of byPriority) {
    const width = box.x1 - box.x0;
    const tolerance = Math.max(1, Math.min(EDGE_TOLERANCE, width / 3));
    if (Math.abs(x - box.x0) <= tolerance) return { kind: 'start', id: box.id };
    if (Math.abs(x - box.x1) <= tolerance) return { kind: 'end', id: box.id };
  }
  for (const box of byPriority) if (x >= box.x0 && x <= box.x1) return { kind: 'body', id: box.id };
  return undefined;
}

/** A gesture in progress, in seconds. */
export type SegmentDrag =
  | { readonly kind: 'create'; readonly anchor: number }
  | { readonly kind: 'start' | 'end'; readonly id: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'move';
      readonly id: string;
      readonly start: number;
      readonly end: number;
      readonly grab: number;
    };

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The segment a drag makes with the pointer at `time`, inside [0, duration]. Dragging an edge past
 *  the other one swaps them, as every editor does. */
export function dragSpan(drag: SegmentDrag, time: number, duration: number): Span {
  const t = Math.min(duration, Math.max(0, time));
  switch (drag.kind) {
    case 'create':
      return { start: Math.min(drag.anchor, t), end: Math.max(drag.anchor, t) };
    case 'start':
      return { start: Math.min(t, drag.end), end: Math.max(t, drag.end) };
    case 'end':
      return { start: Math.min(drag.start, t), end: Math.max(drag.start, t) };
    case 'move': {
      const length = drag.end - drag.start;
      const start = Math.min(duration - length, Math.max(0, drag.start + (time - drag.grab)));
      return { start, end: start + length };
    }
  }
}

/**
 * The image's interaction modes as an explicit state machine (after CVAT's canvas, design.md): pointer
 * input in, a new mode and a list of effects out. Pure: it neither draws nor edits the store. The
 * element runs the effects (store commands, events) and the stage draws the previews.
 *
 * Points come in two spaces: `screen` (CSS pixels of the stage) and `image` (natural image pixels).
 * "Tool" is the drawing tool ready to use (a label chosen, or a tool button pressed): `rectangle` or
 * `polygon`.
 *
 * | mode     | input                  | condition                                         | next     | effects                          |
 * |----------|------------------------|---------------------------------------------------|----------|----------------------------------|
 * | idle     | down, middle button    |                                                   | pan      |                                  |
 * | idle     | down, primary          | space held                                        | pan      |                                  |
 * | idle     | down, primary          | on a handle of the selected box, editable         | resize   |                                  |
 * | idle     | down, primary          | on the selected region, editable                  | pending  | (a move drags it)                |
 * | idle     | down, primary          | polygon tool                                      | pending  | (a click adds the first vertex)  |
 * | idle     | down, primary          | on another region, rectangle tool                 | pending  | (a move draws, a click selects)  |
 * | idle     | down, primary          | on another region, no tool, editable              | pending  | (a move drags, a click selects)  |
 * | idle     | down, primary          | elsewhere, rectangle tool                         | pending  | (a move draws, a click deselects)|
 * | idle     | down, primary          | elsewhere (or read-only), no tool                 | pending  | (a move pans, a click (de)selects)|
 * | pending  | move ≤ 3 px            |                                                   | pending  |                                  |
 * | pending  | move > 3 px            | it would draw / drag / pan (vertex: pan)          | draw / drag / pan | select (drag), preview / view |
 * | pending  | up                     | vertex                                            | polygon  | preview (first vertex)           |
 * | pending  | up                     | otherwise                                         | idle     | select (the click's target)      |
 * | draw     | move                   |                                                   | draw     | preview (new box)                |
 * | draw     | up                     | box at least 2 px on screen both ways             | idle     | clear-preview, create            |
 * | draw     | up                     | smaller                                           | idle     | clear-preview                    |
 * | polygon  | move                   |                                                   | polygon  | preview (vertices + pointer)     |
 * | polygon  | click (down+up ≤ 3 px) | on the first vertex, ≥ 3 vertices                 | idle     | clear-preview, create (closed)   |
 * | polygon  | click                  | elsewhere                                         | polygon  | preview (one more vertex)        |
 * | polygon  | close (Enter)          | ≥ 3 vertices                                      | idle     | clear-preview, create (closed)   |
 * | drag     | move                   |                                                   | drag     | preview (moved shape)            |
 * | resize   | move                   |                                                   | resize   | preview (resized box)            |
 * | drag, resize | up                 | the shape changed                                 | idle     | clear-preview, update            |
 * | drag, resize | up                 | unchanged                                         | idle     | clear-preview                    |
 * | pan      | move                   |                                                   | pan      | view                             |
 * | pan      | up                     |                                                   | idle     |                                  |
 * | any      | cancel (Escape, lost capture) |                                            | idle     | clear-preview (nothing committed)|
 *
 * Wheel and keyboard zoom are not modes: they change the view at once (viewport.ts).
 */
import {
  rectFromCorners,
  resizeRect,
  clampPoint,
  type Handle,
  type PixelRect,
  type Point,
  type Size,
} from './geometry.js';
import { moveShape, sameShape, type Shape } from './shapes.js';
import { panBy, type View } from './viewport.js';

/** How far (CSS pixels) a pressed pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 3;
/** A new box smaller than this on screen, in either direction, is taken for a slip and dropped. */
export const MIN_BOX_SCREEN = 2;
/** How near (CSS pixels) a click must be to a polygon's first vertex to close it. */
export const CLOSE_RADIUS = 8;

export type DrawTool = 'rectangle' | 'polygon';
type PressIntent = 'draw' | 'drag' | 'pan' | 'vertex';

export type Mode =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'pending';
      readonly screen: Point;
      readonly image: Point;
      readonly intent: PressIntent;
      /** The region pressed on, if any. */
      readonly id: string | undefined;
      readonly view: View;
    }
  | { readonly kind: 'draw'; readonly origin: Point; readonly rect: PixelRect }
  | {
      readonly kind: 'polygon';
      /** Vertices so far, image pixels. */
      readonly points: readonly Point[];
      /** Where the current press went down (screen), to tell a click from a drag. */
      readonly press: Point | undefined;
    }
  | {
      readonly kind: 'drag';
      readonly id: string;
      readonly origin: Point;
      readonly start: Shape;
      readonly shape: Shape;
    }
  | {
      readonly kind: 'resize';
      readonly id: string;
      readonly handle: Handle;
      readonly start: PixelRect;
      readonly rect: PixelRect;
    }
  | { readonly kind: 'pan'; readonly origin: Point; readonly start: View };

export const IDLE: Mode = Object.freeze({ kind: 'idle' });

export interface PointerInput {
  readonly type: 'down' | 'move' | 'up';
  /** 0 primary, 1 middle (as `PointerEvent.button`). */
  readonly button: number;
  readonly screen: Point;
  readonly image: Point;
}
/** `cancel`: Escape or a lost pointer capture. `close`: Enter, finishing a polygon. */
export type Input = PointerInput | { readonly type: 'cancel' } | { readonly type: 'close' };

/** What the machine may ask about the scene. */
export interface Scene {
  readonly view: View;
  readonly image: Size;
  readonly selected: string | undefined;
  /** The drawing tool ready to use (with its labels), when the annotation is editable. */
  readonly tool: DrawTool | undefined;
  /** Regions may be moved and resized. */
  readonly editable: boolean;
  readonly spaceHeld: boolean;
  pick(image: Point): string | undefined;
  shapeOf(id: string): Shape | undefined;
  /** The handle of the selected box under a screen point. */
  handleAt(screen: Point): Handle | undefined;
}

export type Effect =
  | { readonly type: 'select'; readonly id: string | undefined }
  /** Show a shape being drawn (`id` undefined) or edited, without committing it. */
  | { readonly type: 'preview'; readonly id: string | undefined; readonly shape: Shape }
  | { readonly type: 'clear-preview' }
  | { readonly type: 'create'; readonly shape: Shape }
  | { readonly type: 'update'; readonly id: string; readonly shape: Shape }
  | { readonly type: 'view'; readonly view: View };

export interface Step {
  readonly mode: Mode;
  readonly effects: readonly Effect[];
}

const stay = (mode: Mode): Step => ({ mode, effects: [] });
const box = (rect: PixelRect): Shape => ({ kind: 'rectangle', rect });

export function step(mode: Mode, input: Input, scene: Scene): Step {
  if (input.type === 'cancel') {
    const drawing =
      mode.kind === 'draw' || mode.kind === 'polygon' || mode.kind === 'drag' || mode.kind === 'resize';
    return { mode: IDLE, effects: drawing ? [{ type: 'clear-preview' }] : [] };
  }
  if (input.type === 'close') return mode.kind === 'polygon' ? closePolygon(mode) : stay(mode);
  switch (mode.kind) {
    case 'idle':
      return input.type === 'down' ? press(input, scene) : stay(mode);
    case 'pending':
      return pending(mode, input, scene);
    case 'draw': {
      const rect = rectFromCorners(mode.origin, input.image, scene.image);
      if (input.type === 'move')
        return { mode: { ...mode, rect }, effects: [{ type: 'preview', id: undefined, shape: box(rect) }] };
      if (input.type !== 'up') return stay(mode);
      const big =
        rect.width * scene.view.scale >= MIN_BOX_SCREEN && rect.height * scene.view.scale >= MIN_BOX_SCREEN;
      return {
        mode: IDLE,
        effects: big
          ? [{ type: 'clear-preview' }, { type: 'create', shape: box(rect) }]
          : [{ type: 'clear-preview' }],
      };
    }
    case 'polygon':
      return polygon(mode, input, scene);
    case 'drag':
    case 'resize': {
      const shape =
        mode.kind === 'drag'
          ? moveShape(mode.start, input.image.x - mode.origin.x, input.image.y - mode.origin.y, scene.image)
          : box(resizeRect(mode.start, mode.handle, clampPoint(input.image, scene.image)));
      if (input.type === 'move') {
        const next: Mode =
          mode.kind === 'drag'
            ? { ...mode, shape }
            : { ...mode, rect: (shape as Extract<Shape, { kind: 'rectangle' }>).rect };
        return { mode: next, effects: [{ type: 'preview', id: mode.id, shape }] };
      }
      if (input.type !== 'up') return stay(mode);
      const [now, start] =
        mode.kind === 'drag' ? [mode.shape, mode.start] : [box(mode.rect), box(mode.start)];
      const changed = !sameShape(now, start);
      return {
        mode: IDLE,
        effects: changed
          ? [{ type: 'clear-preview' }, { type: 'update', id: mode.id, shape: now }]
          : [{ type: 'clear-preview' }],
      };
    }
    case 'pan':
      if (input.type === 'move') {
        const view = panBy(mode.start, input.screen.x - mode.origin.x, input.screen.y - mode.origin.y);
        return { mode, effects: [{ type: 'view', view }] };
      }
      return input.type === 'up' ? stay(IDLE) : stay(mode);
  }
}

function press(input: PointerInput, scene: Scene): Step {
  if (input.button === 1 || (input.button === 0 && scene.spaceHeld)) {
    return stay({ kind: 'pan', origin: input.screen, start: scene.view });
  }
  if (input.button !== 0) return stay(IDLE);
  const selected = scene.selected;
  if (selected !== undefined && scene.editable) {
    const handle = scene.handleAt(input.screen);
    const shape = scene.shapeOf(selected);
    if (handle && shape?.kind === 'rectangle')
      return stay({ kind: 'resize', id: selected, handle, start: shape.rect, rect: shape.rect });
  }
  const id = scene.pick(input.image);
  const base = { kind: 'pending', screen: input.screen, image: input.image, id, view: scene.view } as const;
  if (id !== undefined && id === selected && scene.editable) return stay({ ...base, intent: 'drag' });
  if (scene.tool === 'polygon') return stay({ ...base, intent: 'vertex' });
  if (scene.tool === 'rectangle') return stay({ ...base, intent: 'draw' });
  if (id !== undefined && scene.editable) return stay({ ...base, intent: 'drag' });
  return stay({ ...base, intent: 'pan' });
}

function pending(mode: Extract<Mode, { kind: 'pending' }>, input: PointerInput, scene: Scene): Step {
  if (input.type === 'up') {
    if (mode.intent === 'vertex') {
      const point = clampPoint(mode.image, scene.image);
      const next: Mode = { kind: 'polygon', points: [point], press: undefined };
      return {
        mode: next,
        effects: [{ type: 'preview', id: undefined, shape: openPolygon([point], point) }],
      };
    }
    return { mode: IDLE, effects: mode.id === scene.selected ? [] : [{ type: 'select', id: mode.id }] };
  }
  if (input.type !== 'move') return stay(mode);
  const travelled = Math.hypot(input.screen.x - mode.screen.x, input.screen.y - mode.screen.y);
  if (travelled <= DRAG_THRESHOLD) return stay(mode);
  if (mode.intent === 'pan' || mode.intent === 'vertex')
    return step({ kind: 'pan', origin: mode.screen, start: mode.view }, input, scene);
  if (mode.intent === 'draw') {
    const rect = rectFromCorners(mode.image, input.image, scene.image);
    return {
      mode: { kind: 'draw', origin: mode.image, rect },
      effects: [{ type: 'preview', id: undefined, shape: box(rect) }],
    };
  }
  const start = mode.id === undefined ? undefined : scene.shapeOf(mode.id);
  if (mode.id === undefined || !start) return stay(IDLE);
  const shape = moveShape(start, input.image.x - mode.image.x, input.image.y - mode.image.y, scene.image);
  const select: Effect[] = mode.id === scene.selected ? [] : [{ type: 'select', id: mode.id }];
  return {
    mode: { kind: 'drag', id: mode.id, origin: mode.image, start, shape },
    effects: [...select, { type: 'preview', id: mode.id, shape }],
  };
}

function polygon(mode: Extract<Mode, { kind: 'polygon' }>, input: PointerInput, scene: Scene): Step {
  const pointer = clampPoint(input.image, scene.image);
  if (input.type === 'move')
    return { mode, effects: [{ type: 'preview', id: undefined, shape: openPolygon(mode.points, pointer) }] };
  if (input.type === 'down') return stay(input.button === 0 ? { ...mode, press: input.screen } : mode);
  const press = mode.press;
  if (!press || Math.hypot(input.screen.x - press.x, input.screen.y - press.y) > DRAG_THRESHOLD)
    return stay({ ...mode, press: undefined });
  const first = mode.points[0]!;
  const firstOnScreen = {
    x: first.x * scene.view.scale + scene.view.x,
    y: first.y * scene.view.scale + scene.view.y,
  };
  if (
    mode.points.length >= 3 &&
    Math.hypot(input.screen.x - firstOnScreen.x, input.screen.y - firstOnScreen.y) <= CLOSE_RADIUS
  )
    return closePolygon(mode);
  const points = [...mode.points, pointer];
  return {
    mode: { kind: 'polygon', points, press: undefined },
    effects: [{ type: 'preview', id: undefined, shape: openPolygon(points, pointer) }],
  };
}

function closePolygon(mode: Extract<Mode, { kind: 'polygon' }>): Step {
  if (mode.points.length < 3) return stay(mode);
  return {
    mode: IDLE,
    effects: [
      { type: 'clear-preview' },
      { type: 'create', shape: { kind: 'polygon', points: mode.points, closed: true } },
    ],
  };
}

/** The polygon being drawn: its vertices and a rubber band to the pointer. */
function openPolygon(points: readonly Point[], pointer: Point): Shape {
  return { kind: 'polygon', points: [...points, pointer], closed: false };
}

/**
 * The image view: how natural image pixels map to the stage's CSS pixels. Pure math, shared by the
 * Pixi stage (which draws with it) and the interaction state machine (which pans with it).
 *
 * `screen = image * scale + (x, y)`. The public `setView({ zoom, x, y })` speaks another language:
 * `zoom` 1 is "fit", and `x`/`y` is the image point at the centre of the viewport, in percent of the
 * natural size (design.md, public contract).
 */
import type { Point, Size } from './geometry.js';

export interface View {
  /** CSS pixels per natural image pixel. */
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export interface PublicView {
  readonly zoom: number;
  /** Image point at the viewport centre, percent of natural width. */
  readonly x: number;
  /** Image point at the viewport centre, percent of natural height. */
  readonly y: number;
}

export type HorizontalAlignment = 'left' | 'center' | 'right';

/** Zoom limits relative to fit. Below 1 only with Label Studio's `negativeZoom`. */
export interface ZoomLimits {
  readonly min: number;
  readonly max: number;
}

export const MAX_ZOOM = 64;

export function fitScale(box: Size, image: Size): number {
  if (image.width <= 0 || image.height <= 0 || box.width <= 0 || box.height <= 0) return 1;
  return Math.min(box.width / image.width, box.height / image.height);
}

/** The whole image in the box, aligned as the Image tag's `horizontalAlignment` says, at the top. */
export function fitView(box: Size, image: Size, align: HorizontalAlignment = 'left'): View {
  const scale = fitScale(box, image);
  const spare = box.width - image.width * scale;
  const x = align === 'center' ? spare / 2 : align === 'right' ? spare : 0;
  return { scale, x, y: 0 };
}

export function toImage(view: View, p: Point): Point {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

export function toScreen(view: View, p: Point): Point {
  return { x: p.x * view.scale + view.x, y: p.y * view.scale + view.y };
}

/** Zooms by `factor` keeping the image point under `at` (screen) where it is. */
export function zoomAt(
  view: View,
  factor: number,
  at: Point,
  box: Size,
  image: Size,
  limits: ZoomLimits,
): View {
  const fit = fitScale(box, image);
  const scale = clamp(view.scale * factor, fit * limits.min, fit * limits.max);
  if (scale === view.scale) return view;
  const anchor = toImage(view, at);
  return { scale, x: at.x - anchor.x * scale, y: at.y - anchor.y * scale };
}

/**
 * The view a `setView` asks for. Missing fields keep their current value; at zoom 1 with no centre
 * given, the image goes back to its fitted place.
 */
export function viewFor(
  request: Partial<PublicView>,
  current: View,
  box: Size,
  image: Size,
  limits: ZoomLimits,
  align: HorizontalAlignment = 'left',
): View {
  const fit = fitScale(box, image);
  const zoom = clamp(finiteOr(request.zoom, current.scale / fit), limits.min, limits.max);
  if (zoom === 1 && request.x === undefined && request.y === undefined) return fitView(box, image, align);
  const here = describeView(current, box, image);
  const cx = (finiteOr(request.x, here.x) / 100) * image.width;
  const cy = (finiteOr(request.y, here.y) / 100) * image.height;
  const scale = zoom * fit;
  return { scale, x: box.width / 2 - cx * scale, y: box.height / 2 - cy * scale };
}

/** The public description of a view: zoom relative to fit, centre point in percent. */
export function describeView(view: View, box: Size, image: Size): PublicView {
  const centre = toImage(view, { x: box.width / 2, y: box.height / 2 });
  return {
    zoom: view.scale / fitScale(box, image),
    x: (centre.x / image.width) * 100,
    y: (centre.y / image.height) * 100,
  };
}

/** Moves the view by a screen-pixel offset (a pan gesture). */
export function panBy(view: View, dx: number, dy: number): View {
  return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/** After the box is resized, keep the same zoom relative to fit and the same centre point. */
export function refit(
  view: View,
  oldBox: Size,
  newBox: Size,
  image: Size,
  limits: ZoomLimits,
  align: HorizontalAlignment,
): View {
  const before = describeView(view, oldBox, image);
  if (Math.abs(before.zoom - 1) < 1e-9) return fitView(newBox, image, align);
  return viewFor(before, view, newBox, image, limits, align);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}

function finiteOr(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

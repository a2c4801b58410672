/**
 * The PixiJS stage of one image: the photo, the regions, and the box being drawn or edited.
 *
 * Software WebGL (our CI, and laptops without a GPU driver) redraws thousands of translucent boxes at a
 * few frames a second (budgets.md, "floor"), so the stage draws as little as it can:
 * - nothing at rest: no ticker; a frame is painted only when something changed (`#invalidate`);
 * - the static regions are painted once into a screen-sized texture (culled through the R-tree to what
 *   the viewport shows) and that texture is re-shown every frame. While a wheel or pan gesture runs,
 *   nothing is painted at all: the last frame is moved and scaled with a CSS transform on the canvas
 *   (compositor only, `#moveCanvas`), and a sharp frame is painted once the view rests (`REST_MS`);
 * - a region added on top (a new box) is painted into the texture alone, without repainting the rest;
 * - the selected region's outline and handles, and the box being drawn or edited, live on a small
 *   "active" layer that is redrawn by itself.
 * Regions are drawn in screen space so strokes keep their width at every zoom, as in Label Studio.
 */
import { Container, Graphics, RenderTexture, Sprite, Texture, WebGLRenderer } from 'pixi.js';
import {
  corners,
  handlePoints,
  HANDLES,
  type Handle,
  type PixelRect,
  type Point,
  type Size,
} from './geometry.js';
import {
  fitView,
  refit,
  toImage,
  toScreen,
  type HorizontalAlignment,
  type View,
  type ZoomLimits,
} from './viewport.js';
import { RegionIndex } from './region-index.js';
import { shapeFromRegion, type Shape } from './shapes.js';
import { loadImage, type LoadedImage } from './load-image.js';
import { parseColour } from './colour.js';
import type {
  ImageStage,
  MountOptions,
  Preview,
  RegionChanges,
  RegionShape,
  RegionStyle,
  StageChanges,
} from './types.js';

/** How long after the last wheel/pan event the view counts as resting. */
const REST_MS = 120;
/** Half the side of a resize handle, CSS pixels; also how near a press must be to grab it. */
const HANDLE_RADIUS = 5;
const HANDLE_GRAB = 7;

export async function mountStage(options: MountOptions): Promise<ImageStage> {
  // A WebGLRenderer, not a Pixi Application: no ticker (frames are painted on demand), and no
  // auto-detection, which would pull the WebGPU and canvas renderers into the drop-in bundle.
  const renderer = new WebGLRenderer();
  const rendererReady = renderer.init({
    width: Math.max(1, options.box.width),
    height: Math.max(1, options.box.height),
    backgroundAlpha: 0,
    antialias: false,
    // keeps the last frame readable (tests read pixels back; hosts may screenshot). Frames are only
    // painted on change, so the copy this costs is rare.
    preserveDrawingBuffer: true,
    resolution: globalThis.devicePixelRatio || 1,
    autoDensity: true,
    // the element handles input and picks through the R-tree: none of Pixi's events, accessibility,
    // filters or DOM extensions are needed
    skipExtensionImports: true,
  });
  // fetch and decode while Pixi starts; if either fails, release both
  let image: LoadedImage;
  try {
    [image] = await Promise.all([
      loadImage(options.url, { crossOrigin: options.crossOrigin, signal: options.signal }),
      rendererReady,
    ]);
  } catch (error) {
    await rendererReady.catch(() => undefined);
    destroyRenderer(renderer);
    throw error;
  }
  if (options.signal?.aborted) {
    image.bitmap.close();
    destroyRenderer(renderer);
    throw options.signal.reason;
  }
  const max = renderer.gl.getParameter(renderer.gl.MAX_TEXTURE_SIZE) as number;
  if (Math.max(image.width, image.height) > max) {
    // display only: geometry keeps using the natural size
    image.bitmap.close();
    image = await loadImage(options.url, { crossOrigin: options.crossOrigin, maxTextureSize: max });
  }
  return new PixiImageStage(renderer, image, options);
}

function destroyRenderer(renderer: WebGLRenderer): void {
  // init may have failed half-way: destroy what exists, never throw from cleanup
  try {
    renderer.destroy({ removeView: true });
  } catch {
    /* nothing left to release */
  }
}

class PixiImageStage implements ImageStage {
  readonly image: Size;
  readonly limits: ZoomLimits;
  readonly align: HorizontalAlignment;
  readonly #renderer: WebGLRenderer;
  readonly #root = new Container();
  readonly #bitmap: ImageBitmap;
  readonly #world = new Container();
  readonly #photo: Sprite;
  readonly #staticSprite = new Sprite();
  readonly #staticGraphics = new Graphics();
  readonly #active = new Graphics();
  readonly #index = new RegionIndex();
  readonly #shapes = new Map<string, RegionShape>();
  #staticTexture: RenderTexture;
  #box: Size;
  #view: View;
  #selected: string | undefined;
  #preview: Preview | undefined;
  /** The view the static texture was painted at; undefined when it must be repainted. */
  #paintedView: View | undefined;
  /** Regions painted into the static texture; new ones on top can be added alone. */
  #painted = new Set<string>();
  #paintedTopOrder = -Infinity;
  #excluded: string | undefined;
  #frame = 0;
  /** The view of the last frame actually rendered (a gesture moves that frame with CSS). */
  #renderedView: View | undefined;
  #restTimer: ReturnType<typeof setTimeout> | undefined;
  #gesturing = false;
  #waiters: (() => void)[] = [];
  #destroyed = false;

  constructor(renderer: WebGLRenderer, image: LoadedImage, options: MountOptions) {
    this.#renderer = renderer;
    this.#bitmap = image.bitmap;
    this.image = { width: image.width, height: image.height };
    this.limits = options.limits;
    this.align = options.align;
    this.#box = sizeOf(options.box);
    this.#view = fitView(this.#box, this.image, this.align);

    const texture = Texture.from(image.bitmap);
    // a photo is mostly shown smaller than its natural size: mipmaps keep that sampling cheap
    texture.source.autoGenerateMipmaps = true;
    if (options.smoothing === false) texture.source.scaleMode = 'nearest';
    this.#photo = new Sprite(texture);
    this.#photo.width = image.width;
    this.#photo.height = image.height;
    this.#world.addChild(this.#photo);
    this.#staticTexture = this.#makeStaticTexture();
    this.#staticSprite.texture = this.#staticTexture;
    this.#root.addChild(this.#world, this.#staticSprite, this.#active);
    const canvas = renderer.canvas;
    canvas.style.display = 'block';
    options.host.append(canvas);
    this.#invalidate();
  }

  get box(): Size {
    return this.#box;
  }
  get view(): View {
    return this.#view;
  }
  get canvas(): HTMLCanvasElement {
    return this.#renderer.canvas;
  }

  update(changes: StageChanges): void {
    if (this.#destroyed) return;
    if (changes.box) this.#resize(sizeOf(changes.box));
    if (changes.regions) this.#applyRegions(changes.regions);
    if (changes.selected !== undefined) this.#selected = changes.selected ?? undefined;
    if (changes.preview !== undefined) this.#setPreview(changes.preview ?? undefined);
    if (changes.view) this.#setView(changes.view.view, changes.view.gesture);
    this.#invalidate();
  }

  pick(image: Point, tolerance = 0): string | undefined {
    return this.#index.pick(image, tolerance / this.#view.scale);
  }

  shapeOf(id: string): Shape | undefined {
    return this.#index.shapeOf(id);
  }

  handleAt(screen: Point): Handle | undefined {
    const rect = this.#selectedRect();
    if (!rect) return undefined;
    const points = handlePoints(rect);
    let best: Handle | undefined;
    let bestDistance = HANDLE_GRAB;
    for (const handle of HANDLES) {
      const p = toScreen(this.#view, points[handle]);
      const d = Math.max(Math.abs(p.x - screen.x), Math.abs(p.y - screen.y));
      if (d <= bestDistance) {
        best = handle;
        bestDistance = d;
      }
    }
    return best;
  }

  settled(): Promise<void> {
    if (this.#destroyed) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.#invalidate();
    return done;
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    clearTimeout(this.#restTimer);
    this.#renderer.canvas.remove();
    // the static graphics are never on the stage: free them by hand; the photo, the static texture
    // (the static sprite's) and the active layer go with the root
    this.#staticGraphics.destroy();
    this.#root.destroy({ children: true, texture: true, textureSource: true });
    // also loses the WebGL context (WEBGL_lose_context), so the browser can reuse its slot at once
    destroyRenderer(this.#renderer);
    this.#bitmap.close();
    this.#index.clear();
    this.#shapes.clear();
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  // ---- state changes

  #applyRegions(changes: RegionChanges): void {
    if (changes.reset) {
      this.#shapes.clear();
      for (const shape of changes.reset) this.#shapes.set(shape.id, shape);
      this.#index.load(
        changes.reset.map((shape) => ({
          id: shape.id,
          shape: shapeFromRegion(shape, this.image),
          order: shape.order,
        })),
      );
      this.#paintedView = undefined;
    }
    for (const id of changes.remove ?? []) {
      if (!this.#shapes.delete(id)) continue;
      this.#index.delete(id);
      if (this.#painted.has(id)) this.#paintedView = undefined;
    }
    for (const shape of changes.upsert ?? []) {
      this.#shapes.set(shape.id, shape);
      this.#index.set(shape.id, shapeFromRegion(shape, this.image), shape.order);
      // a changed region must be repainted with everything; a new one on top can be painted alone
      if (this.#painted.has(shape.id) || shape.order <= this.#paintedTopOrder) this.#paintedView = undefined;
    }
  }

  #setPreview(preview: Preview | undefined): void {
    this.#preview = preview;
    // the region being edited leaves the static layer so it is not shown twice
    const excluded = preview?.id;
    if (excluded !== this.#excluded) {
      this.#excluded = excluded;
      this.#paintedView = undefined;
    }
  }

  #setView(view: View, gesture: boolean): void {
    this.#view = view;
    if (!gesture) {
      this.#gesturing = false;
      clearTimeout(this.#restTimer);
      return;
    }
    this.#gesturing = true;
    clearTimeout(this.#restTimer);
    this.#restTimer = setTimeout(() => {
      this.#gesturing = false;
      this.#invalidate();
    }, REST_MS);
  }

  #resize(box: Size): void {
    if (box.width === this.#box.width && box.height === this.#box.height) return;
    this.#view = refit(this.#view, this.#box, box, this.image, this.limits, this.align);
    this.#box = box;
    this.#renderedView = undefined; // the next frame is painted in full, never moved
    this.#renderer.resize(box.width, box.height);
    this.#staticTexture.destroy(true);
    this.#staticTexture = this.#makeStaticTexture();
    this.#staticSprite.texture = this.#staticTexture;
    this.#paintedView = undefined;
  }

  #makeStaticTexture(): RenderTexture {
    return RenderTexture.create({
      width: Math.max(1, this.#box.width),
      height: Math.max(1, this.#box.height),
      resolution: this.#renderer.resolution,
    });
  }

  #selectedRect(): PixelRect | undefined {
    if (this.#selected === undefined) return undefined;
    const shape =
      this.#preview && this.#preview.id === this.#selected
        ? this.#preview.shape
        : this.#index.shapeOf(this.#selected);
    return shape?.kind === 'rectangle' ? shape.rect : undefined;
  }

  // ---- painting

  #invalidate(): void {
    if (this.#frame || this.#destroyed) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paint();
    });
  }

  #paint(): void {
    if (this.#destroyed) return;
    const view = this.#view;
    if (this.#gesturing && this.#renderedView) {
      this.#moveCanvas(this.#renderedView, view);
      return;
    }
    this.#renderer.canvas.style.transform = '';
    this.#world.position.set(view.x, view.y);
    this.#world.scale.set(view.scale);
    const stale = this.#paintedView === undefined || !sameView(this.#paintedView, view);
    if (stale && !this.#gesturing) this.#paintStatic();
    else if (!stale) this.#paintNewOnTop();
    this.#placeStatic();
    this.#paintActive();
    this.#renderer.render({ container: this.#root });
    this.#renderedView = view;
    if (
      !this.#gesturing &&
      this.#paintedView !== undefined &&
      sameView(this.#paintedView, view) &&
      this.#allPainted()
    ) {
      for (const resolve of this.#waiters.splice(0)) resolve();
    } else if (this.#waiters.length > 0 && !this.#gesturing) {
      this.#invalidate();
    }
  }

  /**
   * During a gesture the last painted frame is moved and scaled by a CSS transform instead of being
   * painted again: the compositor does that for free, while software WebGL spends tens of ms per frame
   * filling the canvas with the photo (budgets.md, "floor"). Parts that come into view show empty until
   * the view rests and a sharp frame is painted (`REST_MS`). The `.stage` box clips the moved canvas.
   */
  #moveCanvas(from: View, to: View): void {
    const k = to.scale / from.scale;
    const style = this.#renderer.canvas.style;
    style.transformOrigin = '0 0';
    style.transform = `translate(${to.x - from.x * k}px, ${to.y - from.y * k}px) scale(${k})`;
  }

  /** Every region (but the one being edited) that the viewport shows is in the static texture. */
  #allPainted(): boolean {
    for (const id of this.#visibleIds()) if (id !== this.#excluded && !this.#painted.has(id)) return false;
    return true;
  }

  #visibleIds(): string[] {
    const a = toImage(this.#view, { x: 0, y: 0 });
    const b = toImage(this.#view, { x: this.#box.width, y: this.#box.height });
    return this.#index.search({ minX: a.x, minY: a.y, maxX: b.x, maxY: b.y });
  }

  /** Repaints the static texture: the regions in view (culled by the R-tree), in drawing order. */
  #paintStatic(): void {
    const g = this.#staticGraphics;
    g.clear();
    this.#painted = new Set();
    this.#paintedTopOrder = -Infinity;
    for (const id of this.#visibleIds()) {
      if (id === this.#excluded) continue;
      this.#drawRegion(g, id);
    }
    this.#renderer.render({
      container: g,
      target: this.#staticTexture,
      clear: true,
      clearColor: [0, 0, 0, 0],
    });
    this.#paintedView = this.#view;
  }

  /** Paints regions added on top since the last paint into the texture, leaving the rest as it is. */
  #paintNewOnTop(): void {
    const fresh = this.#visibleIds().filter((id) => id !== this.#excluded && !this.#painted.has(id));
    if (fresh.length === 0) return;
    const g = this.#staticGraphics;
    g.clear();
    for (const id of fresh) this.#drawRegion(g, id);
    this.#renderer.render({ container: g, target: this.#staticTexture, clear: false });
  }

  #drawRegion(g: Graphics, id: string): void {
    const shape = this.#shapes.get(id);
    const drawn = this.#index.shapeOf(id);
    if (!shape || !drawn) return;
    drawShape(g, this.#view, drawn, shape.style, 'static');
    this.#painted.add(id);
    this.#paintedTopOrder = Math.max(this.#paintedTopOrder, shape.order);
  }

  /** Shows the static texture where its regions are now: moved and scaled along with the photo while
   *  a gesture runs, in place otherwise. */
  #placeStatic(): void {
    const painted = this.#paintedView;
    if (!painted) {
      this.#staticSprite.visible = false;
      return;
    }
    const k = this.#view.scale / painted.scale;
    this.#staticSprite.visible = true;
    this.#staticSprite.scale.set(k);
    this.#staticSprite.position.set(this.#view.x - painted.x * k, this.#view.y - painted.y * k);
  }

  #paintActive(): void {
    const g = this.#active;
    g.clear();
    const preview = this.#preview;
    if (preview) drawShape(g, this.#view, preview.shape, preview.style, 'editing');
    const selected = this.#selected;
    const region = selected === undefined ? undefined : this.#shapes.get(selected);
    const shape =
      preview && preview.id === selected
        ? preview.shape
        : selected === undefined
          ? undefined
          : this.#index.shapeOf(selected);
    if (!shape || !region) return;
    if (!(preview && preview.id === selected)) drawShape(g, this.#view, shape, region.style, 'selected');
    const stroke = parseColour(region.style.stroke);
    // a box gets its eight resize handles; a polygon shows its vertices
    const points =
      shape.kind === 'rectangle' ? HANDLES.map((h) => handlePoints(shape.rect)[h]) : shape.points;
    const radius = shape.kind === 'rectangle' ? HANDLE_RADIUS : HANDLE_RADIUS - 1.5;
    for (const point of points) {
      const p = toScreen(this.#view, point);
      if (shape.kind === 'rectangle') g.rect(p.x - radius, p.y - radius, radius * 2, radius * 2);
      else g.circle(p.x, p.y, radius);
      g.fill({ color: 0xffffff }).stroke({ color: stroke, width: 1.5 });
    }
  }
}

/** One shape in screen space. Selected shapes get a thicker outline (drawn over their static copy);
 *  an open polygon (one being drawn) gets its line only. */
function drawShape(
  g: Graphics,
  view: View,
  shape: Shape,
  style: RegionStyle,
  state: 'static' | 'selected' | 'editing',
): void {
  const stroke = parseColour(style.stroke);
  const fill = parseColour(style.fill);
  const width = state === 'static' ? style.strokeWidth : style.strokeWidth + 1;
  let fillAlpha = state === 'selected' ? 0 : style.fillAlpha;
  if (shape.kind === 'rectangle' && shape.rect.rotation === 0) {
    const { rect } = shape;
    const a = toScreen(view, { x: rect.x, y: rect.y });
    g.rect(a.x, a.y, rect.width * view.scale, rect.height * view.scale);
  } else {
    const points = shape.kind === 'rectangle' ? corners(shape.rect) : shape.points;
    const flat = points.flatMap((p) => {
      const s = toScreen(view, p);
      return [s.x, s.y];
    });
    const closed = shape.kind === 'rectangle' || shape.closed;
    if (!closed) fillAlpha = 0;
    g.poly(flat, closed);
  }
  if (fillAlpha > 0) g.fill({ color: fill, alpha: fillAlpha });
  if (width > 0) g.stroke({ color: stroke, width: Math.max(width, state === 'static' ? 0 : 1), alpha: 1 });
}

function sameView(a: View, b: View): boolean {
  return a.scale === b.scale && a.x === b.x && a.y === b.y;
}

function sizeOf(size: Size): Size {
  return { width: Math.max(1, Math.round(size.width)), height: Math.max(1, Math.round(size.height)) };
}

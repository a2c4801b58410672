/**
 * Draws an audio object with PixiJS: waveform, segments, the in-point mark and the playhead. Only what
 * is on the canvas is built (one rectangle per pixel column of waveform, the visible segments), in
 * canvas pixels (see time-scale.ts), and each layer is rebuilt only when its inputs change: while
 * playing, a frame usually just moves the playhead and renders.
 *
 * Loaded lazily by the view (a config without media never loads Pixi). `pixi.js/unsafe-eval` replaces
 * Pixi's generated shader code with eval-free versions, so drawing works under a strict CSP.
 */
import 'pixi.js/unsafe-eval';
import { Color, Container, Graphics, WebGLRenderer } from 'pixi.js';
import type { PeakPyramid, SampleChannels } from './peaks.js';
import type { TimeScale } from './time-scale.js';
import { layoutSegments, type SegmentShape } from './segment-geometry.js';
import { OverviewLayer } from './overview-layer.js';
import { OVERVIEW_HEIGHT } from './overview-geometry.js';

export interface WaveTrack {
  readonly pyramid: PeakPyramid;
  /** The decoded channels of this track, for zooms finer than the base peaks. */
  readonly raw: SampleChannels | undefined;
}

export interface AudioStyle {
  readonly background: string;
  readonly wave: string;
  readonly cursor: string;
  readonly cursorWidth: number;
  readonly mark: string;
}

export interface AudioScene {
  readonly scale: TimeScale;
  /** Height of the waveform (all tracks); the overview strip, when shown, goes below it. */
  readonly height: number;
  /** Show the overview strip (the whole file, the visible window, the playhead). */
  readonly overview?: boolean;
  readonly sampleRate: number;
  readonly tracks: readonly WaveTrack[];
  /** Segments to draw, a drag's preview included. */
  readonly segments: readonly SegmentShape[];
  readonly playhead: number;
  /** A marked in-point waiting for its out-point (`[` with no segment selected). */
  readonly inMark: number | undefined;
  readonly style: AudioStyle;
}

export interface AudioRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Draws the scene: rebuilds the layers whose inputs changed, moves the playhead, renders. */
  update(scene: AudioScene): void;
  destroy(): void;
}

export async function mountAudioRenderer(host: HTMLElement, scene: AudioScene): Promise<AudioRenderer> {
  // A WebGLRenderer, not a Pixi Application: frames are painted on demand (no ticker), and no renderer
  // auto-detection, which would pull the WebGPU and canvas renderers into the drop-in bundle.
  const renderer = new WebGLRenderer();
  await renderer.init({
    width: scene.scale.width,
    height: canvasHeight(scene),
    background: scene.style.background,
    antialias: false,
    resolution: globalThis.devicePixelRatio || 1,
    autoDensity: true,
    // keeps the last frame readable (tests and screenshots read pixels); one copy of a small canvas
    preserveDrawingBuffer: true,
    // input is handled by the element: none of Pixi's events, accessibility or DOM extensions
    skipExtensionImports: true,
  });
  renderer.canvas.style.display = 'block';
  host.append(renderer.canvas);
  return new PixiAudioRenderer(renderer, scene);
}

/** What a layer was last built from: rebuilt only when one of these changes. */
interface Built {
  scale: TimeScale | undefined;
  height: number;
  waveVersion: number;
  tracks: readonly WaveTrack[] | undefined;
  segments: readonly SegmentShape[] | undefined;
  style: AudioStyle | undefined;
}

class PixiAudioRenderer implements AudioRenderer {
  readonly #renderer: WebGLRenderer;
  readonly #stage = new Container();
  readonly #wave = new Graphics();
  readonly #segments = new Graphics();
  readonly #mark = new Graphics();
  readonly #playhead = new Graphics();
  readonly #overview = new OverviewLayer();
  readonly #built: Built = {
    scale: undefined,
    height: 0,
    waveVersion: -1,
    tracks: undefined,
    segments: undefined,
    style: undefined,
  };
  #lastPlayheadX = Number.NaN;
  #lastMark: number | undefined = Number.NaN;
  /** Scratch columns for the envelope, reused across frames. */
  #envelope = { min: new Float32Array(0), max: new Float32Array(0) };

  constructor(renderer: WebGLRenderer, scene: AudioScene) {
    this.#renderer = renderer;
    this.#stage.addChild(this.#wave, this.#segments, this.#mark, this.#playhead, this.#overview.container);
    this.update(scene);
  }

  get canvas(): HTMLCanvasElement {
    return this.#renderer.canvas;
  }

  update(scene: AudioScene): void {
    const built = this.#built;
    const { scale } = scene;
    const height = canvasHeight(scene);
    const sized = built.scale?.width === scale.width && built.height === height;
    if (!sized) this.#renderer.resize(scale.width, height);
    const viewChanged = !scale.equals(built.scale) || !sized;
    const styleChanged = scene.style !== built.style;
    const waveVersion = scene.tracks.reduce((sum, t) => sum + t.pyramid.version, 0);
    let dirty = false;
    if (viewChanged || styleChanged || waveVersion !== built.waveVersion || scene.tracks !== built.tracks) {
      this.#drawWave(scene);
      built.waveVersion = waveVersion;
      built.tracks = scene.tracks;
      dirty = true;
    }
    if (viewChanged || scene.segments !== built.segments) {
      this.#drawSegments(scene);
      built.segments = scene.segments;
      dirty = true;
    }
    if (viewChanged || styleChanged || scene.inMark !== this.#lastMark) {
      this.#drawMark(scene);
      this.#lastMark = scene.inMark;
      dirty = true;
    }
    if (styleChanged || !sized) {
      this.#playhead
        .clear()
        .rect(-scene.style.cursorWidth / 2, 0, scene.style.cursorWidth, scene.height)
        .fill(toColour(scene.style.cursor, 0xff0000));
      dirty = true;
    }
    const x = scale.timeToX(scene.playhead);
    if (x !== this.#lastPlayheadX || dirty) {
      this.#playhead.visible = x >= -scene.style.cursorWidth && x <= scale.width + scene.style.cursorWidth;
      this.#playhead.x = x;
      this.#lastPlayheadX = x;
      dirty = true;
    }
    this.#overview.container.visible = scene.overview === true;
    if (scene.overview && this.#overview.update(scene, toColour)) dirty = true;
    built.scale = scale;
    built.height = height;
    built.style = scene.style;
    if (dirty) this.#renderer.render({ container: this.#stage });
  }

  destroy(): void {
    this.#stage.destroy({ children: true });
    this.#renderer.destroy({ removeView: true });
  }

  #drawWave(scene: AudioScene): void {
    const g = this.#wave.clear();
    const { scale, sampleRate, tracks, height } = scene;
    if (tracks.length === 0) return;
    const colour = toColour(scene.style.wave, 0x4a5bd4);
    const band = height / tracks.length;
    const samplesPerColumn = sampleRate / scale.pxPerSecond;
    tracks.forEach((track, t) => {
      const mid = t * band + band / 2;
      const amplitude = (band / 2) * 0.95;
      if (samplesPerColumn < 1 && track.raw) this.#drawSamples(g, scene, track.raw, mid, amplitude);
      else this.#drawColumns(g, scene, track, mid, amplitude);
    });
    g.fill(colour);
  }

  /** One rectangle per pixel column from the column's min to its max. */
  #drawColumns(g: Graphics, scene: AudioScene, track: WaveTrack, mid: number, amplitude: number): void {
    const { scale, sampleRate } = scene;
    const columns = Math.ceil(scale.width);
    if (this.#envelope.min.length < columns)
      this.#envelope = { min: new Float32Array(columns), max: new Float32Array(columns) };
    const out = this.#envelope;
    track.pyramid.envelope(scale.start * sampleRate, sampleRate / scale.pxPerSecond, columns, track.raw, out);
    for (let x = 0; x < columns; x++) {
      const lo = out.min[x]!;
      const hi = out.max[x]!;
      if (Number.isNaN(lo) || Number.isNaN(hi)) continue;
      const top = mid - hi * amplitude;
      g.rect(x, top, 1, Math.max(1, (hi - lo) * amplitude));
    }
  }

  /** Sample level: each sample as a small square, joined by thin bars, so single samples show. */
  #drawSamples(g: Graphics, scene: AudioScene, raw: SampleChannels, mid: number, amplitude: number): void {
    const { scale, sampleRate } = scene;
    const first = Math.max(0, Math.floor(scale.start * sampleRate) - 1);
    const last = Math.min(raw[0]!.length - 1, Math.ceil(scale.end * sampleRate) + 1);
    let previousY: number | undefined;
    let previousX = 0;
    for (let i = first; i <= last; i++) {
      let v = 0;
      for (const channel of raw) v += channel[i]!;
      v /= raw.length;
      const x = scale.timeToX(i / sampleRate);
      const y = mid - v * amplitude;
      g.rect(x - 1.5, y - 1.5, 3, 3);
      if (previousY !== undefined) {
        // a horizontal step then a vertical one: cheap, and exact about where each sample sits
        g.rect(previousX, previousY - 0.5, x - previousX, 1);
        g.rect(x - 0.5, Math.min(previousY, y), 1, Math.abs(y - previousY) + 1);
      }
      previousX = x;
      previousY = y;
    }
  }

  #drawSegments(scene: AudioScene): void {
    const g = this.#segments.clear();
    const width = scene.scale.width;
    for (const box of layoutSegments(
      scene.segments,
      scene.scale,
      scene.height,
      Math.max(1, scene.tracks.length),
    )) {
      const colour = toColour(box.shape.colour, 0x36b37e);
      // clip to just outside the canvas: coordinates stay small whatever the zoom
      const x0 = Math.max(-4, box.x0);
      const x1 = Math.min(width + 4, box.x1);
      const h = box.y1 - box.y0;
      g.rect(x0, box.y0, x1 - x0, h).fill({ color: colour, alpha: box.shape.selected ? 0.4 : 0.2 });
      const edge = box.shape.selected ? 2 : 1;
      if (box.x0 >= -4) g.rect(box.x0, box.y0, edge, h).fill({ color: colour, alpha: 0.9 });
      if (box.x1 <= width + 4) g.rect(box.x1 - edge, box.y0, edge, h).fill({ color: colour, alpha: 0.9 });
      if (box.shape.selected) {
        g.rect(x0, box.y0, x1 - x0, 2).fill({ color: colour, alpha: 0.9 });
        g.rect(x0, box.y1 - 2, x1 - x0, 2).fill({ color: colour, alpha: 0.9 });
      }
    }
  }

  #drawMark(scene: AudioScene): void {
    const g = this.#mark.clear();
    if (scene.inMark === undefined || !scene.scale.shows(scene.inMark)) return;
    const x = scene.scale.timeToX(scene.inMark);
    // dashed, so it does not read as the playhead
    for (let y = 0; y < scene.height; y += 6) g.rect(x - 1, y, 2, 3);
    g.fill(toColour(scene.style.mark, 0xf79009));
  }
}

function canvasHeight(scene: AudioScene): number {
  return scene.height + (scene.overview ? OVERVIEW_HEIGHT : 0);
}

/** A config colour for Pixi; config text that is not a colour gets the fallback. */
function toColour(value: string, fallback: number): number {
  try {
    return new Color(value).toNumber();
  } catch {
    return fallback;
  }
}

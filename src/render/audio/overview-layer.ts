/**
 * The overview strip under the waveform: the whole file at a glance (its envelope and segments), the
 * stretch the main view shows as a window, and the playhead. Drawn in the same Pixi stage (no second
 * WebGL context); each part is rebuilt only when its input changes, and the playhead only moves.
 */
import { Container, Graphics } from 'pixi.js';
import type { AudioScene } from './audio-renderer.js';
import { OVERVIEW_HEIGHT } from './overview-geometry.js';

export class OverviewLayer {
  readonly container = new Container();
  readonly #background = new Graphics();
  readonly #wave = new Graphics();
  readonly #segments = new Graphics();
  readonly #window = new Graphics();
  readonly #playhead = new Graphics();
  #built = {
    waveVersion: -1,
    width: 0,
    top: -1,
    segments: undefined as AudioScene['segments'] | undefined,
    start: Number.NaN,
    end: Number.NaN,
    cursor: '',
  };
  #envelope = { min: new Float32Array(0), max: new Float32Array(0) };

  constructor() {
    this.container.addChild(this.#background, this.#wave, this.#segments, this.#window, this.#playhead);
  }

  /** Returns true when something was redrawn. */
  update(scene: AudioScene, colour: (css: string, fallback: number) => number): boolean {
    const { scale } = scene;
    const width = Math.ceil(scale.width);
    const top = scene.height;
    const built = this.#built;
    const waveVersion = scene.tracks.reduce((sum, t) => sum + t.pyramid.version, 0);
    const resized = built.width !== width || built.top !== top;
    let changed = false;
    this.container.y = top;
    if (resized) {
      this.#background
        .clear()
        .rect(0, 0, width, OVERVIEW_HEIGHT)
        .fill(0xeef0f4)
        .rect(0, 0, width, 1)
        .fill(0xd0d5dd);
    }
    if (resized || waveVersion !== built.waveVersion) {
      this.#drawWave(scene, width, colour(scene.style.wave, 0x5b6ee1));
      built.waveVersion = waveVersion;
      changed = true;
    }
    if (resized || scene.segments !== built.segments) {
      const g = this.#segments.clear();
      for (const s of scene.segments) {
        const x0 = (s.start / scale.duration) * width;
        const x1 = Math.max(x0 + 1, (s.end / scale.duration) * width);
        g.rect(x0, OVERVIEW_HEIGHT - 5, x1 - x0, 4).fill({ color: colour(s.colour, 0x36b37e), alpha: 0.9 });
      }
      built.segments = scene.segments;
      changed = true;
    }
    if (resized || scale.start !== built.start || scale.end !== built.end) {
      const x0 = (scale.start / scale.duration) * width;
      const w = Math.max(2, (scale.span / scale.duration) * width);
      this.#window
        .clear()
        .rect(x0, 1, w, OVERVIEW_HEIGHT - 1)
        .fill({ color: 0x0b65d8, alpha: 0.12 })
        .rect(x0, 1, w, OVERVIEW_HEIGHT - 1)
        .stroke({ color: 0x0b65d8, width: 1, alpha: 0.8, alignment: 1 });
      built.start = scale.start;
      built.end = scale.end;
      changed = true;
    }
    if (resized || built.cursor !== scene.style.cursor) {
      this.#playhead
        .clear()
        .rect(-0.5, 1, 1, OVERVIEW_HEIGHT - 1)
        .fill(colour(scene.style.cursor, 0xff0000));
      built.cursor = scene.style.cursor;
      changed = true;
    }
    const x = (scene.playhead / scale.duration) * width;
    if (this.#playhead.x !== x) {
      this.#playhead.x = x;
      changed = true;
    }
    built.width = width;
    built.top = top;
    return changed;
  }

  /** The whole file's envelope, all tracks merged, in the strip's upper part. */
  #drawWave(scene: AudioScene, width: number, fill: number): void {
    const g = this.#wave.clear();
    if (scene.tracks.length === 0) return;
    if (this.#envelope.min.length < width)
      this.#envelope = { min: new Float32Array(width), max: new Float32Array(width) };
    const out = this.#envelope;
    const lo = new Float32Array(width).fill(Number.NaN);
    const hi = new Float32Array(width).fill(Number.NaN);
    for (const track of scene.tracks) {
      track.pyramid.envelope(0, track.pyramid.totalSamples / width, width, undefined, out);
      for (let x = 0; x < width; x++) {
        if (Number.isNaN(out.min[x]!)) continue;
        lo[x] = Number.isNaN(lo[x]!) ? out.min[x]! : Math.min(lo[x]!, out.min[x]!);
        hi[x] = Number.isNaN(hi[x]!) ? out.max[x]! : Math.max(hi[x]!, out.max[x]!);
      }
    }
    const mid = (OVERVIEW_HEIGHT - 6) / 2 + 1;
    const amplitude = mid - 2;
    for (let x = 0; x < width; x++) {
      if (Number.isNaN(lo[x]!)) continue;
      g.rect(x, mid - hi[x]! * amplitude, 1, Math.max(1, (hi[x]! - lo[x]!) * amplitude));
    }
    g.fill({ color: fill, alpha: 0.6 });
  }
}

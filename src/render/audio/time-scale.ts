/**
 * The horizontal view of a waveform: which stretch of the file the canvas shows and how many pixels a
 * second takes. Immutable: every zoom or scroll makes a new scale, so "did the view change" is an
 * identity check for the renderer.
 *
 * All maths stays in float64 seconds and in pixels relative to the canvas's left edge. Pixi (float32)
 * only ever sees on-screen coordinates, so a playhead 50 minutes into a file at sample zoom lands on
 * the same pixel as one at the start (float32 would lose the milliseconds at 3,000 s × 16,000 px/s).
 */
export interface TimeScaleInit {
  /** Length of the file in seconds (> 0). */
  readonly duration: number;
  /** Canvas width in CSS pixels (> 0). */
  readonly width: number;
  /** 1 = the whole file fits the width; 2 = half of it does; … */
  readonly zoom?: number;
  /** Time at the left edge, in seconds. */
  readonly start?: number;
  /** The largest zoom allowed (see {@link maxZoomFor}); unbounded when absent. */
  readonly maxZoom?: number;
}

/** At the deepest zoom one sample takes this many pixels: enough to see and click single samples. */
export const PIXELS_PER_SAMPLE_AT_MAX_ZOOM = 24;

/** The zoom at which one sample spans {@link PIXELS_PER_SAMPLE_AT_MAX_ZOOM} pixels. */
export function maxZoomFor(duration: number, width: number, sampleRate: number): number {
  return Math.max(1, (sampleRate * PIXELS_PER_SAMPLE_AT_MAX_ZOOM * duration) / Math.max(1, width));
}

export class TimeScale {
  readonly duration: number;
  readonly width: number;
  readonly zoom: number;
  readonly start: number;
  readonly maxZoom: number;

  constructor(init: TimeScaleInit) {
    this.duration = init.duration > 0 && Number.isFinite(init.duration) ? init.duration : 1;
    this.width = Math.max(1, init.width);
    this.maxZoom = Math.max(1, init.maxZoom ?? Number.POSITIVE_INFINITY);
    this.zoom = clamp(Number.isFinite(init.zoom) ? init.zoom! : 1, 1, this.maxZoom);
    const span = this.width / this.pxPerSecond;
    this.start = clamp(init.start ?? 0, 0, Math.max(0, this.duration - span));
  }

  /** Pixels one second takes at this zoom. */
  get pxPerSecond(): number {
    return (this.width / this.duration) * this.zoom;
  }

  /** Seconds the canvas shows. */
  get span(): number {
    return this.width / this.pxPerSecond;
  }

  get end(): number {
    return this.start + this.span;
  }

  timeToX(time: number): number {
    return (time - this.start) * this.pxPerSecond;
  }

  xToTime(x: number): number {
    return this.start + x / this.pxPerSecond;
  }

  /** The time under x, kept inside the file. */
  clampedTimeAt(x: number): number {
    return clamp(this.xToTime(x), 0, this.duration);
  }

  with(changes: Partial<TimeScaleInit>): TimeScale {
    return new TimeScale({
      duration: this.duration,
      width: this.width,
      zoom: this.zoom,
      start: this.start,
      maxZoom: this.maxZoom,
      ...changes,
    });
  }

  /** Zooms keeping `time` under the same pixel (the pointer, the playhead). */
  zoomAround(zoom: number, time: number): TimeScale {
    const x = this.timeToX(time);
    const next = this.with({ zoom });
    return next.with({ start: time - x / next.pxPerSecond });
  }

  /** Puts `time` at the centre (as far as the ends of the file allow). */
  centredOn(time: number): TimeScale {
    return this.with({ start: time - this.span / 2 });
  }

  /** Scrolls by a number of pixels. */
  scrolledBy(px: number): TimeScale {
    return this.with({ start: this.start + px / this.pxPerSecond });
  }

  /** Whether a time is on the canvas. */
  shows(time: number): boolean {
    return time >= this.start && time <= this.end;
  }

  /** Same view (for change checks). */
  equals(other: TimeScale | undefined): boolean {
    return (
      other !== undefined &&
      other.duration === this.duration &&
      other.width === this.width &&
      other.zoom === this.zoom &&
      other.start === this.start
    );
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Waveform peaks: the min and max sample of each block of samples, at a base resolution and at
 * coarser levels built from it (a pyramid, each level 4× coarser), so any zoom reads about one peak
 * per pixel column instead of scanning samples. Below the base resolution the view reads the samples
 * themselves (a visible stretch that short is a few hundred thousand samples at most).
 *
 * Sizes: at 256 samples a peak, one hour of 16 kHz mono is 225,000 peaks (1.8 MB of Float32 for min
 * and max, 2.4 MB with the coarser levels); 44.1 kHz is 5 MB. Peaks arrive in order, chunk by chunk
 * (see peaks-job.ts), and `ready` says how far each level is known, so a partly computed file draws
 * what is known and leaves the rest blank.
 */

/** Samples per peak at the finest level. */
export const BASE_SAMPLES_PER_PEAK = 256;
/** Each coarser level merges this many peaks of the level below. */
export const LEVEL_FACTOR = 4;

/**
 * Min and max of every `samplesPerPeak` samples, across all given channels (a merged envelope when
 * more than one channel is given). The last peak covers what is left.
 *
 * Self-contained on purpose: the peaks Worker runs this very function from its source text
 * (peaks-worker.ts), so the Worker and the main-thread fallback cannot disagree.
 */
export function computeMinMax(
  channels: readonly Float32Array[],
  samplesPerPeak: number,
  min: Float32Array,
  max: Float32Array,
): void {
  const length = channels.length === 0 ? 0 : channels[0]!.length;
  const count = Math.ceil(length / samplesPerPeak);
  for (let p = 0; p < count; p++) {
    const from = p * samplesPerPeak;
    const to = Math.min(length, from + samplesPerPeak);
    let lo = Infinity;
    let hi = -Infinity;
    for (let c = 0; c < channels.length; c++) {
      const data = channels[c]!;
      for (let i = from; i < to; i++) {
        const v = data[i]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    min[p] = lo;
    max[p] = hi;
  }
}

export interface PeakLevel {
  /** Samples each peak of this level covers. */
  readonly samplesPerPeak: number;
  readonly min: Float32Array;
  readonly max: Float32Array;
  /** Peaks [0, ready) are known. */
  ready: number;
}

/** Where raw samples come from below the base resolution: the decoded channels, when we have them. */
export type SampleChannels = readonly Float32Array[];

export class PeakPyramid {
  readonly levels: readonly PeakLevel[];
  readonly totalSamples: number;
  /** Rises with every write: the renderer redraws when it changes. */
  version = 0;

  constructor(totalSamples: number, base = BASE_SAMPLES_PER_PEAK) {
    this.totalSamples = totalSamples;
    const levels: PeakLevel[] = [];
    let spp = base;
    for (;;) {
      const count = Math.max(1, Math.ceil(totalSamples / spp));
      levels.push({
        samplesPerPeak: spp,
        min: new Float32Array(count),
        max: new Float32Array(count),
        ready: 0,
      });
      if (count <= 512) break;
      spp *= LEVEL_FACTOR;
    }
    this.levels = levels;
  }

  get complete(): boolean {
    return this.levels.every((level) => level.ready >= level.min.length);
  }

  /** Samples of the file whose peaks are known, counted from the start. */
  knownSamples(): number {
    const base = this.levels[0]!;
    return Math.min(this.totalSamples, base.ready * base.samplesPerPeak);
  }

  /** Stores base peaks starting at peak `first` (must continue where the last write ended) and
   *  updates the coarser levels as far as their inputs are known. */
  write(first: number, min: Float32Array, max: Float32Array): void {
    const base = this.levels[0]!;
    if (first !== base.ready)
      throw new Error(`Peaks must arrive in order (expected ${base.ready}, got ${first})`);
    const n = Math.min(min.length, base.min.length - first);
    base.min.set(min.subarray(0, n), first);
    base.max.set(max.subarray(0, n), first);
    base.ready = first + n;
    for (let k = 1; k < this.levels.length; k++) {
      const lower = this.levels[k - 1]!;
      const level = this.levels[k]!;
      while (level.ready < level.min.length) {
        const from = level.ready * LEVEL_FACTOR;
        const to = Math.min(lower.min.length, from + LEVEL_FACTOR);
        if (lower.ready < to) break;
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = from; i < to; i++) {
          lo = Math.min(lo, lower.min[i]!);
          hi = Math.max(hi, lower.max[i]!);
        }
        level.min[level.ready] = lo;
        level.max[level.ready] = hi;
        level.ready += 1;
      }
    }
    this.version += 1;
  }

  /**
   * The envelope of `columns` pixel columns, column i covering samples
   * [firstSample + i·samplesPerColumn, firstSample + (i+1)·samplesPerColumn). Unknown columns (not
   * computed yet, or outside the file) get NaN. Reads the coarsest level that still has at least one
   * peak per column, or the raw samples when a column is narrower than a base peak.
   */
  envelope(
    firstSample: number,
    samplesPerColumn: number,
    columns: number,
    raw: SampleChannels | undefined,
    out: Envelope,
  ): void {
    out.min.fill(Number.NaN, 0, columns);
    out.max.fill(Number.NaN, 0, columns);
    if (raw && raw.length > 0 && samplesPerColumn < this.levels[0]!.samplesPerPeak) {
      envelopeFromSamples(raw, firstSample, samplesPerColumn, columns, out);
      return;
    }
    let level = this.levels[0]!;
    for (const candidate of this.levels) if (candidate.samplesPerPeak <= samplesPerColumn) level = candidate;
    const spp = level.samplesPerPeak;
    for (let i = 0; i < columns; i++) {
      const s0 = firstSample + i * samplesPerColumn;
      const s1 = s0 + samplesPerColumn;
      const from = Math.max(0, Math.floor(s0 / spp));
      const to = Math.min(level.ready, Math.max(from + 1, Math.ceil(s1 / spp)));
      if (from >= to || s1 <= 0 || s0 >= this.totalSamples) continue;
      let lo = Infinity;
      let hi = -Infinity;
      for (let p = from; p < to; p++) {
        lo = Math.min(lo, level.min[p]!);
        hi = Math.max(hi, level.max[p]!);
      }
      out.min[i] = lo;
      out.max[i] = hi;
    }
  }
}

export interface Envelope {
  readonly min: Float32Array;
  readonly max: Float32Array;
}

function envelopeFromSamples(
  raw: SampleChannels,
  firstSample: number,
  samplesPerColumn: number,
  columns: number,
  out: Envelope,
): void {
  const length = raw[0]!.length;
  for (let i = 0; i < columns; i++) {
    const s0 = firstSample + i * samplesPerColumn;
    const from = Math.max(0, Math.floor(s0));
    const to = Math.min(length, Math.max(from + 1, Math.ceil(s0 + samplesPerColumn)));
    if (from >= to) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (const data of raw) {
      for (let s = from; s < to; s++) {
        const v = data[s]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    out.min[i] = lo;
    out.max[i] = hi;
  }
}

/**
 * Computes the peaks of a decoded file progressively: chunk by chunk from the start, each chunk's
 * peaks stored as soon as they are known, so the first view draws before the file is done.
 *
 * With a Worker (peaks-worker.ts) the main thread copies one chunk per channel (about a millisecond
 * for a million samples) and transfers it; a few chunks are in flight at once. Without one, the main
 * thread computes in slices of at most {@link SLICE_MS} and yields between them, so input and drawing
 * never wait long.
 */
import { BASE_SAMPLES_PER_PEAK, PeakPyramid, computeMinMax } from './peaks.js';
import {
  markWorkerRefused,
  startPeaksWorker,
  type PeaksRequest,
  type PeaksResponse,
} from './peaks-worker.js';

/** What the job reads: an `AudioBuffer` fits. */
export interface SampleSource {
  readonly length: number;
  readonly numberOfChannels: number;
  getChannelData(channel: number): Float32Array;
  copyFromChannel(destination: Float32Array, channel: number, startInChannel: number): void;
}

export interface PeaksJobOptions {
  /** Channel indexes per drawn track: `[[0, 1]]` merges a stereo file, `[[0], [1]]` splits it. */
  readonly tracks: readonly (readonly number[])[];
  /** Called after each stored chunk. */
  readonly onProgress?: () => void;
  /** Use a Worker when the page allows one (default true). */
  readonly useWorker?: boolean;
  /** Samples per chunk (a multiple of the base peak size). */
  readonly chunkSamples?: number;
}

/** Longest main-thread slice of the fallback, in ms. */
export const SLICE_MS = 8;
const WORKER_CHUNK = BASE_SAMPLES_PER_PEAK * 4096; // ~1M samples: 4 MB per channel in flight
const MAIN_CHUNK = BASE_SAMPLES_PER_PEAK * 256; // ~65k samples: well under a millisecond
const IN_FLIGHT = 3;

export class PeaksJob {
  readonly pyramids: readonly PeakPyramid[];
  /** Settles when every peak is known (or the job was cancelled). */
  readonly done: Promise<void>;
  #mode: 'worker' | 'main-thread' = 'main-thread';
  #cancelled = false;
  #worker: Worker | undefined;
  readonly #source: SampleSource;
  readonly #options: PeaksJobOptions;
  /** Next chunk to hand out, as (chunk, track) flattened. */
  #next = 0;

  constructor(source: SampleSource, options: PeaksJobOptions) {
    this.#source = source;
    this.#options = options;
    this.pyramids = options.tracks.map(() => new PeakPyramid(source.length));
    this.done = this.#run();
  }

  /** Where the peaks were computed: in a Worker, or on the main thread in slices. */
  get mode(): 'worker' | 'main-thread' {
    return this.#mode;
  }

  get complete(): boolean {
    return this.pyramids.every((p) => p.complete);
  }

  cancel(): void {
    this.#cancelled = true;
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  async #run(): Promise<void> {
    const worker = this.#options.useWorker === false ? undefined : startPeaksWorker();
    if (worker) {
      this.#mode = 'worker';
      this.#worker = worker;
      const finished = await this.#runInWorker(worker);
      worker.terminate();
      this.#worker = undefined;
      if (finished || this.#cancelled) return;
      // the Worker failed (refused late by a CSP, or crashed): finish here, from where it stopped
      markWorkerRefused();
      this.#mode = 'main-thread';
    }
    await this.#runOnMainThread();
  }

  #chunkSize(fallback: number): number {
    const size = this.#options.chunkSamples ?? fallback;
    return Math.max(BASE_SAMPLES_PER_PEAK, Math.round(size / BASE_SAMPLES_PER_PEAK) * BASE_SAMPLES_PER_PEAK);
  }

  /** Resolves true when all peaks came back, false when the Worker failed first. */
  #runInWorker(worker: Worker): Promise<boolean> {
    const chunk = this.#chunkSize(WORKER_CHUNK);
    const tracks = this.#options.tracks;
    const total = Math.ceil(this.#source.length / chunk) * tracks.length;
    const pending = new Map<number, { track: number; firstPeak: number }>();
    /** Chunk buffers back from the Worker, reused for the next copies. */
    const spare: ArrayBuffer[] = [];
    return new Promise<boolean>((resolve) => {
      const send = () => {
        while (!this.#cancelled && pending.size < IN_FLIGHT && this.#next < total) {
          const seq = this.#next++;
          const track = seq % tracks.length;
          const offset = Math.floor(seq / tracks.length) * chunk;
          const length = Math.min(chunk, this.#source.length - offset);
          const channels = tracks[track]!.map((channel) => {
            const reuse = spare.pop();
            const copy =
              reuse && reuse.byteLength >= length * 4
                ? new Float32Array(reuse, 0, length)
                : new Float32Array(Math.min(chunk, this.#source.length)).subarray(0, length);
            this.#source.copyFromChannel(copy, channel, offset);
            return copy;
          });
          pending.set(seq, { track, firstPeak: offset / BASE_SAMPLES_PER_PEAK });
          const request: PeaksRequest = { seq, channels, samplesPerPeak: BASE_SAMPLES_PER_PEAK };
          worker.postMessage(
            request,
            channels.map((c) => c.buffer),
          );
        }
        if (this.#cancelled || (pending.size === 0 && this.#next >= total)) resolve(true);
      };
      worker.onmessage = (event: MessageEvent<PeaksResponse>) => {
        const { seq, min, max, channels } = event.data;
        for (const c of channels) spare.push(c.buffer as ArrayBuffer);
        const job = pending.get(seq);
        if (!job || this.#cancelled) return;
        pending.delete(seq);
        this.pyramids[job.track]!.write(job.firstPeak, min, max);
        this.#options.onProgress?.();
        send();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // chunks sent but not answered are computed again by the main-thread pass, which resumes
        // from what the pyramids hold
        resolve(false);
      };
      send();
    });
  }

  async #runOnMainThread(): Promise<void> {
    const chunk = this.#chunkSize(MAIN_CHUNK);
    const tracks = this.#options.tracks;
    const channelData = tracks.map((channels) => channels.map((c) => this.#source.getChannelData(c)));
    const pyramids = this.pyramids;
    let sliceStart = performance.now();
    // resume where a failed Worker stopped: the first peak no track has yet
    const resumeAt = Math.min(...pyramids.map((p) => p.levels[0]!.ready)) * BASE_SAMPLES_PER_PEAK;
    for (let offset = resumeAt; offset < this.#source.length; offset += chunk) {
      if (this.#cancelled) return;
      const length = Math.min(chunk, this.#source.length - offset);
      const count = Math.ceil(length / BASE_SAMPLES_PER_PEAK);
      tracks.forEach((_, t) => {
        const firstPeak = offset / BASE_SAMPLES_PER_PEAK;
        if (pyramids[t]!.levels[0]!.ready > firstPeak) return; // the Worker already did this one
        const min = new Float32Array(count);
        const max = new Float32Array(count);
        computeMinMax(
          channelData[t]!.map((data) => data.subarray(offset, offset + length)),
          BASE_SAMPLES_PER_PEAK,
          min,
          max,
        );
        pyramids[t]!.write(firstPeak, min, max);
      });
      if (performance.now() - sliceStart >= SLICE_MS / 2) {
        this.#options.onProgress?.();
        await yieldToBrowser();
        sliceStart = performance.now();
      }
    }
    this.#options.onProgress?.();
  }
}

/** Gives the browser a turn (input, rendering) between slices. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

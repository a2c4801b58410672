/**
 * The peaks Worker: computes min/max peaks of sample chunks the page transfers to it, so the main
 * thread only copies chunks and stores results.
 *
 * Why a Worker made from a `Blob` of our own function's source, not a module file
 * (`new Worker(new URL('./peaks.worker.js', import.meta.url))`):
 * - it survives every build: the single-file drop-in bundle (no second file to ship next to it), the
 *   npm build consumed by any host bundler, Storybook's Vite, and the test runner's on-the-fly TS;
 * - it works when the library is served from a CDN (a module Worker must be same-origin).
 * The cost is one CSP directive: `worker-src blob:` (without it, `script-src` applies, which usually
 * does not list `blob:`). Under Trusted Types the URL goes through our `label-workspace` policy.
 * When the Worker cannot start, peaks-job.ts computes on the main thread in slices of a few ms, and
 * does not try a Worker again on this page (one refused attempt, one CSP report, not one per file).
 */
import { computeMinMax } from './peaks.js';
import { revokeScriptUrl, scriptUrlFor } from '../trusted-types.js';

export interface PeaksRequest {
  readonly seq: number;
  /** One chunk of each channel of a track (same length); merged into one envelope. */
  readonly channels: readonly Float32Array[];
  readonly samplesPerPeak: number;
}

export interface PeaksResponse {
  readonly seq: number;
  readonly min: Float32Array;
  readonly max: Float32Array;
  /** The request's chunks, handed back so the page copies the next chunk into them: an hour of
   *  audio would otherwise allocate (and garbage-collect) its whole size again in 4 MB pieces. */
  readonly channels: readonly Float32Array[];
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<PeaksRequest>) => void) | null;
  postMessage(message: PeaksResponse, transfer: Transferable[]): void;
}

/** Runs inside the Worker. Refers to nothing outside itself: it is sent as source text. */
function workerMain(scope: WorkerScope, compute: typeof computeMinMax): void {
  scope.onmessage = (event) => {
    const { seq, channels, samplesPerPeak } = event.data;
    const count = channels.length === 0 ? 0 : Math.ceil(channels[0]!.length / samplesPerPeak);
    const min = new Float32Array(count);
    const max = new Float32Array(count);
    compute(channels, samplesPerPeak, min, max);
    scope.postMessage({ seq, min, max, channels }, [
      min.buffer,
      max.buffer,
      ...channels.map((c) => c.buffer),
    ]);
  };
}

/** The Worker's whole source: `workerMain` run with `computeMinMax`, both as text. */
export function peaksWorkerSource(): string {
  return `(${workerMain.toString()})(self, ${computeMinMax.toString()});`;
}

let refusedOnThisPage = false;

/** Starts a peaks Worker, or returns undefined when this page does not allow one (CSP, Trusted
 *  Types) or an earlier attempt failed. */
export function startPeaksWorker(): Worker | undefined {
  if (refusedOnThisPage || typeof Worker === 'undefined') return undefined;
  const script = scriptUrlFor(peaksWorkerSource());
  if (!script) {
    refusedOnThisPage = true;
    return undefined;
  }
  try {
    const worker = new Worker(script.trusted as string, { name: 'label-elements peaks' });
    // the Worker has read its script once it answers; revoking earlier could race its fetch
    worker.addEventListener('message', () => revokeScriptUrl(script.url), { once: true });
    worker.addEventListener('error', () => revokeScriptUrl(script.url), { once: true });
    return worker;
  } catch {
    revokeScriptUrl(script.url);
    refusedOnThisPage = true;
    return undefined;
  }
}

/** Called when a started Worker failed before answering (e.g. a CSP that refuses it late). */
export function markWorkerRefused(): void {
  refusedOnThisPage = true;
}

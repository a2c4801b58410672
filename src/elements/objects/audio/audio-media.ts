import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LabelLoadErrorEvent } from '../../../events/index.js';
import { checkAudioUrl } from '../../../render/audio/audio-url.js';
import { AudioLoadError, loadAudio } from '../../../render/audio/load-audio.js';
import { MediaClock } from '../../../render/audio/media-clock.js';
import { PeaksJob } from '../../../render/audio/peaks-job.js';

/** What an `<Audio>` view has to show: nothing yet, a wait, why it failed, or the loaded file. */
export type AudioMediaState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'error'; readonly url: string; readonly message: string }
  | {
      readonly status: 'ready';
      readonly url: string;
      readonly buffer: AudioBuffer;
      /** Channel indexes of each drawn track: one merged track, or one per channel (`splitChannels`). */
      readonly tracks: readonly (readonly number[])[];
      readonly peaks: PeaksJob;
      readonly clock: MediaClock;
    };

/**
 * Loads the file of an `<Audio>` for its view: checks the address (refused ones are never fetched),
 * decodes it, starts the peaks job and the media element. A refused or failed load fires
 * `label-load-error` from the host, once per address. Everything stops when the host leaves the page.
 */
export class AudioMediaController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onProgress: () => void;
  #state: AudioMediaState = { status: 'empty' };
  #value: unknown;
  #object = '';
  #split = false;
  #abort: AbortController | undefined;
  #loaded = settledPromise();

  constructor(host: ReactiveControllerHost & HTMLElement, onProgress: () => void) {
    this.#host = host;
    this.#onProgress = onProgress;
    host.addController(this);
  }

  get state(): AudioMediaState {
    return this.#state;
  }

  /** Settles once the first peaks are known or the load has failed. Never rejects. */
  get loaded(): Promise<void> {
    return this.#loaded.promise;
  }

  /** Call from the host's `willUpdate`: loads the bound address when it (or the channel split)
   *  changed. */
  setSource(value: unknown, objectName: string, splitChannels = false): void {
    if (
      value === this.#value &&
      objectName === this.#object &&
      splitChannels === this.#split &&
      this.#state.status !== 'empty'
    )
      return;
    this.#value = value;
    this.#object = objectName;
    this.#split = splitChannels;
    this.#stop();
    this.#loaded = settledPromise();
    const verdict = checkAudioUrl(value, document.baseURI);
    if (!verdict.ok) {
      this.#fail(typeof value === 'string' ? value : '', `Not loaded: ${verdict.message}`);
      return;
    }
    void this.#load(verdict.url);
  }

  hostConnected(): void {
    // moved in the page: load again what the last disconnect stopped
    if (this.#state.status === 'empty' && this.#value !== undefined) {
      const value = this.#value;
      this.#value = undefined;
      this.setSource(value, this.#object, this.#split);
    }
  }

  hostDisconnected(): void {
    this.#stop();
    this.#state = { status: 'empty' };
  }

  async #load(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: 'loading', url });
    try {
      const buffer = await loadAudio(url, abort.signal);
      if (abort.signal.aborted) return;
      // made after decoding: a media element reading the same file meanwhile slows decoding down
      // (measured: 60 min at 16 kHz decoded in ~1.0 s alone, 3-6 s beside a loading <audio>)
      const clock = new MediaClock(url);
      const channels = Array.from({ length: buffer.numberOfChannels }, (_, i) => i);
      const tracks = this.#split && channels.length > 1 ? channels.map((c) => [c]) : [channels];
      let first = true;
      let shown = 0;
      const peaks = new PeaksJob(buffer, {
        tracks,
        onProgress: () => {
          if (abort.signal.aborted) return;
          // the first peaks at once, then a redraw at most every PROGRESS_MS: on software WebGL a
          // waveform redraw costs tens of ms, and a file arrives in dozens of chunks
          const now = performance.now();
          if (first || now - shown >= PROGRESS_MS) {
            shown = now;
            this.#onProgress();
          }
          if (first) this.#loaded.resolve();
          first = false;
        },
      });
      this.#set({ status: 'ready', url, buffer, tracks, peaks, clock });
      void peaks.done.then(() => {
        if (!abort.signal.aborted) this.#onProgress();
        this.#loaded.resolve();
      });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(
        url,
        error instanceof AudioLoadError
          ? `Could not load ${url}: ${error.message}`
          : `Could not load ${url}.`,
      );
    }
  }

  #fail(url: string, message: string): void {
    this.#set({ status: 'error', url, message });
    this.#host.dispatchEvent(new LabelLoadErrorEvent({ object: this.#object, url, message }));
    this.#loaded.resolve();
  }

  #set(state: AudioMediaState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    const state = this.#state;
    if (state.status === 'ready') {
      state.peaks.cancel();
      state.clock.destroy();
    }
    this.#loaded.resolve();
  }
}

/** Least time between two redraws while peaks come in. */
const PROGRESS_MS = 200;

function settledPromise(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

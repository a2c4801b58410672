import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AudioRenderer,
  AudioScene,
  AudioStyle,
  WaveTrack,
} from '../../../render/audio/audio-renderer.js';
import type { SegmentShape } from '../../../render/audio/segment-geometry.js';
import { TimeScale, maxZoomFor } from '../../../render/audio/time-scale.js';
import type { AudioMediaState } from './audio-media.js';

type Ready = Extract<AudioMediaState, { status: 'ready' }>;

/** What the stage draws, asked for at every frame it renders. */
export interface StageSource {
  media(): AudioMediaState;
  segments(): readonly SegmentShape[];
  inMark(): number | undefined;
  style(): AudioStyle;
  height(): number;
  /** Whether to draw the overview strip under the waveform. */
  overview(): boolean;
  /** Initial zoom (the Audio's `defaultZoom`). */
  defaultZoom(): number;
  /** Called after each rendered frame with the media time it showed. */
  onFrame(time: number): void;
}

/**
 * The view's canvas: mounts the Pixi renderer (loaded on first use), owns the time scale (zoom and
 * scroll), and runs the frame loop. A frame is drawn when something changed (`invalidate()`) and at
 * every animation frame while playing; each frame reads the media clock once, so the playhead and the
 * sound cannot drift apart. While playing, the view pages along so the playhead stays on screen.
 */
export class AudioStage implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: StageSource;
  #container: HTMLElement | undefined;
  #renderer: AudioRenderer | undefined;
  #mounting: Promise<void> | undefined;
  #scale: TimeScale | undefined;
  #width = 0;
  #frame = 0;
  #media: Ready | undefined;
  #tracks: readonly WaveTrack[] = [];
  #resize: ResizeObserver | undefined;
  #drawn = deferred();
  #failure: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, source: StageSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  /** The current view; undefined until the file is loaded and the canvas has a width. */
  get scale(): TimeScale | undefined {
    return this.#scale;
  }

  /** Settles after the first frame that shows the loaded file. */
  get drawn(): Promise<void> {
    return this.#drawn.promise;
  }

  /** Why the canvas could not be made (no WebGL), if it could not. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /** Where to put the canvas; call once the host has rendered it. */
  attach(container: HTMLElement): void {
    if (this.#container === container) return;
    this.#resize?.disconnect();
    this.#container = container;
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(container);
    this.#measure();
  }

  setScale(scale: TimeScale): void {
    if (scale.equals(this.#scale)) return;
    this.#scale = scale;
    this.invalidate();
    this.#host.requestUpdate();
  }

  /** Asks for a frame (coalesced: at most one per animation frame). */
  invalidate(): void {
    if (this.#frame === 0 && this.#host.isConnected) this.#frame = requestAnimationFrame(this.#tick);
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#container = undefined;
    this.#renderer?.destroy();
    this.#renderer = undefined;
    this.#mounting = undefined;
    this.#media = undefined;
    this.#scale = undefined;
    this.#drawn = deferred();
  }

  #measure(): void {
    const width = Math.floor(this.#container?.clientWidth ?? 0);
    if (width <= 0 || width === this.#width) return;
    this.#width = width;
    if (this.#scale) this.setScale(this.#scale.with({ width, maxZoom: this.#maxZoom(width) }));
    this.#sync();
  }

  #maxZoom(width: number): number {
    const media = this.#media;
    return media ? maxZoomFor(media.buffer.duration, width, media.buffer.sampleRate) : 1;
  }

  /** Follows the media state: a new file gets a fresh fitted scale and its tracks. */
  #sync(): void {
    const state = this.#source.media();
    const media = state.status === 'ready' ? state : undefined;
    if (media !== this.#media) {
      this.#media = media;
      this.#scale = undefined;
      this.#tracks = media
        ? media.peaks.pyramids.map((pyramid, i) => ({
            pyramid,
            raw: media.tracks[i]!.map((c) => media.buffer.getChannelData(c)),
          }))
        : [];
    }
    if (state.status === 'error' || state.status === 'empty') {
      // nothing to draw: give the WebGL context back (a page may hold only about 16)
      this.#renderer?.destroy();
      this.#renderer = undefined;
      this.#mounting = undefined;
      return;
    }
    // Pixi loads and initialises (shader compilation: 100+ ms of main thread on software GL) while
    // the file is still being fetched and decoded off the main thread, not after
    if (this.#container && this.#width > 0 && !this.#renderer && !this.#mounting)
      this.#mounting = this.#mount();
    if (!media || this.#width <= 0) return;
    if (!this.#scale) {
      const maxZoom = this.#maxZoom(this.#width);
      this.#scale = new TimeScale({
        duration: media.buffer.duration,
        width: this.#width,
        zoom: this.#source.defaultZoom(),
        maxZoom,
      });
    }
    this.invalidate();
  }

  async #mount(): Promise<void> {
    const container = this.#container;
    if (!container) return;
    // until the file is decoded the canvas is an empty stage of the right size
    const scene: AudioScene = this.#scene() ?? {
      scale: new TimeScale({ duration: 1, width: this.#width }),
      height: this.#source.height(),
      sampleRate: 1,
      tracks: [],
      segments: [],
      playhead: 0,
      inMark: undefined,
      style: this.#source.style(),
    };
    try {
      const { mountAudioRenderer } = await import('../../../render/audio/audio-renderer.js');
      const renderer = await mountAudioRenderer(container, scene);
      if (this.#container !== container || this.#mounting === undefined) return renderer.destroy();
      this.#renderer = renderer;
      this.invalidate();
    } catch (error) {
      this.#failure = `The waveform cannot be drawn in this browser (${error instanceof Error ? error.message : String(error)}).`;
      this.#drawn.resolve();
      this.#host.requestUpdate();
    }
  }

  #scene(): AudioScene | undefined {
    const media = this.#media;
    const scale = this.#scale;
    if (!media || !scale) return undefined;
    return {
      scale,
      height: this.#source.height(),
      overview: this.#source.overview(),
      sampleRate: media.buffer.sampleRate,
      tracks: this.#tracks,
      segments: this.#source.segments(),
      playhead: media.clock.time,
      inMark: this.#source.inMark(),
      style: this.#source.style(),
    };
  }

  #tick = (): void => {
    this.#frame = 0;
    const media = this.#media;
    if (!media || !this.#renderer || !this.#scale) return;
    media.clock.tick();
    const time = media.clock.time;
    const playing = media.clock.playing;
    if (playing && !this.#scale.shows(time)) this.setScale(this.#scale.with({ start: time }));
    this.#renderer.update(this.#scene()!);
    this.#source.onFrame(time);
    if (media.peaks.pyramids[0]!.version > 0 || media.peaks.complete) this.#drawn.resolve();
    if (playing) this.invalidate();
  };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

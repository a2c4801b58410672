import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { objectViewStyles } from './object-view.styles.js';
import { audioViewStyles } from './audio/audio-view.styles.js';
import { AudioMediaController } from './audio/audio-media.js';
import { AudioStage } from './audio/audio-stage.js';
import { SegmentEditor } from './audio/segment-editor.js';
import { audioKeyAction } from './audio/audio-keys.js';
import { SPEEDS, formatTime, renderToolbar } from './audio/audio-toolbar.js';
import { SegmentShapes } from './audio/segment-shapes.js';
import type { AudioStyle } from '../../render/audio/audio-renderer.js';
import { safeColour } from '../../render/text/span-colours.js';
import { OVERVIEW_HEIGHT, overviewTimeAt } from '../../render/audio/overview-geometry.js';

/**
 * Shows an `<Audio>` object (ls-spec §6.11): its waveform drawn with PixiJS, playback through an HTML
 * `<audio>` element whose clock the playhead follows every frame, and the labelled segments of its
 * `<Labels>` controls. The file is decoded off the main thread and its peaks are computed in a Worker,
 * progressively: the waveform fills in from the start while the rest is computed.
 *
 * Mouse: drag on the waveform with a label chosen to create a segment; drag an edge to resize, the
 * body to move; click a segment to select it (its per-region controls, e.g. a transcription, show);
 * click elsewhere to seek. Ctrl+wheel zooms around the pointer, a horizontal wheel (or Shift+wheel)
 * scrolls. Keyboard, with the waveform focused: Space play/pause, Shift+Space loop the selected
 * segment, ←/→ seek 1 s (Shift: 5 s), Home/End, +/− zoom, `[`/`]` in- and out-points at the playhead,
 * Delete, Escape (table in `audio/audio-keys.ts`).
 *
 * @summary Waveform, playback and labelled segments of a Label Studio `<Audio>` object.
 * @tag label-audio-view
 * @fires label-load-error - The audio address was refused or the file could not be loaded or decoded.
 * @fires label-region-input - A segment drag is running (its items as they would be).
 * @fires label-region-change - A segment edit was committed (create, resize, move, in/out point, delete).
 * @csspart toolbar - play, zoom, volume and speed controls
 * @csspart time - the current time and the duration
 * @csspart waveform - the focusable waveform area holding the canvas
 * @csspart scrollbar - the horizontal scroll slider (shown when zoomed in)
 * @csspart hint - short help and messages about the last key or gesture
 * @csspart status - the loading or error message
 * @cssprop --label-accent - focus outline of the waveform
 * @cssprop --label-border - borders of the waveform and the controls
 * @cssprop --label-danger - colour of an error message
 */
export class LabelAudioView extends LitElement {
  static override styles = [objectViewStyles, audioViewStyles];

  /** The `<Audio>` node of the parsed config; its bound `value` is the audio address. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  @state() private hint = '';
  @state() private playing = false;

  readonly #media = new AudioMediaController(this, () => this.#stage.invalidate());
  readonly #shapes = new SegmentShapes();
  readonly #stage: AudioStage = new AudioStage(this, {
    media: () => this.#media.state,
    segments: () => this.#currentShapes(),
    inMark: () => this.#editor.inMark,
    style: () => this.#style(),
    height: () => this.#height() * this.#tracks(),
    overview: () => this.#media.state.status === 'ready',
    defaultZoom: () => Number(this.node?.attrs.defaultZoom ?? 1) || 1,
    onFrame: (time) => this.#showTime(time),
  });
  readonly #editor: SegmentEditor = new SegmentEditor({
    host: this,
    workspace: () => this.workspace,
    objectName: () => this.#name(),
    scale: () => this.#stage.scale,
    height: () => this.#height() * this.#tracks(),
    tracks: () => this.#tracks(),
    duration: () => this.duration,
    segments: () => this.#shapes.segments(this.workspace, this.node),
    shapes: () => this.#currentShapes(),
    playhead: () => this.currentTime,
    seek: (time) => this.seek(time),
    changed: () => this.#stage.invalidate(),
    hint: (text) => (this.hint = text),
  });
  #styleCache: { key: string; style: AudioStyle } | undefined;
  /** The pointer dragging the overview's window, if one is. */
  #overviewPointer: number | undefined;
  #listening: HTMLAudioElement | undefined;

  /** Settles once the file is on screen (the first peaks drawn) or has failed: the workspace waits
   *  for it before `label-ready`. Never rejects. */
  get ready(): Promise<unknown> {
    return this.updateComplete
      .then(() => this.#media.loaded)
      .then(() => this.updateComplete)
      .then(() =>
        this.#media.state.status === 'ready' && this.#waveArea()?.clientWidth ? this.#stage.drawn : undefined,
      );
  }

  /** Settles when every peak of the file is computed (at once when nothing is loading). */
  get peaksComplete(): Promise<void> {
    const state = this.#media.state;
    return state.status === 'ready' ? state.peaks.done : Promise.resolve();
  }

  /** Where the peaks are computed: `worker`, or `main-thread` when the page allows no Worker. */
  get peaksMode(): 'worker' | 'main-thread' | undefined {
    const state = this.#media.state;
    return state.status === 'ready' ? state.peaks.mode : undefined;
  }

  /** The media clock: what the playhead shows. */
  get currentTime(): number {
    const state = this.#media.state;
    return state.status === 'ready' ? state.clock.time : 0;
  }

  /** Length of the decoded file in seconds (0 until loaded). */
  get duration(): number {
    const state = this.#media.state;
    return state.status === 'ready' ? state.buffer.duration : 0;
  }

  /** The stretch of the file on screen, in seconds, and the zoom (1 = the whole file fits). */
  get view():
    | { readonly start: number; readonly end: number; readonly zoom: number; readonly pxPerSecond: number }
    | undefined {
    const scale = this.#stage.scale;
    return scale
      ? { start: scale.start, end: scale.end, zoom: scale.zoom, pxPerSecond: scale.pxPerSecond }
      : undefined;
  }

  /** The canvas the waveform is drawn on (for pixel checks and screenshots). */
  get canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }

  async play(): Promise<void> {
    const state = this.#media.state;
    if (state.status !== 'ready') return;
    try {
      await state.clock.play();
    } catch {
      this.hint = 'The browser did not allow playback to start (press Space or the play button).';
    }
  }

  pause(): void {
    const state = this.#media.state;
    if (state.status === 'ready') state.clock.pause();
  }

  /** Moves the playhead; a time off screen scrolls the view to it. */
  seek(time: number): void {
    const state = this.#media.state;
    if (state.status !== 'ready') return;
    const t = Math.min(this.duration, Math.max(0, time));
    state.clock.seek(t);
    const scale = this.#stage.scale;
    if (scale && !scale.shows(t)) this.#stage.setScale(scale.centredOn(t));
    this.#stage.invalidate();
  }

  /** The public `setView` of `<label-workspace>` for audio: `zoom` (1 = the whole file fits) and `x`,
   *  the time in seconds at the centre. Returns false until the file is loaded. */
  setView(view: { zoom?: number; x?: number }): boolean {
    let scale = this.#stage.scale;
    if (!scale) return false;
    if (view.zoom !== undefined && Number.isFinite(view.zoom)) scale = scale.with({ zoom: view.zoom });
    if (view.x !== undefined && Number.isFinite(view.x)) scale = scale.centredOn(view.x);
    this.#stage.setScale(scale);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // back in the page after a move: the stage lets go of its canvas on disconnect
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node'))
      this.#media.setSource(
        this.node?.bound.value ?? this.node?.attrs.value,
        this.#name(),
        this.node?.attrs.splitChannels === true,
      );
    if (changed.has('workspace')) this.#stage.invalidate();
  }

  protected override updated(): void {
    const area = this.#waveArea();
    if (area) {
      // through the CSSOM, not a style attribute: a strict CSP (style-src without 'unsafe-inline')
      // refuses inline style attributes, and Lit's styleMap writes one on first render
      const overview = this.#media.state.status === 'ready' ? OVERVIEW_HEIGHT : 0;
      area.style.height = `${this.#height() * this.#tracks() + overview}px`;
      this.#stage.attach(area);
    }
    this.#listenToMedia();
  }

  protected override render(): TemplateResult {
    const state = this.#media.state;
    const attrs = this.node?.attrs ?? {};
    const scale = this.#stage.scale;
    const failure = state.status === 'error' ? state.message : this.#stage.failure;
    return html`
      ${renderToolbar({
        ready: state.status === 'ready',
        playing: this.playing,
        scale,
        controls: {
          zoom: attrs.zoom !== false,
          volume: attrs.volume !== false,
          speed: attrs.speed !== false,
        },
        volume: this.#defaultVolume(),
        speed: this.#defaultSpeed(),
        onTogglePlay: this.#togglePlay,
        onZoom: (factor) =>
          factor === 0 ? scale && this.#stage.setScale(scale.with({ zoom: 1 })) : this.#zoomBy(factor),
        onVolume: this.#onVolume,
        onSpeed: this.#onSpeed,
      })}
      <div
        class="wave"
        part="waveform"
        tabindex="0"
        role="slider"
        aria-label=${`Audio ${this.#name()}: waveform and segments`}
        aria-valuemin="0"
        aria-valuemax=${String(Math.round(this.duration * 1000) / 1000)}
        aria-valuenow=${String(Math.round(this.currentTime * 1000) / 1000)}
        aria-keyshortcuts="Space Shift+Space ArrowLeft ArrowRight Home End + - [ ] Delete Escape"
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerCancel}
        @keydown=${this.#onKeyDown}
        @wheel=${this.#onWheel}
      >
        ${
          failure !== undefined
            ? html`<p class="status error" part="status" role="alert">${failure}</p>`
            : state.status === 'loading'
              ? html`<p class="status" part="status" role="status">Loading audio…</p>`
              : nothing
        }
      </div>
      ${
        scale && scale.zoom > 1
          ? html`<input
              class="scroll"
              part="scrollbar"
              type="range"
              aria-label="Scroll the waveform"
              min="0"
              max="1000"
              .value=${String(Math.round((scale.start / Math.max(1e-9, scale.duration - scale.span)) * 1000))}
              @input=${this.#onScroll}
            />`
          : nothing
      }
      <p class="hint" part="hint" aria-live="polite">${this.hint}</p>
    `;
  }

  #name(): string {
    return String(this.node?.attrs.name ?? '');
  }

  /** Drawn tracks: one per channel with `splitChannels`, else one. */
  #tracks(): number {
    const state = this.#media.state;
    return state.status === 'ready' ? state.tracks.length : 1;
  }

  /** Height of one track (`height`, default 96, as in Label Studio). */
  #height(): number {
    const height = Number(this.node?.attrs.height);
    return Number.isFinite(height) && height >= 24 ? Math.min(height, 2000) : 96;
  }

  #defaultVolume(): number {
    const v = Number(this.node?.attrs.defaultVolume ?? 1);
    return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
  }

  #defaultSpeed(): number {
    const v = Number(this.node?.attrs.defaultSpeed ?? 1);
    return SPEEDS.includes(v) ? v : 1;
  }

  #waveArea(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.wave');
  }

  #currentShapes() {
    return this.#shapes.shapes(this.workspace, this.node, this.#editor.preview, this.#tracks());
  }

  #style(): AudioStyle {
    const attrs = this.node?.attrs ?? {};
    const cursor = safeColour(attrs.cursorColor) ?? '#333';
    const width = Number(attrs.cursorWidth);
    const cursorWidth = Number.isFinite(width) && width > 0 ? Math.min(width, 10) : 2;
    const key = `${cursor}|${cursorWidth}`;
    if (this.#styleCache?.key !== key)
      this.#styleCache = {
        key,
        style: { background: '#fafbfc', wave: '#5b6ee1', cursor, cursorWidth, mark: '#f79009' },
      };
    return this.#styleCache.style;
  }

  /** Keeps the play button and the frame loop in step with the media element. */
  #listenToMedia(): void {
    const state = this.#media.state;
    const element = state.status === 'ready' ? state.clock.element : undefined;
    if (element === this.#listening) return;
    this.#listening = element;
    if (!element) return;
    const sync = () => {
      if (this.#listening !== element) return;
      this.playing = !element.paused && !element.ended;
      this.#stage.invalidate();
    };
    for (const type of ['play', 'playing', 'pause', 'ended', 'seeked']) element.addEventListener(type, sync);
    element.volume = this.#defaultVolume();
    element.playbackRate = this.#defaultSpeed();
    element.muted = this.node?.attrs.muted === true;
  }

  #showTime(time: number): void {
    const el = this.renderRoot.querySelector('.time');
    if (el) el.textContent = `${formatTime(time)} / ${formatTime(this.duration)}`;
    this.#waveArea()?.setAttribute('aria-valuenow', String(Math.round(time * 1000) / 1000));
  }

  #togglePlay = (): void => {
    const state = this.#media.state;
    if (state.status !== 'ready') return;
    if (state.clock.playing) state.clock.pause();
    else void this.play();
  };

  #zoomBy(factor: number, anchor?: number): void {
    const scale = this.#stage.scale;
    if (!scale) return;
    const time = anchor ?? (scale.shows(this.currentTime) ? this.currentTime : scale.start + scale.span / 2);
    this.#stage.setScale(scale.zoomAround(scale.zoom * factor, time));
  }

  #localPoint(event: PointerEvent | WheelEvent): { x: number; y: number } {
    const rect = this.#waveArea()!.getBoundingClientRect();
    return { x: event.clientX - rect.left - 1, y: event.clientY - rect.top - 1 }; // inside the 1px border
  }

  #onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.#media.state.status !== 'ready') return;
    const area = event.currentTarget as HTMLElement;
    area.focus({ preventScroll: true });
    area.setPointerCapture(event.pointerId);
    this.hint = '';
    const { x, y } = this.#localPoint(event);
    event.preventDefault();
    if (y >= this.#height() * this.#tracks()) {
      // the overview strip: press or drag to bring that part of the file into view
      this.#overviewPointer = event.pointerId;
      return this.#overviewTo(x);
    }
    this.#editor.pointerDown(event.pointerId, x, y);
  };

  #overviewTo(x: number): void {
    const scale = this.#stage.scale;
    if (scale) this.#stage.setScale(scale.centredOn(overviewTimeAt(x, scale.width, scale.duration)));
  }

  #onPointerMove = (event: PointerEvent): void => {
    if (this.#media.state.status !== 'ready') return;
    const { x, y } = this.#localPoint(event);
    if (this.#overviewPointer === event.pointerId) return this.#overviewTo(x);
    this.#editor.pointerMove(event.pointerId, x);
    const inOverview = y >= this.#height() * this.#tracks();
    (event.currentTarget as HTMLElement).style.cursor = inOverview ? 'pointer' : this.#editor.cursorAt(x, y);
  };

  #onPointerUp = (event: PointerEvent): void => {
    if (this.#overviewPointer === event.pointerId) {
      this.#overviewPointer = undefined;
      return;
    }
    this.#editor.pointerUp(event.pointerId, this.#localPoint(event).x);
  };

  #onPointerCancel = (event: PointerEvent): void => {
    if (this.#overviewPointer === event.pointerId) this.#overviewPointer = undefined;
    this.#editor.pointerCancel(event.pointerId);
  };

  #onWheel = (event: WheelEvent): void => {
    const scale = this.#stage.scale;
    if (!scale) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      this.#zoomBy(Math.exp(-event.deltaY * 0.002), scale.clampedTimeAt(this.#localPoint(event).x));
    } else if (scale.zoom > 1 && (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey)) {
      event.preventDefault();
      this.#stage.setScale(scale.scrolledBy(event.deltaX || event.deltaY));
    }
  };

  #onScroll = (event: Event): void => {
    const scale = this.#stage.scale;
    if (!scale) return;
    const fraction = Number((event.target as HTMLInputElement).value) / 1000;
    this.#stage.setScale(scale.with({ start: fraction * (scale.duration - scale.span) }));
  };

  #onVolume = (event: Event): void => {
    const state = this.#media.state;
    if (state.status === 'ready') state.clock.volume = Number((event.target as HTMLInputElement).value);
  };

  #onSpeed = (event: Event): void => {
    const state = this.#media.state;
    if (state.status === 'ready') state.clock.rate = Number((event.target as HTMLSelectElement).value);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const action = audioKeyAction(event);
    const state = this.#media.state;
    if (!action || state.status !== 'ready') return;
    // these keys belong to the waveform: not to the page (scrolling) nor the config's hotkeys
    event.preventDefault();
    event.stopPropagation();
    this.hint = '';
    switch (action.kind) {
      case 'toggle-play':
        return this.#togglePlay();
      case 'loop-selected': {
        const id = this.workspace?.selectedRegion;
        const segment = this.#shapes.segments(this.workspace, this.node).find((s) => s.id === id);
        if (!segment) {
          this.hint = 'Select a segment to loop it.';
          return;
        }
        state.clock
          .playLoop({ start: segment.start, end: segment.end })
          .catch(() => (this.hint = 'The browser did not allow playback to start.'));
        return;
      }
      case 'seek-by':
        return this.seek(this.currentTime + action.seconds);
      case 'seek-to':
        return this.seek(action.where === 'start' ? 0 : this.duration);
      case 'zoom':
        return this.#zoomBy(action.factor);
      case 'in-point':
        return this.#editor.inPoint();
      case 'out-point':
        return this.#editor.outPoint();
      case 'delete':
        return this.#editor.deleteSelected();
      case 'escape':
        if (state.clock.loop) state.clock.pause();
        return this.#editor.escape();
    }
  };
}

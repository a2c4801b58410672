import { LitElement, html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import type { AnnotationStore, StoreCommit } from '../../model/store.js';
import { createRegion, setRegionLabels, updateRegionGeometry } from '../../model/region-commands.js';
import { removeRegion } from '../../model/commands.js';
import { itemsWithGeometry } from '../../model/region-preview.js';
import { LabelLoadErrorEvent, LabelRegionChangeEvent, LabelRegionInputEvent } from '../../events/index.js';
import { checkImageUrl } from '../../render/image/media-url.js';
import type { Point } from '../../render/image/geometry.js';
import { moveShape, shapeValue } from '../../render/image/shapes.js';
import {
  IDLE,
  step,
  type Effect,
  type Input,
  type Mode,
  type Scene,
} from '../../render/image/interaction.js';
import {
  describeView,
  fitView,
  viewFor,
  zoomAt,
  MAX_ZOOM,
  type HorizontalAlignment,
  type PublicView,
  type ZoomLimits,
} from '../../render/image/viewport.js';
import { ImageRegionReader, toolStyle } from '../../render/image/image-regions.js';
import type { ImageStage, RegionStyle } from '../../render/image/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { objectViewStyles } from './object-view.styles.js';
import { cssProps } from '../css-props.js';
import {
  activeTool,
  bareTools,
  controlsOf,
  labellingControls,
  labelsFit,
  nameOf,
  resultValues,
  type DrawTool,
} from './image-tools.js';
import { imageKeyAction } from './image-keys.js';

/** How near (CSS pixels) a click must be to a box's edge to pick it. */
const PICK_TOLERANCE = 3;

/**
 * Shows an `<Image>` object on a PixiJS stage and edits its rectangles: draw with a chosen label (or the
 * Rectangle tool), click to select (the smallest box under the pointer wins), drag to move, handles to
 * resize, arrows to nudge (Shift: ×10), Delete to remove, Escape to deselect, Tab to go through the boxes.
 * Wheel zooms around the pointer; space+drag, a middle-button drag or a drag on empty image pans;
 * `+`, `−` and `0` zoom when the image has focus.
 *
 * The renderer (PixiJS) is imported on demand when the first image is shown. Input goes through the
 * interaction state machine (`render/image/interaction.ts`); this element runs its effects as store
 * commands and events.
 *
 * @summary Displays a Label Studio `<Image>` and its rectangle regions.
 * @tag label-image-view
 * @fires label-load-error - The image address was refused or the image could not be loaded.
 * @fires label-region-input - A box is being moved or resized (not committed).
 * @fires label-region-change - A box was drawn, moved, resized or nudged (committed).
 * @csspart toolbar - The tool and zoom buttons.
 * @csspart stage - The focusable box holding the canvas.
 * @csspart status - The loading or error message.
 * @cssprop --label-accent - Focus ring and pressed tool colour.
 * @cssprop --label-border - Border of the toolbar buttons.
 */
export class LabelImageView extends LitElement {
  static override styles = [
    objectViewStyles,
    css`
      .toolbar {
        display: flex;
        gap: 0.25rem;
        margin-bottom: 0.25rem;
      }
      .toolbar button {
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 4px);
        background: #fff;
        color: inherit;
        font: inherit;
        padding: 0.125rem 0.5rem;
        cursor: pointer;
      }
      .toolbar button[aria-pressed='true'] {
        background: var(--label-accent, #0b65d8);
        border-color: var(--label-accent, #0b65d8);
        color: #fff;
      }
      .stage {
        position: relative;
        overflow: hidden;
        touch-action: none;
        user-select: none;
        background: #f2f4f7;
        outline: none;
      }
      .stage:focus-visible {
        box-shadow: 0 0 0 2px var(--label-accent, #0b65d8);
      }
      .stage.draw {
        cursor: crosshair;
      }
      .stage.pan {
        cursor: grab;
      }
      .status {
        margin-top: 0.25rem;
      }
    `,
  ];

  /** The `<Image>` node of the parsed config; its bound `value` is the image address. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  @state() private status: { kind: 'loading' | 'ready' } | { kind: 'error'; message: string } = {
    kind: 'loading',
  };
  /** Natural size once loaded: the stage box takes its aspect ratio. */
  @state() private natural: { width: number; height: number } | undefined;
  /** The bare tool whose toolbar button is pressed. */
  @state() private pressedTool: string | undefined;
  @state() private spaceHeld = false;

  #stage: ImageStage | undefined;
  #loadToken = 0;
  #abort: AbortController | undefined;
  #loadedUrl: unknown;
  #needsLoad = false;
  #settleReady: () => void = () => {};
  #ready: Promise<void> = Promise.resolve();
  #store: AnnotationStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #reader: ImageRegionReader | undefined;
  #mode: Mode = IDLE;
  #chosen = new Map<string, string>();
  #lastPalette: string | undefined;
  #pendingView: Partial<PublicView> | undefined;
  #resizeObserver: ResizeObserver | undefined;
  /** Only an image near the viewport holds a WebGL context: browsers keep about 16 alive, and a
   *  config may repeat `<Image>` hundreds of times (taxonomy_large has 446). */
  #visibility: IntersectionObserver | undefined;
  #visible = false;

  /** Settles once the image and its regions are on screen, or the image failed (the workspace waits
   *  for it before `label-ready`). */
  get ready(): Promise<unknown> {
    return this.updateComplete.then(() => this.#ready);
  }

  /** Resolves after the next frame painted with every region in view drawn sharp. */
  async settled(): Promise<void> {
    await this.ready;
    await this.#stage?.settled();
  }

  /** Moves the view: `zoom` 1 is fit, `x`/`y` the image point at the centre in percent. Applied once
   *  the image is loaded when called before. Treated like a wheel or pan gesture: hosts animate views
   *  with a call per frame, so the cached regions are moved with the photo and repainted sharp once
   *  the view rests (`settled()` resolves then), not repainted on every call. */
  setView(view: Partial<PublicView>): boolean {
    const stage = this.#stage;
    if (!stage) {
      this.#pendingView = { ...this.#pendingView, ...view };
      return true;
    }
    stage.update({
      view: {
        view: viewFor(view, stage.view, stage.box, stage.image, stage.limits, stage.align),
        gesture: true,
      },
    });
    return true;
  }

  /** The current view in `setView`'s terms; undefined before the image is shown. */
  getView(): PublicView | undefined {
    const stage = this.#stage;
    return stage ? describeView(stage.view, stage.box, stage.image) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#needsLoad = true;
    this.#ready = new Promise((resolve) => (this.#settleReady = resolve));
    this.#visibility = new IntersectionObserver(
      (entries) => this.#onVisibility(entries[entries.length - 1]!.isIntersecting),
      {
        rootMargin: '256px',
      },
    );
    this.#visibility.observe(this);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#visibility?.disconnect();
    this.#visibility = undefined;
    this.#visible = false;
    this.#teardown();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
    this.#settleReady();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const node = this.node;
    if (changed.has('node') && node && node.bound.value !== this.#loadedUrl) {
      this.#needsLoad = true;
      this.#ready = new Promise((resolve) => (this.#settleReady = resolve));
    }
    this.#syncWorkspace(changed.has('node'));
  }

  protected override updated(): void {
    if (this.#needsLoad && this.node && this.isConnected) {
      this.#needsLoad = false;
      // after this update, so the state the load sets schedules a normal next one
      queueMicrotask(() => void this.#load());
    }
  }

  protected override render(): TemplateResult {
    const attrs = this.node?.attrs ?? {};
    const ratio = this.natural ? `${this.natural.width} / ${this.natural.height}` : '4 / 3';
    // through the CSSOM, never a style attribute (strict CSP, bad-inputs S17)
    const box = cssProps({
      width: cssText(attrs.width) ?? '100%',
      'max-width': cssText(attrs.maxWidth) ?? '100%',
      'aspect-ratio': ratio,
      'max-height': cssText(attrs.maxHeight),
      height: cssText(attrs.height),
    });
    const tool = this.#tool();
    const modeClass = this.spaceHeld ? 'pan' : tool ? 'draw' : '';
    return html`${this.#renderToolbar()}
      <div
        class="stage ${modeClass}"
        part="stage"
        style=${box}
        tabindex="0"
        role="application"
        aria-roledescription="image annotation"
        aria-label=${`Image ${nameOf(this.node ?? ({ attrs: {} } as ConfigNode))}`}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerCancel}
        @lostpointercapture=${this.#onPointerCancel}
        @wheel=${{ handleEvent: (e: WheelEvent) => this.#onWheel(e), passive: false }}
        @keydown=${this.#onKeyDown}
        @keyup=${this.#onKeyUp}
        @blur=${this.#onBlur}
        @auxclick=${(e: Event) => e.preventDefault()}
      ></div>
      ${this.#renderStatus()}`;
  }

  #renderToolbar(): TemplateResult | typeof nothing {
    const workspace = this.workspace;
    const node = this.node;
    if (!workspace || !node) return nothing;
    const tools = bareTools(controlsOf(workspace.config, nameOf(node)));
    const zoomButtons = node.attrs.zoom !== false && node.attrs.zoomControl !== false;
    if (tools.length === 0 && !zoomButtons) return nothing;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label="Image tools">
      ${tools.map(
        (tool) =>
          html`<button
            type="button"
            data-tool=${nameOf(tool)}
            aria-pressed=${this.pressedTool === nameOf(tool) ? 'true' : 'false'}
            ?disabled=${workspace.readonly}
            @click=${() => (this.pressedTool = this.pressedTool === nameOf(tool) ? undefined : nameOf(tool))}
          >
            Rectangle
          </button>`,
      )}
      ${
        zoomButtons
          ? html`<button
                type="button"
                data-zoom="in"
                aria-label="Zoom in"
                @click=${() => this.#zoomBy(this.#zoomStep())}
              >
                +
              </button>
              <button
                type="button"
                data-zoom="out"
                aria-label="Zoom out"
                @click=${() => this.#zoomBy(1 / this.#zoomStep())}
              >
                −
              </button>
              <button
                type="button"
                data-zoom="fit"
                aria-label="Fit"
                @click=${() => this.setView({ zoom: 1 })}
              >
                Fit
              </button>`
          : nothing
      }
    </div>`;
  }

  #renderStatus(): TemplateResult | typeof nothing {
    const status = this.status;
    if (status.kind === 'error')
      return html`<p class="status error" part="status" role="alert">${status.message}</p>`;
    if (status.kind === 'loading')
      return html`<p class="status" part="status" role="status">Loading image…</p>`;
    return nothing;
  }

  // ---- loading

  get #stageBox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.stage');
  }

  async #load(): Promise<void> {
    const node = this.node!;
    const token = ++this.#loadToken;
    const settle = this.#settleReady;
    this.#teardown();
    this.#loadedUrl = node.bound.value;
    this.natural = undefined;
    const raw = node.bound.value;
    if (node.attrs.valueList !== undefined && (raw === undefined || raw === '')) {
      this.#fail('Image lists (valueList) are not drawn yet.', '');
      settle();
      return;
    }
    const verdict = checkImageUrl(raw, document.baseURI);
    if (!verdict.ok) {
      this.#fail(verdict.message, typeof raw === 'string' ? raw : '');
      settle();
      return;
    }
    if (!this.#visible) {
      // loads when it comes near the viewport (#onVisibility)
      this.#needsLoad = true;
      return;
    }
    if (this.status.kind !== 'loading') this.status = { kind: 'loading' };
    const abort = new AbortController();
    this.#abort = abort;
    try {
      await this.updateComplete;
      const host = this.#stageBox!;
      const renderer = await import('../../render/image/index.js');
      if (token !== this.#loadToken) return;
      const stage = await renderer.mount({
        host,
        url: verdict.url,
        box: measure(host),
        crossOrigin: crossOriginOf(node.attrs.crossOrigin),
        smoothing: node.attrs.smoothing !== false,
        limits: this.#limits(),
        align: alignOf(node.attrs.horizontalAlignment),
        signal: abort.signal,
      });
      if (token !== this.#loadToken) {
        stage.destroy();
        return;
      }
      this.#stage = stage;
      this.natural = stage.image;
      this.status = { kind: 'ready' };
      await this.updateComplete;
      stage.update({
        box: measure(host),
        view: { view: fitView(measure(host), stage.image, stage.align), gesture: false },
      });
      this.#resizeObserver = new ResizeObserver(() => this.#stage?.update({ box: measure(host) }));
      this.#resizeObserver.observe(host);
      this.#readAllRegions();
      this.#syncSelection();
      if (this.#pendingView) this.setView(this.#pendingView);
      this.#pendingView = undefined;
      await stage.settled();
    } catch (error) {
      if (token !== this.#loadToken || abort.signal.aborted) return;
      const message =
        error instanceof Error && error.name === 'ImageLoadError'
          ? error.message
          : `The image could not be shown: ${describeError(error)}`;
      this.#fail(message, verdict.url);
    } finally {
      settle();
    }
  }

  /** Near the viewport: load (again). Far from it: give the WebGL context back; there is nothing on
   *  screen to wait for, so `ready` settles. */
  #onVisibility(visible: boolean): void {
    this.#visible = visible;
    if (visible) {
      if (this.#needsLoad) this.requestUpdate();
      return;
    }
    if (this.#stage || this.#abort) {
      this.#teardown();
      this.#needsLoad = true;
      this.status = { kind: 'loading' };
    }
    this.#settleReady();
  }

  #fail(message: string, url: string): void {
    this.status = { kind: 'error', message };
    this.dispatchEvent(
      new LabelLoadErrorEvent({ object: nameOf(this.node!), url: url.slice(0, 2048), message }),
    );
  }

  /** Releases the stage and its WebGL context (browsers allow only about 16 at once). */
  #teardown(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#stage?.destroy();
    this.#stage = undefined;
    this.#mode = IDLE;
  }

  #limits(): ZoomLimits {
    const attrs = this.node?.attrs ?? {};
    if (attrs.zoom === false) return { min: 1, max: 1 };
    return { min: attrs.negativeZoom === true ? 0.25 : 1, max: MAX_ZOOM };
  }

  #zoomStep(): number {
    const by = this.node?.attrs.zoomBy;
    return typeof by === 'number' && by > 1 ? by : 1.1;
  }

  // ---- store and workspace

  #syncWorkspace(nodeChanged: boolean): void {
    const workspace = this.workspace;
    const node = this.node;
    if (!workspace || !node) return;
    const store = workspace.store;
    if (store !== this.#store || nodeChanged || this.#reader?.config !== workspace.config) {
      if (store !== this.#store) {
        this.#unsubscribe?.();
        this.#store = store;
        this.#unsubscribe = store.subscribe((commit) => this.#onCommit(commit));
      }
      this.#reader = new ImageRegionReader(workspace.config, nameOf(node));
      this.#readAllRegions();
    }
    this.#syncSelection();
    this.#relabelOnPaletteChange();
  }

  #readAllRegions(): void {
    const stage = this.#stage;
    if (!stage || !this.#reader || !this.#store) return;
    stage.update({ regions: { reset: this.#reader.readAll(this.#store.index) } });
  }

  #onCommit(commit: StoreCommit): void {
    const stage = this.#stage;
    if (!stage || !this.#reader || !this.#store) return;
    stage.update({
      regions: this.#reader.readChanged(
        this.#store.index,
        commit.changes.map((c) => c.id),
      ),
    });
  }

  #syncSelection(): void {
    this.#stage?.update({ selected: this.#selected() ?? null });
  }

  /** The one selected region, when it is drawn on this image. */
  #selected(): string | undefined {
    const selection = this.workspace?.store.selection ?? [];
    const id = selection.length === 1 ? selection[0] : undefined;
    return id !== undefined && this.#stage?.shapeOf(id) ? id : undefined;
  }

  /** A label chosen while one of this image's regions is selected relabels that region. */
  #relabelOnPaletteChange(): void {
    const workspace = this.workspace;
    const node = this.node;
    if (!workspace || !node) return;
    const selected = this.#selected();
    for (const control of labellingControls(controlsOf(workspace.config, nameOf(node)))) {
      const name = nameOf(control);
      const values = workspace.chosenLabels.get(name) ?? [];
      const key = values.join('\u0000');
      const before = this.#chosen.get(name);
      this.#chosen.set(name, key);
      if (before === undefined || before === key || values.length === 0) continue;
      // the palette used last picks the tool when several have a label chosen
      this.#lastPalette = name;
      if (selected === undefined || workspace.readonly) continue;
      // a polygon label does not go on a box (nor the reverse); plain Labels go on any shape
      if (!labelsFit(control, this.#stage?.shapeOf(selected)?.kind)) continue;
      const store = workspace.store;
      const type = String(control.spec?.resultType ?? 'labels');
      const next = resultValues(control, values);
      // after this update: a commit re-provides the context, which must not happen mid-render
      queueMicrotask(() => {
        setRegionLabels(store, selected, { name, type, allowEmpty: control.attrs.allowEmpty === true }, next);
        this.#regionChanged(selected);
      });
    }
  }

  #tool(): DrawTool | undefined {
    const workspace = this.workspace;
    const node = this.node;
    if (!workspace || !node || workspace.readonly) return undefined;
    return activeTool(
      controlsOf(workspace.config, nameOf(node)),
      workspace.chosenLabels,
      this.pressedTool,
      this.#lastPalette,
    );
  }

  // ---- input

  #scene(stage: ImageStage): Scene {
    const tool = this.#tool();
    return {
      view: stage.view,
      image: stage.image,
      selected: this.#selected(),
      tool: tool?.shape,
      editable: this.workspace?.readonly === false,
      spaceHeld: this.spaceHeld,
      pick: (p) => stage.pick(p, PICK_TOLERANCE),
      shapeOf: (id) => stage.shapeOf(id),
      handleAt: (p) => stage.handleAt(p),
    };
  }

  #run(input: Input): void {
    const stage = this.#stage;
    if (!stage) return;
    const { mode, effects } = step(this.#mode, input, this.#scene(stage));
    this.#mode = mode;
    for (const effect of effects) this.#apply(effect, stage);
  }

  #apply(effect: Effect, stage: ImageStage): void {
    const store = this.workspace?.store;
    if (!store) return;
    switch (effect.type) {
      case 'select':
        store.select(effect.id === undefined ? [] : [effect.id]);
        return;
      case 'preview': {
        stage.update({
          preview: { id: effect.id, shape: effect.shape, style: this.#previewStyle(effect.id) },
        });
        if (effect.id !== undefined) {
          const items = itemsWithGeometry(
            store.index.itemsOf(effect.id),
            shapeValue(effect.shape, stage.image),
          );
          this.dispatchEvent(new LabelRegionInputEvent({ id: effect.id, items }));
        }
        return;
      }
      case 'clear-preview':
        stage.update({ preview: null });
        return;
      case 'create': {
        const tool = this.#tool();
        const workspace = this.workspace!;
        if (!tool) return;
        const id = createRegion(
          store,
          {
            toName: nameOf(this.node!),
            media: {
              original_width: stage.image.width,
              original_height: stage.image.height,
              image_rotation: 0,
            },
            tool: { name: tool.name, type: tool.type },
            geometry: shapeValue(effect.shape, stage.image),
            labels: tool.labels,
          },
          workspace.createId,
        );
        this.#regionChanged(id);
        return;
      }
      case 'update':
        updateRegionGeometry(store, effect.id, shapeValue(effect.shape, stage.image));
        this.#regionChanged(effect.id);
        return;
      case 'view':
        stage.update({ view: { view: effect.view, gesture: true } });
        return;
    }
  }

  #previewStyle(id: string | undefined): RegionStyle {
    const workspace = this.workspace!;
    if (id !== undefined) {
      const shape = this.#reader?.styleOf(id);
      if (shape) return shape;
    }
    const tool = this.#tool();
    return toolStyle(workspace.config, tool?.name ?? '', tool?.labels ?? []);
  }

  #regionChanged(id: string): void {
    const items = this.workspace?.store.index.itemsOf(id) ?? [];
    if (items.length > 0) this.dispatchEvent(new LabelRegionChangeEvent({ id, items }));
  }

  #point(event: MouseEvent): { screen: Point; image: Point } | undefined {
    const stage = this.#stage;
    const box = this.#stageBox;
    if (!stage || !box) return undefined;
    const rect = box.getBoundingClientRect();
    const screen = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    const view = stage.view;
    return { screen, image: { x: (screen.x - view.x) / view.scale, y: (screen.y - view.y) / view.scale } };
  }

  #onPointerDown = (event: PointerEvent): void => {
    const at = this.#point(event);
    if (!at || (event.button !== 0 && event.button !== 1)) return;
    event.preventDefault(); // no text selection, no middle-button autoscroll
    this.#stageBox?.focus({ preventScroll: true });
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.#run({ type: 'down', button: event.button, ...at });
  };

  #onPointerMove = (event: PointerEvent): void => {
    if (this.#mode.kind === 'idle') return;
    const at = this.#point(event);
    if (at) this.#run({ type: 'move', button: event.button, ...at });
  };

  #onPointerUp = (event: PointerEvent): void => {
    if (this.#mode.kind === 'idle') return;
    const at = this.#point(event);
    if (at) this.#run({ type: 'up', button: event.button, ...at });
  };

  /** A pointer taken away mid-gesture drops the gesture. A polygon being drawn lives across clicks
   *  (the capture ends after each one), so it stays. */
  #onPointerCancel = (): void => {
    if (this.#mode.kind !== 'idle' && this.#mode.kind !== 'polygon') this.#run({ type: 'cancel' });
  };

  #onWheel(event: WheelEvent): void {
    const stage = this.#stage;
    const at = this.#point(event);
    if (!stage || !at || this.node?.attrs.zoom === false) return;
    event.preventDefault();
    const notches = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY / 3 : event.deltaY / 100;
    const factor = Math.pow(this.#zoomStep(), -notches);
    stage.update({
      view: {
        view: zoomAt(stage.view, factor, at.screen, stage.box, stage.image, stage.limits),
        gesture: true,
      },
    });
  }

  #zoomBy(factor: number): void {
    const stage = this.#stage;
    if (!stage || this.node?.attrs.zoom === false) return;
    const centre = { x: stage.box.width / 2, y: stage.box.height / 2 };
    stage.update({
      view: {
        view: zoomAt(stage.view, factor, centre, stage.box, stage.image, stage.limits),
        gesture: false,
      },
    });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const stage = this.#stage;
    const store = this.workspace?.store;
    if (!stage || !store) return;
    const action = imageKeyAction(event);
    if (!action) return;
    const selected = this.#selected();
    const editable = this.workspace?.readonly === false;
    let handled = true;
    switch (action.kind) {
      case 'space':
        this.spaceHeld = true;
        break;
      case 'zoom':
        if (action.factor === 0) this.setView({ zoom: 1 });
        else this.#zoomBy(action.factor > 1 ? this.#zoomStep() : 1 / this.#zoomStep());
        break;
      case 'close':
        if (this.#mode.kind === 'polygon') this.#run({ type: 'close' });
        else handled = false;
        break;
      case 'escape':
        if (this.#mode.kind !== 'idle') this.#run({ type: 'cancel' });
        else if (selected !== undefined) store.select([]);
        else handled = false;
        break;
      case 'delete':
        if (selected === undefined || !editable) handled = false;
        else removeRegion(store, selected);
        break;
      case 'nudge': {
        const shape = selected === undefined ? undefined : stage.shapeOf(selected);
        if (!shape || !editable || selected === undefined) {
          handled = false;
          break;
        }
        // one screen pixel per press, whatever the zoom; held keys merge into one undo step
        const step = (action.large ? 10 : 1) / stage.view.scale;
        const moved = moveShape(shape, action.dx * step, action.dy * step, stage.image);
        updateRegionGeometry(store, selected, shapeValue(moved, stage.image), {
          mergeKey: `nudge:${selected}`,
        });
        this.#regionChanged(selected);
        break;
      }
      case 'cycle': {
        const next = this.#cycle(selected, action.backwards);
        if (next === undefined) {
          handled = false; // past the last box: let focus leave the image
          if (selected !== undefined) store.select([]);
        } else store.select([next]);
        break;
      }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  #onKeyUp = (event: KeyboardEvent): void => {
    if (event.key === ' ') this.spaceHeld = false;
  };

  #onBlur = (): void => {
    this.spaceHeld = false;
  };

  /** The next region (in result order) after the selected one, or the first. */
  #cycle(selected: string | undefined, backwards: boolean): string | undefined {
    const ids = this.#reader?.ids() ?? [];
    if (ids.length === 0) return undefined;
    const at = selected === undefined ? -1 : ids.indexOf(selected);
    if (at < 0) return backwards ? ids[ids.length - 1] : ids[0];
    return ids[backwards ? at - 1 : at + 1];
  }
}

function measure(el: HTMLElement): { width: number; height: number } {
  return { width: el.clientWidth, height: el.clientHeight };
}

/** A config length (`100%`, `800px`, `calc(…)`) for `cssProps`, which sets it through the CSSOM: a
 *  value that is not one valid length is dropped by the browser, so nothing else can be injected. */
function cssText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? `${value}px`
      : undefined;
}

function alignOf(value: unknown): HorizontalAlignment {
  return value === 'center' || value === 'right' ? value : 'left';
}

function crossOriginOf(value: unknown): 'none' | 'anonymous' | 'use-credentials' {
  return value === 'anonymous' || value === 'use-credentials' ? value : 'none';
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

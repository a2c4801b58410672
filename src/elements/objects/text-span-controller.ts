import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConfigNode } from '../../config/types.js';
import { TextOffsets } from '../../format/text-offsets.js';
import type { LSResult } from '../../format/types.js';
import { textLabelling } from '../../model/text-labelling.js';
import { HighlightPainter } from '../../render/text/highlight-painter.js';
import { SpanOverlay, type OverlayScene } from '../../render/text/span-overlay.js';
import type { TextRelation } from '../../render/text/relation-arrows.js';
import { spanColours } from '../../render/text/span-colours.js';
import { readTextSpans, type TextSpan } from '../../render/text/text-spans.js';
import { caretAt, selectionIn } from '../../render/text/text-boundaries.js';
import type { WorkspaceContextValue } from '../workspace/context.js';
import { spanKeyAction } from './text-span-keys.js';
import { spanMessages } from './span-messages.js';
import { TextSpanEditor, type SpanEditorState } from './text-span-editor.js';

/** What the controller needs of the `<Text>` view it serves. */
export interface TextSpanHost extends ReactiveControllerHost {
  readonly node: ConfigNode | undefined;
  readonly workspace: WorkspaceContextValue | undefined;
}

/** The view's parts, found after each render. */
export interface TextSpanParts {
  /** The element holding the one text node (`.htx-text`). */
  readonly container: HTMLElement | null;
  /** Where the overlay boxes go (positioned over the container). */
  readonly layer: HTMLElement | null;
  /** The `aria-live` region. */
  readonly live: HTMLElement | null;
}

/** Label tags are drawn for at most this many spans at once: those on screen and a screen's height
 *  above and below, so a short scroll shows no untagged span. */
const MAX_TAGS = 600;
const SCROLL_PAUSE_MS = 120;

/**
 * Named-entity spans of a `<Text>` (ls-spec §6.8): reads the annotation's spans on this object and
 * draws them (highlights, and an overlay for the selected span, the keyboard caret, label tags and
 * relation arrows), says what happens in the live region, and hands mouse and keyboard input to
 * {@link TextSpanEditor}, which turns it into store commands. The view re-renders from the
 * workspace context after every commit and calls {@link TextSpanController.sync} after each render.
 */
export class TextSpanController implements ReactiveController {
  readonly #host: TextSpanHost;
  #painter: HighlightPainter | undefined;
  #overlay: SpanOverlay | undefined;
  #parts: TextSpanParts = { container: null, layer: null, live: null };
  #text: Text | undefined;
  #offsets: TextOffsets | undefined;
  #spans: readonly TextSpan[] = [];
  #position = new Map<string, number>();
  #spansOf: { items: readonly LSResult[]; config: unknown; data: string } | undefined;
  #announcedSelection: string | undefined;
  /** Caret for keyboard mode, as a UTF-16 offset, kept while the selection is elsewhere. */
  #caret = 0;
  #focused = false;
  #reveal = false;
  #frame = 0;
  #scrollPause: ReturnType<typeof setTimeout> | undefined;
  #wasConnected = false;
  readonly #resize = new ResizeObserver(() => this.#scheduleOverlay());
  readonly #editor: TextSpanEditor;

  constructor(host: TextSpanHost) {
    this.#host = host;
    host.addController(this);
    this.#editor = new TextSpanEditor(this.#editorState());
  }

  /** The style sheet with the `::highlight()` rules; the view's shadow root adopts it. */
  get styleSheet(): CSSStyleSheet | undefined {
    return this.#painter?.styleSheet;
  }

  /** The painter, for tests that check what is drawn. */
  get painter(): HighlightPainter | undefined {
    return this.#painter;
  }

  /** Spans on this text, in reading order. */
  get spans(): readonly TextSpan[] {
    return this.#spans;
  }

  /** Whether spans can be made or visited here: some `Labels` control labels this object. The view
   *  makes its text focusable only then (a text that is only shown is no tab stop). */
  get interactive(): boolean {
    const ws = this.#host.workspace;
    const node = this.#host.node;
    return (
      ws !== undefined &&
      node !== undefined &&
      textLabelling(ws.config, node, ws.chosenLabels).controls.length > 0
    );
  }

  hostConnected(): void {
    this.#painter ??= new HighlightPainter();
    document.addEventListener('selectionchange', this.#onSelectionChange);
    document.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    // the highlights were removed on disconnect: draw them again when the view comes back
    if (this.#wasConnected) this.#host.requestUpdate();
    this.#wasConnected = true;
  }

  hostDisconnected(): void {
    this.#painter?.destroy();
    this.#painter = undefined;
    this.#spansOf = undefined;
    this.#overlay?.clear();
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#scrollPause);
    this.#frame = 0;
    document.removeEventListener('selectionchange', this.#onSelectionChange);
    document.removeEventListener('scroll', this.#onScroll, { capture: true });
    document.removeEventListener('mouseup', this.#onMouseUp, { capture: true });
  }

  /** Draws the current spans; call from the view's `updated()`. */
  sync(parts: TextSpanParts): void {
    if (parts.container !== this.#parts.container) {
      if (this.#parts.container) this.#resize.unobserve(this.#parts.container);
      if (parts.container) this.#resize.observe(parts.container);
    }
    if (parts.layer && parts.layer !== this.#overlay?.layer) this.#overlay = new SpanOverlay(parts.layer);
    this.#parts = parts;
    const ws = this.#host.workspace;
    const node = this.#host.node;
    const text = parts.container ? textNodeOf(parts.container) : undefined;
    this.#text = text;
    if (!ws || !node || !text || !this.#painter) {
      this.#spans = [];
      this.#spansOf = undefined;
      this.#painter?.clear();
      this.#overlay?.clear();
      return;
    }
    const data = text.data;
    if (this.#offsets?.text !== data) this.#offsets = new TextOffsets(data);
    const items = ws.store.items;
    const cached = this.#spansOf;
    if (!cached || cached.items !== items || cached.config !== ws.config || cached.data !== data) {
      this.#spans = readTextSpans(
        ws.store.index,
        objectName(node),
        this.#offsets,
        spanColours(ws.config, node),
      );
      this.#position = new Map(this.#spans.map((span, i) => [span.id, i]));
      this.#spansOf = { items, config: ws.config, data };
    }
    const selected = this.#selectedSpan();
    this.#painter.update(text, this.#spans, selected?.id);
    if (ws.selectedRegion !== this.#announcedSelection) {
      this.#announcedSelection = ws.selectedRegion;
      if (selected)
        this.#say(
          spanMessages.selected(
            this.#spanText(selected),
            selected.labels,
            this.#position.get(selected.id)! + 1,
            this.#spans.length,
          ),
        );
    }
    this.#scheduleOverlay();
  }

  readonly onMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0) return;
    // the drag may end outside the text: listen where it ends
    document.addEventListener('mouseup', this.#onMouseUp, { capture: true, once: true });
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = spanKeyAction(event);
    if (!action || !this.#editor.run(action)) return;
    event.preventDefault();
    event.stopPropagation(); // a config hotkey on the same key must not run twice
  };

  readonly onFocus = (): void => {
    this.#focused = true;
    this.#scheduleOverlay();
  };

  readonly onBlur = (): void => {
    this.#focused = false;
    this.#scheduleOverlay();
  };

  readonly #onMouseUp = (event: MouseEvent): void => this.#editor.mouseUp(event);

  readonly #onSelectionChange = (): void => {
    if (this.#focused) this.#scheduleOverlay();
  };

  /** Label tags sit in the text's own coordinates, so they scroll with it; tags for spans that come
   *  into view are added once scrolling pauses, not on every frame of a scroll (measuring a
   *  megabyte text node per frame would cost frames). */
  readonly #onScroll = (): void => {
    if (this.#host.node?.attrs.showLabels !== true) return;
    clearTimeout(this.#scrollPause);
    this.#scrollPause = setTimeout(() => this.#scheduleOverlay(), SCROLL_PAUSE_MS);
  };

  /** The editor's view of this state: live getters, so it always sees the current render. */
  #editorState(): SpanEditorState {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object's accessors read this controller
    const self = this;
    return {
      get workspace() {
        return self.#host.workspace;
      },
      get node() {
        return self.#host.node;
      },
      get text() {
        return self.#text;
      },
      get offsets() {
        return self.#offsets;
      },
      get spans() {
        return self.#spans;
      },
      get selectedSpan() {
        return self.#selectedSpan();
      },
      get caret() {
        return self.#caret;
      },
      set caret(value: number) {
        self.#caret = value;
      },
      positionOf: (id) => this.#position.get(id),
      say: (message) => this.#say(message),
      reveal: () => {
        this.#reveal = true;
        this.#scheduleOverlay();
      },
      reannounce: () => {
        this.#announcedSelection = undefined;
        this.#host.requestUpdate();
      },
    };
  }

  #selectedSpan(): TextSpan | undefined {
    const id = this.#host.workspace?.selectedRegion;
    const at = id === undefined ? undefined : this.#position.get(id);
    return at === undefined ? undefined : this.#spans[at];
  }

  #spanText(span: TextSpan): string {
    return this.#text?.data.slice(span.from, span.to) ?? '';
  }

  #say(message: string): void {
    const live = this.#parts.live;
    if (live) live.textContent = message;
  }

  #scheduleOverlay(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#drawOverlay();
    });
  }

  #drawOverlay(): void {
    const text = this.#text;
    const overlay = this.#overlay;
    if (!overlay) return;
    if (!text || !text.isConnected) return overlay.clear();
    const selection = this.#focused ? selectionIn(text) : undefined;
    const scene: OverlayScene = {
      text,
      ...(this.#selectedSpan() ? { selected: this.#selectedSpan()! } : {}),
      ...(this.#focused && (!selection || selection.collapsed)
        ? { caret: selection?.from ?? this.#caret }
        : {}),
      ...(this.#host.node?.attrs.showLabels === true ? { tags: this.#visibleSpans(text) } : {}),
      relations: this.#relations(),
    };
    overlay.draw(scene);
    if (this.#reveal) {
      this.#reveal = false;
      overlay.layer
        .querySelector('.caret, .outline')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** Relations whose both ends are spans of this text. */
  #relations(): TextRelation[] {
    const relations = this.#host.workspace?.store.index.relations ?? [];
    const out: TextRelation[] = [];
    for (const relation of relations) {
      const from = this.#position.get(String(relation.from_id));
      const to = this.#position.get(String(relation.to_id));
      if (from === undefined || to === undefined) continue;
      out.push({
        from: this.#spans[from]!,
        to: this.#spans[to]!,
        direction: String(relation.direction ?? 'right'),
        labels: (relation.labels ?? []).filter((l): l is string => typeof l === 'string'),
      });
    }
    return out;
  }

  /** Spans that start on screen or within a screen's height of it, found from the text offsets at
   *  the corners of the visible part (the spans are sorted, so the scan stops past the end). */
  #visibleSpans(text: Text): TextSpan[] {
    const container = this.#parts.container;
    if (!container) return [];
    const box = container.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (bottom <= top) return [];
    const from = caretAt(text, box.left + 1, top + 1) ?? 0;
    const to = caretAt(text, box.right - 1, bottom - 1) ?? text.length;
    const margin = to - from; // about a screen of text
    const out: TextSpan[] = [];
    for (const span of this.#spans) {
      if (span.from > to + margin || out.length >= MAX_TAGS) break;
      if (span.from >= from - margin) out.push(span);
    }
    return out;
  }
}

function objectName(node: ConfigNode): string {
  return String(node.attrs.name ?? '');
}

function textNodeOf(container: HTMLElement): Text | undefined {
  for (const child of container.childNodes) if (child instanceof Text) return child;
  return undefined;
}

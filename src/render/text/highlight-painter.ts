import type { TextSpan } from './text-spans.js';

/**
 * Paints text spans with the CSS Custom Highlight API: each span is a `Range` over the one text
 * node, grouped into one `Highlight` per (colour, overlap level), styled by `::highlight()` rules in
 * a constructed style sheet of the view's shadow root.
 *
 * Why this and not boxes over the text: the text stays one real DOM text node (selection, copy,
 * find-in-page and screen readers work as on any text), there is no element per span, and the
 * browser paints only the lines on screen, with no layout of ours on load, scroll or resize. A
 * megabyte text with 5,000 spans costs 5,000 `Range`s. The registry (`CSS.highlights`) is global to
 * the document, so names are unique per painter and are removed in `destroy()`.
 *
 * The selected span gets its own highlight on top (underlined, stronger); its outline is drawn by
 * `SpanOverlay`, since `::highlight()` cannot draw borders.
 */
let painters = 0;

interface Painted {
  readonly range: Range;
  readonly highlight: string;
  readonly from: number;
  readonly to: number;
}

/** Fill opacity of a span; overlapping spans stack. */
const FILL = 30;

export class HighlightPainter {
  readonly #prefix = `label-elements-${++painters}`;
  readonly #sheet = new CSSStyleSheet();
  readonly #highlights = new Map<string, Highlight>();
  readonly #painted = new Map<string, Painted>();
  readonly #colours: string[] = [];
  readonly #selected: Highlight = new Highlight();
  #text: Text | undefined;
  /** The text node's content when the ranges were made: Lit rewrites a node's data in place when
   *  the task's text changes, and ranges over the old content would be wrong. */
  #data = '';
  #rules = '';

  constructor() {
    this.#selected.priority = 1_000_000;
    CSS.highlights.set(this.#name('selected'), this.#selected);
  }

  /** The style sheet the view's shadow root must adopt (the rules apply only inside it). */
  get styleSheet(): CSSStyleSheet {
    return this.#sheet;
  }

  /** The name of the highlight a span is painted in (for tests and debugging). */
  highlightOf(id: string): string | undefined {
    return this.#painted.get(id)?.highlight;
  }

  /** The range a span is painted over, if it is painted. */
  rangeOf(id: string): Range | undefined {
    return this.#painted.get(id)?.range;
  }

  get selectedHighlightName(): string {
    return this.#name('selected');
  }

  /**
   * Draws `spans` over `text`, changing only what changed since the last call: a commit that adds
   * one span adds one range. A new text node (new task) starts over.
   */
  update(text: Text, spans: readonly TextSpan[], selected: string | undefined): void {
    if (text !== this.#text || text.data !== this.#data) {
      this.clear();
      this.#text = text;
      this.#data = text.data;
    }
    const seen = new Set<string>();
    for (const span of spans) {
      seen.add(span.id);
      const name = this.#highlightName(span);
      const old = this.#painted.get(span.id);
      if (old && old.highlight === name && old.from === span.from && old.to === span.to) continue;
      if (old) this.#highlights.get(old.highlight)?.delete(old.range);
      const range = new Range();
      range.setStart(text, span.from);
      range.setEnd(text, span.to);
      this.#highlight(name, span.level).add(range);
      this.#painted.set(span.id, { range, highlight: name, from: span.from, to: span.to });
    }
    for (const [id, old] of this.#painted) {
      if (seen.has(id)) continue;
      this.#highlights.get(old.highlight)?.delete(old.range);
      this.#painted.delete(id);
    }
    this.#selected.clear();
    const chosen = selected === undefined ? undefined : this.#painted.get(selected);
    if (chosen) this.#selected.add(chosen.range.cloneRange());
    this.#writeRules();
  }

  destroy(): void {
    this.clear();
    CSS.highlights.delete(this.#name('selected'));
    this.#sheet.replaceSync('');
  }

  /** Removes every span highlight (the view shows no text: loading, or an error). */
  clear(): void {
    for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
    this.#highlights.clear();
    this.#painted.clear();
    this.#selected.clear();
    this.#text = undefined;
    this.#data = '';
  }

  #name(suffix: string): string {
    return `${this.#prefix}-${suffix}`;
  }

  #highlightName(span: TextSpan): string {
    let colour = this.#colours.indexOf(span.colour);
    if (colour < 0) colour = this.#colours.push(span.colour) - 1;
    return this.#name(`c${colour}-l${span.level}`);
  }

  #highlight(name: string, level: number): Highlight {
    let highlight = this.#highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = level; // deeper overlaps paint on top
      this.#highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** One rule per highlight in use. Colours were checked to be plain tokens (`safeColour`). */
  #writeRules(): void {
    const rules = [...this.#highlights.keys()].map((name) => {
      const colour = this.#colours[Number(/-c(\d+)-l\d+$/.exec(name)![1])]!;
      return `::highlight(${name}) { background-color: color-mix(in srgb, ${colour} ${FILL}%, transparent); }`;
    });
    rules.push(
      `::highlight(${this.#name('selected')}) { background-color: color-mix(in srgb, var(--label-accent, #0b65d8) 18%, transparent); text-decoration: underline 2px var(--label-accent, #0b65d8); }`,
    );
    const text = rules.join('\n');
    if (text !== this.#rules) {
      this.#rules = text;
      this.#sheet.replaceSync(text);
    }
  }
}

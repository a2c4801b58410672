import type { TextSpan } from './text-spans.js';
import { relationArrows, type TextRelation } from './relation-arrows.js';

/**
 * What the highlight layer cannot draw, as a few absolutely placed boxes over the text: the outline
 * of the selected span, the keyboard caret (a non-editable text shows none), and, with
 * `showLabels`, a small tag with the label names above the start of each span on screen, and the
 * arrows of relations between spans (`relation-arrows.ts`). Only these
 * few boxes are elements, never one per span, and tags are made only for spans that are visible.
 * Boxes are placed from `Range.getClientRects()` relative to the layer's containing block, so they
 * follow the text while the page scrolls; the view redraws them when the text reflows.
 */
export interface OverlayScene {
  readonly text: Text;
  readonly selected?: TextSpan;
  /** Collapsed keyboard caret, as a UTF-16 offset, while the text has focus. */
  readonly caret?: number;
  /** Spans whose label tag to show. */
  readonly tags?: readonly TextSpan[];
  /** Relations between spans of this text, drawn as arrows. */
  readonly relations?: readonly TextRelation[];
}

/** A span over many lines gets an outline on at most this many line boxes. */
const MAX_OUTLINE_BOXES = 400;

export class SpanOverlay {
  constructor(readonly layer: HTMLElement) {}

  draw(scene: OverlayScene): void {
    const origin = (this.layer.offsetParent ?? this.layer).getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    if (scene.selected) {
      const range = rangeOf(scene.text, scene.selected.from, scene.selected.to);
      const rects = [...range.getClientRects()].slice(0, MAX_OUTLINE_BOXES);
      for (const rect of rects) boxes.push(box('outline', rect, origin));
      boxes[0]?.setAttribute('data-span', scene.selected.id);
    }
    if (scene.caret !== undefined) {
      const rect = caretRect(scene.text, scene.caret);
      if (rect) boxes.push(box('caret', new DOMRect(rect.left, rect.top, 0, rect.height), origin));
    }
    for (const span of scene.tags ?? []) {
      const rect = rangeOf(scene.text, span.from, Math.min(span.to, span.from + 1)).getClientRects()[0];
      if (!rect) continue;
      const tag = box('tag', new DOMRect(rect.left, rect.top, 0, 0), origin);
      tag.textContent = span.labels.join(', '); // text, never markup (bad-inputs S5, S9)
      tag.style.setProperty('--span-colour', span.colour);
      tag.dataset.span = span.id;
      boxes.push(tag);
    }
    const arrows = scene.relations?.length ? [relationArrows(scene.text, scene.relations, origin)] : [];
    this.layer.replaceChildren(...boxes, ...arrows);
  }

  clear(): void {
    this.layer.replaceChildren();
  }
}

function rangeOf(text: Text, from: number, to: number): Range {
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return range;
}

/** Where a caret at `at` is drawn: the left edge of the next character, or the right edge of the
 *  previous one at the end of a line or the text. */
function caretRect(text: Text, at: number): DOMRect | undefined {
  if (at < text.length) {
    const next = rangeOf(text, at, at + 1).getClientRects()[0];
    if (next && text.data[at] !== '\n') return new DOMRect(next.left, next.top, 0, next.height);
  }
  if (at > 0) {
    const previous = [...rangeOf(text, at - 1, at).getClientRects()].pop();
    if (previous) return new DOMRect(previous.right, previous.top, 0, previous.height);
  }
  return undefined;
}

function box(kind: string, rect: DOMRect, origin: DOMRect): HTMLElement {
  const el = document.createElement('div');
  el.className = kind;
  el.style.left = `${rect.left - origin.left}px`;
  el.style.top = `${rect.top - origin.top}px`;
  el.style.width = `${rect.width}px`;
  el.style.height = `${rect.height}px`;
  return el;
}

import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LabelTextView } from '../../../src/elements/objects/label-text-view.js';
import type { TextSpan } from '../../../src/render/text/text-spans.js';
import { deepQuery, settle } from '../workspace-fixture.js';

/**
 * Real input over a `<Text>`: mouse drags between characters at coordinates measured with
 * `Range.getBoundingClientRect`, and key presses, all through the browser's input pipeline.
 */

export function textView(ws: LabelWorkspace, name?: string): LabelTextView {
  const view = deepQuery<LabelTextView>(
    ws,
    name === undefined ? 'label-text-view' : `label-text-view[data-object="${name}"]`,
  );
  if (!view) throw new Error('no label-text-view');
  return view;
}

export function textNode(view: LabelTextView): Text {
  const container = view.shadowRoot!.querySelector('.htx-text')!;
  const node = [...container.childNodes].find((n): n is Text => n instanceof Text);
  if (!node) throw new Error('no text node');
  return node;
}

function charRect(view: LabelTextView, at: number): DOMRect {
  const node = textNode(view);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, Math.min(node.length, at + 1));
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}

/** Scrolls character `at` into view and returns a point just inside its left (or right) edge. */
export function pointAt(
  view: LabelTextView,
  at: number,
  side: 'left' | 'right' | 'middle' = 'middle',
): [number, number] {
  let rect = charRect(view, at);
  if (rect.top < 0 || rect.bottom > innerHeight) {
    scrollBy(0, rect.top - innerHeight / 2);
    rect = charRect(view, at);
  }
  const x = side === 'left' ? rect.left + 1 : side === 'right' ? rect.right - 1 : rect.left + rect.width / 2;
  return [Math.round(x), Math.round(rect.top + rect.height / 2)];
}

/** Drags the mouse from the start of unit `from` to the end of unit `to - 1` (a native selection). */
export async function drag(ws: LabelWorkspace, view: LabelTextView, from: number, to: number): Promise<void> {
  const start = pointAt(view, from, 'left');
  const end = pointAt(view, to - 1, 'right');
  await sendMouse({ type: 'move', position: start });
  await sendMouse({ type: 'down' });
  await sendMouse({
    type: 'move',
    position: [Math.round((start[0] + end[0]) / 2), Math.round((start[1] + end[1]) / 2)],
  });
  await sendMouse({ type: 'move', position: end });
  await sendMouse({ type: 'up' });
  await resetMouse();
  await settle(ws);
}

/** A real click on the middle of character `at`. */
export async function clickChar(ws: LabelWorkspace, view: LabelTextView, at: number): Promise<void> {
  await sendMouse({ type: 'click', position: pointAt(view, at) });
  await resetMouse();
  await settle(ws);
}

/** Presses a key `times` times with Shift held. */
export async function shiftPress(ws: LabelWorkspace, key: string, times = 1): Promise<void> {
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
  await settle(ws);
}

/** The spans the view draws, with the text each painted range covers. */
export function drawnSpans(view: LabelTextView): (TextSpan & { painted: string | undefined })[] {
  const layer = view.spanLayer;
  return layer.spans.map((span) => ({ ...span, painted: layer.painter?.rangeOf(span.id)?.toString() }));
}

/** The live region's words. */
export function announced(view: LabelTextView): string {
  return view.shadowRoot!.querySelector('.live')?.textContent ?? '';
}

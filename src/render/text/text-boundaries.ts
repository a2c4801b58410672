import type { UnitSpan } from './granularity.js';

/**
 * Between the DOM and offsets into the one text node that shows a `<Text>`: the native selection
 * (made by a mouse drag or by the keyboard through `Selection.modify`) and a point under the
 * pointer, both as UTF-16 offsets into that node. The text lives in a shadow root, so the
 * selection is read with `getComposedRanges({ shadowRoots })` and points with
 * `caretPositionFromPoint(x, y, { shadowRoots })`, the standard ways to see into it.
 */

/** The selection as offsets into `text` (clamped to it), or undefined when none touches it. */
export function selectionIn(text: Text): (UnitSpan & { readonly collapsed: boolean }) | undefined {
  const range = composedRange(text);
  if (!range) return undefined;
  const from = unitOf(range.startContainer, range.startOffset, text);
  const to = unitOf(range.endContainer, range.endOffset, text);
  if (from === undefined || to === undefined) return undefined;
  const touches =
    range.startContainer === text || range.endContainer === text || (from === 0 && to === text.length);
  if (!touches) return undefined;
  return { from, to, collapsed: from === to };
}

/** Sets the native selection to `from…to` of `text`; `from > to` puts the focus (where the next
 *  Shift+arrow extends) at the start. */
export function selectUnits(text: Text, from: number, to: number = from): void {
  document.getSelection()?.setBaseAndExtent(text, from, text, to);
}

export function clearSelectionIn(text: Text): void {
  if (selectionIn(text)) document.getSelection()?.removeAllRanges();
}

/**
 * The character under a viewport point: its UTF-16 offset into `text`, or undefined when the point
 * is over no character of it (past the end of a line, in the padding). The caret position is the
 * nearest boundary; the character is the one on whichever side of it the point actually covers.
 */
export function characterAt(text: Text, x: number, y: number): number | undefined {
  const root = text.getRootNode();
  const caret = document.caretPositionFromPoint(
    x,
    y,
    root instanceof ShadowRoot ? { shadowRoots: [root] } : undefined,
  );
  if (!caret || caret.offsetNode !== text) return undefined;
  for (const at of [caret.offset, caret.offset - 1]) {
    if (at < 0 || at >= text.length) continue;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, Math.min(text.length, at + (isHighSurrogate(text.data.charCodeAt(at)) ? 2 : 1)));
    for (const box of range.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return at;
    }
  }
  return undefined;
}

/** A collapsed caret at a viewport point, as an offset into `text` (for keyboard mode after a click). */
export function caretAt(text: Text, x: number, y: number): number | undefined {
  const root = text.getRootNode();
  const caret = document.caretPositionFromPoint(
    x,
    y,
    root instanceof ShadowRoot ? { shadowRoots: [root] } : undefined,
  );
  return caret?.offsetNode === text ? caret.offset : undefined;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function composedRange(text: Text): StaticRange | AbstractRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const root = text.getRootNode();
  if (typeof selection.getComposedRanges === 'function') {
    return selection.getComposedRanges(root instanceof ShadowRoot ? { shadowRoots: [root] } : undefined)[0];
  }
  return selection.getRangeAt(0);
}

/**
 * A selection boundary as an offset into `text`: its own offset when it is in the text node;
 * 0 or the length when it is before or after it (a drag that ran past the text's end); undefined
 * when it cannot be placed (another document).
 */
function unitOf(node: Node, offset: number, text: Text): number | undefined {
  if (node === text) return offset;
  const anchor = liftInto(text, node.getRootNode());
  if (!anchor) return undefined;
  const position = anchor.compareDocumentPosition(node);
  if (position & Node.DOCUMENT_POSITION_CONTAINS) {
    // the boundary is between children of an ancestor of the text: before or after that child
    let child: Node = anchor;
    while (child.parentNode !== node && child.parentNode) child = child.parentNode;
    const index = Array.prototype.indexOf.call(node.childNodes, child) as number;
    return offset <= index ? 0 : text.length;
  }
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 0;
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return text.length;
  return undefined;
}

/** `text`, or the shadow host that contains it, in the tree whose root is `root`. */
function liftInto(text: Text, root: Node): Node | undefined {
  let node: Node = text;
  while (node.getRootNode() !== root) {
    const own = node.getRootNode();
    if (!(own instanceof ShadowRoot)) return undefined;
    node = own.host;
  }
  return node;
}

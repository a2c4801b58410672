import type { ConfigNode } from '../../config/types.js';
import type { TextOffsets } from '../../format/text-offsets.js';
import { createRegion } from '../../model/region-commands.js';
import { removeRegion } from '../../model/commands.js';
import { textLabelling } from '../../model/text-labelling.js';
import { innermostAt, type TextSpan } from '../../render/text/text-spans.js';
import { isGranularity, snapSelection } from '../../render/text/granularity.js';
import {
  caretAt,
  characterAt,
  clearSelectionIn,
  selectUnits,
  selectionIn,
} from '../../render/text/text-boundaries.js';
import type { WorkspaceContextValue } from '../workspace/context.js';
import type { SpanKeyAction } from './text-span-keys.js';
import { spanMessages } from './span-messages.js';

/** What the editor reads and asks of the view's span state (`TextSpanController`). */
export interface SpanEditorState {
  readonly workspace: WorkspaceContextValue | undefined;
  readonly node: ConfigNode | undefined;
  readonly text: Text | undefined;
  readonly offsets: TextOffsets | undefined;
  /** Spans in reading order. */
  readonly spans: readonly TextSpan[];
  readonly selectedSpan: TextSpan | undefined;
  /** Reading-order position of a span by id. */
  positionOf(id: string): number | undefined;
  /** Keyboard caret (UTF-16 offset), kept while the native selection is elsewhere. */
  caret: number;
  say(message: string): void;
  /** Scroll the caret or the selected span into view when the overlay is drawn next. */
  reveal(): void;
  /** Announce the selected span again (a step that stayed on it). */
  reannounce(): void;
}

/**
 * Turns input over a `<Text>` into store commands (each one undoable commit): a drag or Enter makes
 * a span of the selection with the chosen label(s); a click selects the innermost span under the
 * pointer; the keys of `text-span-keys.ts` move the caret, step between spans, delete and clear.
 */
export class TextSpanEditor {
  constructor(private readonly state: SpanEditorState) {}

  /** End of a mouse gesture that began on the text (the drag may end outside it). */
  mouseUp(event: MouseEvent): void {
    const { text, workspace: ws } = this.state;
    if (!text || !ws) return;
    const selection = selectionIn(text);
    if (selection && !selection.collapsed) {
      // as in Label Studio, a labelled selection becomes a span and the selection goes away; without
      // a chosen label it stays, so choosing one and pressing Enter still labels it
      if (this.#create(selection.from, selection.to, false)) clearSelectionIn(text);
      return;
    }
    this.state.caret = caretAt(text, event.clientX, event.clientY) ?? this.state.caret;
    const at = characterAt(text, event.clientX, event.clientY);
    const span = at === undefined ? undefined : innermostAt(this.state.spans, at);
    ws.store.select(span ? [span.id] : []);
  }

  /** Runs a key's action; false when it did not apply (the key then goes on to the workspace). */
  run(action: SpanKeyAction): boolean {
    const { text, workspace: ws } = this.state;
    if (!text || !ws) return false;
    switch (action.kind) {
      case 'caret':
        return this.#moveCaret(text, action.alter, action.direction, action.unit);
      case 'create': {
        const selection = selectionIn(text);
        if (!selection || selection.collapsed) return false;
        if (this.#create(selection.from, selection.to, true)) selectUnits(text, this.state.caret);
        return true;
      }
      case 'next':
      case 'previous':
        return this.#step(action.kind === 'next' ? 1 : -1);
      case 'delete': {
        const span = this.state.selectedSpan;
        if (!span || ws.readonly) return false;
        this.state.caret = span.from;
        removeRegion(ws.store, span.id);
        this.state.say(spanMessages.deleted(text.data.slice(span.from, span.to)));
        return true;
      }
      case 'clear': {
        const hadSpan = this.state.selectedSpan !== undefined;
        const selection = selectionIn(text);
        if (!hadSpan && (!selection || selection.collapsed)) return false;
        if (selection) selectUnits(text, this.state.caret);
        if (hadSpan) ws.store.select([]);
        this.state.say(spanMessages.cleared());
        return true;
      }
    }
  }

  /** Makes a span of `from…to` (UTF-16) with the chosen labels. False when nothing was made. */
  #create(from: number, to: number, fromKeyboard: boolean): boolean {
    const { workspace: ws, node, text, offsets } = this.state;
    if (!ws || !node || !text || !offsets || ws.readonly) return false;
    const labelling = textLabelling(ws.config, node, ws.chosenLabels);
    if (!labelling.selectable || labelling.controls.length === 0) return false;
    if (labelling.picks.length === 0) {
      // Label Studio makes no span without a chosen label; say so to a keyboard user
      if (fromKeyboard) this.state.say(spanMessages.noLabel());
      return false;
    }
    const granularity = isGranularity(labelling.granularity) ? labelling.granularity : 'symbol';
    const snapped = snapSelection(text.data, from, to, granularity);
    if (!snapped) return false;
    const start = offsets.toCodePoint(snapped.from);
    const end = offsets.toCodePoint(snapped.to);
    const spanText = offsets.slice(start, end);
    const first = labelling.picks[0]!;
    createRegion(
      ws.store,
      {
        toName: String(node.attrs.name ?? ''),
        tool: { name: first.fromName, type: first.type ?? 'labels' },
        geometry: labelling.saveText ? { start, end, text: spanText } : { start, end },
        labels: labelling.picks,
      },
      ws.createId,
    );
    ws.store.select([]);
    this.state.caret = snapped.to;
    this.state.say(
      spanMessages.created(
        spanText,
        labelling.picks.flatMap((pick) => pick.values),
      ),
    );
    return true;
  }

  #moveCaret(text: Text, alter: 'move' | 'extend', direction: 'forward' | 'backward', unit: string): boolean {
    const selection = document.getSelection();
    if (!selection) return false;
    if (!selectionIn(text)) {
      const span = this.state.selectedSpan;
      selectUnits(text, span ? (direction === 'forward' ? span.to : span.from) : this.state.caret);
    }
    selection.modify(alter, direction, unit);
    const now = selectionIn(text);
    if (now) this.state.caret = now.collapsed || selection.direction === 'backward' ? now.from : now.to;
    this.state.reveal();
    return true;
  }

  /** Selects the next (+1) or previous (−1) span in reading order, from the selected one or the caret. */
  #step(delta: 1 | -1): boolean {
    const { workspace: ws, spans } = this.state;
    if (!ws) return false;
    if (spans.length === 0) {
      this.state.say(spanMessages.noSpans());
      return true;
    }
    const caret = this.state.caret;
    const current = ws.selectedRegion === undefined ? undefined : this.state.positionOf(ws.selectedRegion);
    let index: number;
    if (current !== undefined) index = Math.min(spans.length - 1, Math.max(0, current + delta));
    else if (delta > 0)
      index = Math.max(
        0,
        spans.findIndex((span) => span.from >= caret),
      );
    else
      index = Math.max(
        0,
        spans.findLastIndex((span) => span.from < caret),
      );
    const span = spans[index]!;
    this.state.caret = span.from;
    this.state.reveal();
    if (index === current)
      this.state.reannounce(); // at an end: say where we are again
    else ws.store.select([span.id]);
    return true;
  }
}

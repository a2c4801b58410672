import type { LSResult } from '../../format/types.js';
import type { TextOffsets } from '../../format/text-offsets.js';
import type { ResultIndex } from '../../model/result-index.js';
import { assignLevels } from './span-levels.js';

/**
 * A labelled span of one `<Text>`, as the highlight layer draws it. Label Studio's offsets
 * (`start`/`end`, code points, ls-spec §6.8) are converted once to the DOM's (`from`/`to`, UTF-16
 * units into the one text node), so drawing and hit-testing never convert again.
 */
export interface TextSpan {
  readonly id: string;
  /** Label Studio offsets: code points, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** The same span in UTF-16 units of the displayed string (what `Range` takes). */
  readonly from: number;
  readonly to: number;
  /** Every label the region carries, from every labelling control. */
  readonly labels: readonly string[];
  /** A plain CSS colour token (checked, see `span-colours.ts`). */
  readonly colour: string;
  /** Overlap level: spans that overlap never share one, so the overlap is painted twice (darker). */
  readonly level: number;
}

/** Colour of a region from its items (the first item that says a label decides). */
export type SpanColour = (items: readonly LSResult[], labels: readonly string[]) => string;

/**
 * The spans on the object `objectName`, in reading order (by start; of two spans that start
 * together, the longer first, so the outer one comes before what it contains). A region is a span
 * of this object when one of its items targets it with whole-number `start`/`end` inside the text;
 * anything else (other objects, offsets outside the text) is not drawn here, and stays in the
 * annotation untouched. One pass over the store's index: O(items + spans log spans).
 */
export function readTextSpans(
  index: ResultIndex,
  objectName: string,
  offsets: TextOffsets,
  colourOf: SpanColour,
): TextSpan[] {
  const spans: Omit<TextSpan, 'level'>[] = [];
  for (const id of index.ids()) {
    const items = index.itemsOf(id);
    const geometry = items.find(
      (item) => item.to_name === objectName && isOffsetPair(item.value, offsets.length),
    );
    if (!geometry) continue;
    const start = geometry.value!.start as number;
    const end = geometry.value!.end as number;
    const labels = index.labelsOf(id);
    spans.push({
      id,
      start,
      end,
      from: offsets.toUtf16(start),
      to: offsets.toUtf16(end),
      labels,
      colour: colourOf(items, labels),
    });
  }
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const levels = assignLevels(spans);
  return spans.map((span, i) => Object.freeze({ ...span, level: levels[i]! }));
}

function isOffsetPair(value: LSResult['value'], length: number): boolean {
  if (!value) return false;
  const { start, end } = value;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (end as number) <= length
  );
}

/** The innermost (shortest) span that contains the character at unit `at`; the later one in
 *  reading order when two are as long. */
export function innermostAt(spans: readonly TextSpan[], at: number): TextSpan | undefined {
  let best: TextSpan | undefined;
  for (const span of spans) {
    if (span.from > at) break; // sorted by start
    if (at >= span.to) continue;
    if (!best || span.to - span.from <= best.to - best.from) best = span;
  }
  return best;
}

/**
 * Snapping a text selection to Label Studio's `granularity` (ls-spec §2.6), on the string itself
 * (UTF-16 offsets into the displayed text). Label Studio does the same with `Selection.modify`
 * (`selection-tools.js`): at `symbol` the selection is kept exactly as made; at any coarser
 * granularity it first trims white space from both ends, then widens each end to the boundary of
 * the word (sentence, paragraph) it falls in. Words come from `Intl.Segmenter`, the same ICU word
 * breaks the browser's selection uses, so snapping does not depend on layout and runs on any text.
 */
export type Granularity = 'symbol' | 'word' | 'sentence' | 'paragraph';

export interface UnitSpan {
  readonly from: number;
  readonly to: number;
}

/** How far around each end we hand to the segmenter: no word is longer, and a megabyte text is
 *  never segmented whole. Sentences get a wider window. */
const WORD_WINDOW = 256;
const SENTENCE_WINDOW = 4096;

export function isGranularity(value: unknown): value is Granularity {
  return value === 'symbol' || value === 'word' || value === 'sentence' || value === 'paragraph';
}

/**
 * The span to label for a selection of `text` between `from` and `to`, or `undefined` when there
 * is nothing to label: an empty selection, or (our one departure from Label Studio, which would
 * keep it) a selection of white space only, which a stray click-drag between words makes.
 */
export function snapSelection(
  text: string,
  from: number,
  to: number,
  granularity: Granularity = 'symbol',
): UnitSpan | undefined {
  if (to <= from || text.slice(from, to).trim() === '') return undefined;
  if (granularity === 'symbol') return { from, to };
  const trimmed = trim(text, from, to);
  if (granularity === 'paragraph')
    return trim(text, paragraphStart(text, trimmed.from), paragraphEnd(text, trimmed.to));
  const kind = granularity === 'word' ? 'word' : 'sentence';
  const window = kind === 'word' ? WORD_WINDOW : SENTENCE_WINDOW;
  const first = segmentAt(text, trimmed.from, kind, window);
  const last = segmentAt(text, trimmed.to - 1, kind, window);
  const start = first && (kind === 'sentence' || first.isWordLike) ? first.from : trimmed.from;
  const end = last && (kind === 'sentence' || last.isWordLike) ? last.to : trimmed.to;
  return trim(text, start, end);
}

const isSpace = (unit: string) => /\s/.test(unit);

function trim(text: string, from: number, to: number): UnitSpan {
  while (from < to && isSpace(text[from]!)) from++;
  while (to > from && isSpace(text[to - 1]!)) to--;
  return { from, to };
}

interface Segment extends UnitSpan {
  readonly isWordLike: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmentAt(text: string, at: number, kind: 'word' | 'sentence', window: number): Segment | undefined {
  let segmenter = segmenters.get(kind);
  if (!segmenter) segmenters.set(kind, (segmenter = new Intl.Segmenter(undefined, { granularity: kind })));
  const base = Math.max(0, at - window);
  const found = segmenter.segment(text.slice(base, at + window)).containing(at - base);
  if (!found) return undefined;
  return {
    from: base + found.index,
    to: base + found.index + found.segment.length,
    isWordLike: found.isWordLike === true,
  };
}

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function paragraphEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next;
}

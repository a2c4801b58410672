/**
 * Text span offsets. Label Studio stores `start`/`end` of Text spans in Unicode code points (the
 * editor counts with `[...str].length` to match Python, ls-spec §6.8), while JavaScript strings,
 * the DOM and selections count UTF-16 code units. An emoji is one code point and two units, so
 * using `string.length` drifts by one per emoji (bad-inputs S18). Combining marks, zero-width
 * joiners, `\r` of CRLF and bidi controls are code points like any other: each counts as one.
 *
 * A lone surrogate counts as one code point, as the string iterator counts it. An offset that
 * falls between the two units of a pair counts the pair's code point as before it, as
 * `[...text.slice(0, offset)].length` does.
 */

/** Anchor spacing: a lookup walks at most this many units or code points from its anchor. */
const STRIDE = 32;
const SHIFT = 5; // log2(STRIDE)

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Converts offsets in one text, in O(1) per lookup after one O(n) pass. Text without surrogates
 * (most text) needs no index at all: both counts agree. Otherwise the index keeps, every 32 units
 * and every 32 code points, the position in the other count: two `Uint32Array`s of an eighth of
 * the text's size in bytes together.
 */
export class TextOffsets {
  /** Length in code points, Label Studio's unit. */
  readonly length: number;
  /** Code points before unit `k * STRIDE`. */
  readonly #codePointsAtUnit: Uint32Array | undefined;
  /** Unit index of code point `k * STRIDE`. */
  readonly #unitAtCodePoint: Uint32Array | undefined;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.length = text.length;
      return;
    }
    const units = text.length;
    const codePointsAtUnit = new Uint32Array((units >> SHIFT) + 1);
    const unitAtCodePoint = new Uint32Array((units >> SHIFT) + 1);
    let codePoints = 0;
    for (let i = 0; i < units; i++) {
      if ((i & (STRIDE - 1)) === 0) codePointsAtUnit[i >> SHIFT] = codePoints;
      if (this.#continuesPair(i)) continue;
      if ((codePoints & (STRIDE - 1)) === 0) unitAtCodePoint[codePoints >> SHIFT] = i;
      codePoints++;
    }
    if ((units & (STRIDE - 1)) === 0) codePointsAtUnit[units >> SHIFT] = codePoints;
    this.length = codePoints;
    this.#codePointsAtUnit = codePointsAtUnit;
    this.#unitAtCodePoint = unitAtCodePoint;
  }

  /** Length in UTF-16 code units (`text.length`). */
  get utf16Length(): number {
    return this.text.length;
  }

  /** The code-point offset of a UTF-16 offset (0 … `utf16Length`). */
  toCodePoint(utf16Index: number): number {
    checkOffset(utf16Index, this.text.length, 'UTF-16');
    const anchors = this.#codePointsAtUnit;
    if (anchors === undefined) return utf16Index;
    const from = (utf16Index >> SHIFT) << SHIFT;
    let codePoints = anchors[utf16Index >> SHIFT];
    for (let i = from; i < utf16Index; i++) if (!this.#continuesPair(i)) codePoints++;
    return codePoints;
  }

  /** The UTF-16 offset of a code-point offset (0 … `length`). */
  toUtf16(codePointIndex: number): number {
    checkOffset(codePointIndex, this.length, 'code point');
    const anchors = this.#unitAtCodePoint;
    if (anchors === undefined) return codePointIndex;
    if (codePointIndex === this.length) return this.text.length;
    let unit = anchors[codePointIndex >> SHIFT];
    for (let left = codePointIndex & (STRIDE - 1); left > 0; left--) unit += this.#pairAt(unit) ? 2 : 1;
    return unit;
  }

  /** The text between two code-point offsets (end exclusive), as Label Studio's `value.text`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }

  /** Unit `i` is the second unit of a surrogate pair. */
  #continuesPair(i: number): boolean {
    return i > 0 && isLow(this.text.charCodeAt(i)) && isHigh(this.text.charCodeAt(i - 1));
  }

  /** A surrogate pair starts at unit `i`. */
  #pairAt(i: number): boolean {
    return isHigh(this.text.charCodeAt(i)) && isLow(this.text.charCodeAt(i + 1));
  }
}

function checkOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${offset} is not a ${unit} offset of this text (0 … ${max})`);
  }
}

/** The last text converted, so that converting many spans of one text builds its index once. */
let lastOffsets: TextOffsets | undefined;

function offsetsOf(text: string): TextOffsets {
  if (lastOffsets?.text !== text) lastOffsets = new TextOffsets(text);
  return lastOffsets;
}

/** The code-point offset (Label Studio's) of a UTF-16 offset (JavaScript's) in `text`. */
export function toCodePointOffset(text: string, utf16Index: number): number {
  return offsetsOf(text).toCodePoint(utf16Index);
}

/** The UTF-16 offset (JavaScript's) of a code-point offset (Label Studio's) in `text`. */
export function toUtf16Offset(text: string, codePointIndex: number): number {
  return offsetsOf(text).toUtf16(codePointIndex);
}

/** The text of a span given in code points, `end` exclusive. */
export function spanText(text: string, start: number, end: number): string {
  return offsetsOf(text).slice(start, end);
}

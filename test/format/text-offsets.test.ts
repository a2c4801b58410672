// ls-spec §6.8, bad-inputs S18: Label Studio counts Text offsets in code points.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { spanText, TextOffsets, toCodePointOffset, toUtf16Offset } from '../../src/format/index.js';

/** The definitions the fast versions must agree with. */
const naiveToCodePoint = (text: string, utf16Index: number) => [...text.slice(0, utf16Index)].length;
const naiveToUtf16 = (text: string, codePointIndex: number) =>
  [...text].slice(0, codePointIndex).join('').length;

const EMOJI = '😀';
const ZWJ_SEQUENCE = '👩‍💻'; // woman, zero-width joiner, laptop: 3 code points, 5 units
const COMBINING = 'e\u0301'; // e + combining acute: 2 code points
const RTL_OVERRIDE = '\u202E';

/** Text built from tricky pieces, lone surrogates included, long enough to cross many anchors. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        ' ',
        EMOJI,
        ZWJ_SEQUENCE,
        COMBINING,
        '\r\n',
        '\n',
        RTL_OVERRIDE,
        '\uD800',
        '\uDC00',
        '\uDBFF\uDFFF',
        '字',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 200 },
  )
  .map((pieces) => pieces.join(''));

describe('text offsets in code points', () => {
  it('counts emoji, ZWJ sequences, combining marks, CRLF and RTL overrides as Label Studio does', () => {
    const text = `Hi ${EMOJI} ${ZWJ_SEQUENCE} caf${COMBINING}\r\n${RTL_OVERRIDE}abc`;
    const offsets = new TextOffsets(text);
    expect(offsets.length).to.equal([...text].length);
    expect(offsets.length).to.equal(text.length - 3);
    // "Hi " is 3 code points; the emoji is code point 3 and units 3–4
    expect(spanText(text, 3, 4)).to.equal(EMOJI);
    expect(toUtf16Offset(text, 4)).to.equal(5);
    expect(toCodePointOffset(text, 5)).to.equal(4);
    const zwjStart = text.indexOf(ZWJ_SEQUENCE);
    const zwjFrom = toCodePointOffset(text, zwjStart);
    expect(spanText(text, zwjFrom, zwjFrom + 3)).to.equal(ZWJ_SEQUENCE);
    const cafe = toCodePointOffset(text, text.indexOf('caf'));
    expect(spanText(text, cafe, cafe + 5)).to.equal(`caf${COMBINING}`);
    const crlf = toCodePointOffset(text, text.indexOf('\r'));
    expect(spanText(text, crlf, crlf + 2)).to.equal('\r\n');
    expect(spanText(text, offsets.length - 4, offsets.length)).to.equal(`${RTL_OVERRIDE}abc`);
  });

  it('agrees with [...text] at every offset (fast-check)', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const offsets = new TextOffsets(text);
        if (offsets.length !== [...text].length || offsets.utf16Length !== text.length) return false;
        for (let u = 0; u <= text.length; u++)
          if (offsets.toCodePoint(u) !== naiveToCodePoint(text, u)) return false;
        for (let c = 0; c <= offsets.length; c++)
          if (offsets.toUtf16(c) !== naiveToUtf16(text, c)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every code-point offset and slices like [...text] (fast-check)', () => {
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (text, a, b) => {
        const points = [...text];
        const [start, end] = [a % (points.length + 1), b % (points.length + 1)].sort((x, y) => x - y);
        return (
          toCodePointOffset(text, toUtf16Offset(text, start)) === start &&
          spanText(text, start, end) === points.slice(start, end).join('')
        );
      }),
    );
  });

  it('refuses offsets outside the text', () => {
    const offsets = new TextOffsets(`a${EMOJI}`);
    for (const bad of [-1, 4, 1.5, NaN]) expect(() => offsets.toCodePoint(bad)).to.throw(RangeError);
    for (const bad of [-1, 3, 0.5]) expect(() => offsets.toUtf16(bad)).to.throw(RangeError);
  });

  it('answers each lookup in constant time after one pass over a large text', () => {
    const text = `${'word '.repeat(40)}${EMOJI}`.repeat(10_000); // 2.02 M units, 10,000 astral characters
    const started = performance.now();
    const offsets = new TextOffsets(text);
    let sum = 0;
    for (let i = 0; i < 200_000; i++) sum += offsets.toUtf16(offsets.toCodePoint((i * 7919) % text.length));
    expect(performance.now() - started).to.be.lessThan(5000);
    expect(sum).to.be.greaterThan(0);
    expect(offsets.length).to.equal(text.length - 10_000);
  });
});

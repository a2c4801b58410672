import { expect } from '@open-wc/testing';
import { snapSelection } from '../../../src/render/text/granularity.js';

const text = '  Alice met Bob-Smith, in Paris.  Then left.\r\nNew paragraph here.';
const span = (from: number, to: number) => text.slice(from, to);
const snapped = (from: number, to: number, g: Parameters<typeof snapSelection>[3]) => {
  const s = snapSelection(text, from, to, g);
  return s && span(s.from, s.to);
};

describe('snapSelection (Label Studio granularity)', () => {
  it('symbol keeps the selection exactly, spaces included', () => {
    const at = text.indexOf('lice');
    expect(snapped(at - 1, at + 5, 'symbol')).to.equal('Alice ');
  });

  it('ignores empty and white-space-only selections', () => {
    expect(snapSelection(text, 3, 3)).to.equal(undefined);
    expect(snapSelection(text, 0, 2)).to.equal(undefined);
    expect(snapSelection(text, 0, 2, 'word')).to.equal(undefined);
  });

  it('word trims white space, then widens both ends to whole words', () => {
    const a = text.indexOf('lice');
    const b = text.indexOf('ob-');
    expect(snapped(a, b + 1, 'word')).to.equal('Alice met Bob');
    expect(snapped(a - 3, a + 1, 'word')).to.equal('Alice');
    // punctuation is not a word: an end on it stays put
    const comma = text.indexOf(',');
    expect(snapped(text.indexOf('Smith') + 1, comma + 1, 'word')).to.equal('Smith,');
  });

  it('word boundaries hold around emoji and combining marks', () => {
    const t = 'Hi 👩‍👩‍👧 café\u0301s now';
    const at = t.indexOf('fé');
    const s = snapSelection(t, at, at + 1, 'word')!;
    expect(t.slice(s.from, s.to)).to.equal('café\u0301s');
  });

  it('sentence and paragraph widen to the sentence or the line, without the trailing space or CRLF', () => {
    const at = text.indexOf('met');
    expect(snapped(at, at + 2, 'sentence')).to.equal('Alice met Bob-Smith, in Paris.');
    expect(snapped(at, at + 2, 'paragraph')).to.equal('Alice met Bob-Smith, in Paris.  Then left.');
    const next = text.indexOf('para');
    expect(snapped(next, next + 2, 'paragraph')).to.equal('New paragraph here.');
  });
});

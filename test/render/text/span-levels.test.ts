import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLevels } from '../../../src/render/text/span-levels.js';

const sorted = (spans: { from: number; to: number }[]) =>
  [...spans].sort((a, b) => a.from - b.from || b.to - a.to);

describe('assignLevels (overlap levels of span highlights)', () => {
  it('puts spans that do not overlap on level 0 and nested or overlapping ones above', () => {
    expect(
      assignLevels([
        { from: 0, to: 5 },
        { from: 5, to: 9 },
        { from: 20, to: 30 },
      ]),
    ).to.deep.equal([0, 0, 0]);
    expect(
      assignLevels([
        { from: 0, to: 10 },
        { from: 2, to: 4 },
        { from: 3, to: 12 },
        { from: 11, to: 13 },
      ]),
    ).to.deep.equal([0, 1, 2, 0]);
  });

  it('never gives two overlapping spans one level (property)', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([from, length]) => ({ from, to: from + length + 1 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (raw) => {
        const spans = sorted(raw);
        const levels = assignLevels(spans);
        for (let i = 0; i < spans.length; i++)
          for (let j = i + 1; j < spans.length; j++) {
            const overlap = spans[i]!.from < spans[j]!.to && spans[j]!.from < spans[i]!.to;
            if (overlap && levels[i] === levels[j]) return false;
          }
        return true;
      }),
    );
  });
});

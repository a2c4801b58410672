import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanes } from '../../../src/render/audio/lanes.js';

describe('assignLanes: overlapping segments in bands', () => {
  it('gives overlapping segments different lanes and a lone segment the full height', () => {
    const places = assignLanes([
      { id: 'a', start: 0, end: 5 },
      { id: 'b', start: 3, end: 8 },
      { id: 'c', start: 4, end: 4.5 },
      { id: 'd', start: 10, end: 12 },
      { id: 'e', start: 8, end: 9 }, // touches b's end: no overlap
    ]);
    expect(Object.fromEntries(places)).to.deep.equal({
      a: { lane: 0, lanes: 3 },
      b: { lane: 1, lanes: 3 },
      c: { lane: 2, lanes: 3 },
      e: { lane: 0, lanes: 1 },
      d: { lane: 0, lanes: 1 },
    });
  });

  it('never puts two overlapping segments in one lane, and uses no more lanes than the deepest overlap', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), (raw) => {
        const segs = raw.map(([start, len], i) => ({ id: `s${i}`, start, end: start + len }));
        const places = assignLanes(segs);
        for (const a of segs)
          for (const b of segs) {
            if (a === b || !(a.start < b.end && b.start < a.end)) continue;
            expect(places.get(a.id)!.lane).to.not.equal(places.get(b.id)!.lane);
          }
        const depth = Math.max(
          0,
          ...segs.map((s) => segs.filter((o) => o.start <= s.start && s.start < o.end).length),
        );
        const used = Math.max(0, ...[...places.values()].map((p) => p.lanes));
        expect(used).to.equal(depth);
      }),
    );
  });
});

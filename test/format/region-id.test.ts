import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { newRegionId, REGION_ID_LENGTH } from '../../src/format/index.js';

const ID_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${REGION_ID_LENGTH}}$`);

/** A random source that replays `values` over and over. */
const replay = (values: readonly number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('newRegionId', () => {
  it('makes ids shaped like Label Studio’s', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const id = newRegionId(taken);
      expect(id).to.match(ID_SHAPE);
      expect(taken.has(id)).to.equal(false);
      taken.add(id);
    }
  });

  it('never returns a taken id, whatever the random source does (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            fc.constantFrom(1, -0.5, NaN, 1e300),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.nat({ max: 300 }),
        (values, rounds) => {
          // take every id this very source would hand out first, so that it must get past them
          const taken = new Set<string>();
          for (let i = 0; i < rounds; i++) taken.add(newRegionId(taken, replay(values)));
          const id = newRegionId(taken, replay(values));
          return ID_SHAPE.test(id) && !taken.has(id) && taken.size === rounds;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gets past a source stuck on one value', () => {
    const stuck = () => 0;
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) taken.add(newRegionId(taken, stuck));
    expect(taken.size).to.equal(500);
    for (const id of taken) expect(id).to.match(ID_SHAPE);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore } from '../../src/model/store.js';
import { addResults, removeRegion, setClassification } from '../../src/model/commands.js';
import type { LSResult } from '../../src/format/types.js';

/**
 * Property: whatever sequence of edits a user makes (classifications set and cleared, regions added and
 * removed, host results, bursts that merge, undos and redos in between), undoing to the start gives
 * back the imported annotation exactly, the same objects in the same order.
 */
const imported: LSResult[] = [
  {
    original_width: 640,
    original_height: 480,
    image_rotation: 0,
    value: { x: 10, y: 10, width: 20, height: 20, rotation: 0, rectanglelabels: ['Cat'] },
    id: 'r1',
    from_name: 'tag',
    to_name: 'img',
    type: 'rectanglelabels',
    origin: 'manual',
    meta: { text: ['kept'] },
    future_field: { anything: [1, 2, 3] },
  },
  {
    value: { choices: ['A'] },
    id: 'c1',
    from_name: 'mood',
    to_name: 'img',
    type: 'choices',
    origin: 'manual',
  },
  { type: 'relation', from_id: 'r1', to_id: 'c1', direction: 'right' },
  { id: 'u1', type: 'some_future_type', from_name: 'x', to_name: 'img', value: { whatever: true } },
];

const controls = [
  { name: 'mood', toName: 'img', type: 'choices', valueKey: 'choices' },
  { name: 'note', toName: 'img', type: 'textarea', valueKey: 'text' },
  { name: 'stars', toName: 'img', type: 'rating', valueKey: 'rating' },
];

type Step =
  | { kind: 'set'; control: number; payload: string[] | undefined; perRegion: boolean; burst: boolean }
  | { kind: 'remove'; which: number }
  | { kind: 'add'; count: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    control: fc.integer({ min: 0, max: controls.length - 1 }),
    payload: fc.option(fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
    }),
    perRegion: fc.boolean(),
    burst: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

describe('undo to the start (property)', () => {
  it('returns the imported annotation exactly after any edit sequence', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (steps, clockStep) => {
        let clock = 0;
        let n = 0;
        const createId = (taken: ReadonlySet<string>) => {
          let id: string;
          do id = `id${n++}`;
          while (taken.has(id));
          return id;
        };
        const store = new AnnotationStore({ items: imported, now: () => (clock += clockStep * 400) });
        for (const s of steps) {
          if (s.kind === 'set') {
            const regionIds = [...store.index.ids()].filter((id) => store.index.isRegion(id));
            const scope = s.perRegion && regionIds.length > 0 ? { regionId: regionIds[0]! } : {};
            const payload =
              s.payload === undefined
                ? undefined
                : controls[s.control]!.valueKey === 'rating'
                  ? s.payload.length
                  : s.payload;
            setClassification(store, controls[s.control]!, payload, scope, {
              createId,
              mergeKey: s.burst ? 'typing' : undefined,
            });
          } else if (s.kind === 'remove') {
            const ids = [...store.index.ids()];
            if (ids.length > 0) removeRegion(store, ids[s.which % ids.length]!);
          } else if (s.kind === 'add') {
            addResults(store, imported.slice(0, s.count), { createId });
          } else if (s.kind === 'undo') store.undo();
          else store.redo();
        }
        while (store.undo());
        expect(store.items).to.have.length(imported.length);
        store.items.forEach((item, i) => expect(item).to.equal(imported[i]));
        expect(JSON.parse(JSON.stringify(store.items))).to.deep.equal(JSON.parse(JSON.stringify(imported)));
      }),
      { numRuns: 300 },
    );
  });
});

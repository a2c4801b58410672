import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../src/model/store.js';
import { removeRegion } from '../../src/model/commands.js';
import { addRelation, rotateRelationDirection, setRelationLabels } from '../../src/model/relations.js';
import type { LSResult } from '../../src/format/types.js';

const span = (id: string, start: number): LSResult => ({
  id,
  from_name: 'ner',
  to_name: 'text',
  type: 'labels',
  value: { start, end: start + 1, labels: ['X'] },
});

describe('relations (ls-spec §6.20)', () => {
  it('adds one relation per ordered pair, as Label Studio writes it, and refuses the rest', () => {
    const store = new AnnotationStore({ items: [span('a', 0), span('b', 2)] });
    expect(addRelation(store, 'a', 'b', { withLabels: false })).to.equal(true);
    expect(store.items.at(-1)).to.deep.equal({
      from_id: 'a',
      to_id: 'b',
      type: 'relation',
      direction: 'right',
    });
    expect(addRelation(store, 'a', 'b', { withLabels: false })).to.equal(false);
    expect(addRelation(store, 'a', 'a', { withLabels: false })).to.equal(false);
    expect(addRelation(store, 'a', 'nope', { withLabels: false })).to.equal(false);
    expect(addRelation(store, 'b', 'a', { withLabels: true })).to.equal(true);
    expect(store.items.at(-1)).to.deep.equal({
      from_id: 'b',
      to_id: 'a',
      type: 'relation',
      direction: 'right',
      labels: [],
    });
  });

  it('turns direction right → bi → left → right and sets labels, each one undo step', () => {
    const store = new AnnotationStore({ items: [span('a', 0), span('b', 2)] });
    addRelation(store, 'a', 'b', { withLabels: true });
    const seen: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      rotateRelationDirection(store, store.index.relations[0]!);
      seen.push(store.index.relations[0]!.direction);
    }
    expect(seen).to.deep.equal(['bi', 'left', 'right']);
    setRelationLabels(store, store.index.relations[0]!, ['knows']);
    expect(store.index.relations[0]!.labels).to.deep.equal(['knows']);
    store.undo();
    expect(store.index.relations[0]!.labels).to.deep.equal([]);
  });

  it('goes with either of its regions', () => {
    const store = new AnnotationStore({ items: [span('a', 0), span('b', 2)] });
    addRelation(store, 'a', 'b', { withLabels: false });
    removeRegion(store, 'b');
    expect(store.index.relations).to.deep.equal([]);
  });
});

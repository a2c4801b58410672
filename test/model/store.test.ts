import { expect } from '@open-wc/testing';
import { AnnotationStore, type StoreCommit } from '../../src/model/store.js';
import { setClassification, removeRegion, addResults } from '../../src/model/commands.js';
import type { LSResult } from '../../src/format/types.js';

let counter = 0;
const createId = (taken: ReadonlySet<string>) => {
  let id: string;
  do id = `new${++counter}`;
  while (taken.has(id));
  return id;
};

const rect = (id: string, label: string): LSResult => ({
  original_width: 100,
  original_height: 50,
  image_rotation: 0,
  value: { x: 1, y: 2, width: 3, height: 4, rotation: 0, rectanglelabels: [label] },
  id,
  from_name: 'tag',
  to_name: 'img',
  type: 'rectanglelabels',
  origin: 'manual',
});

const choices = { name: 'sentiment', toName: 'text', type: 'choices', valueKey: 'choices' };

describe('AnnotationStore', () => {
  it('keeps imported items as the very same (frozen) objects', () => {
    const items = [rect('r1', 'Cat')];
    const store = new AnnotationStore({ items });
    expect(store.items[0]).to.equal(items[0]);
    expect(Object.isFrozen(store.items[0]!.value)).to.equal(true);
  });

  it('adds, updates and clears a whole-object classification, one commit each', () => {
    const store = new AnnotationStore();
    const commits: StoreCommit[] = [];
    store.subscribe((c) => commits.push(c));
    setClassification(store, choices, ['Positive'], {}, { createId });
    const item = store.items[0]!;
    expect(Object.keys(item)).to.deep.equal(['value', 'id', 'from_name', 'to_name', 'type', 'origin']);
    expect(item.value).to.deep.equal({ choices: ['Positive'] });
    setClassification(store, choices, ['Negative'], {}, { createId });
    expect(store.items[0]!.id).to.equal(item.id);
    expect(store.items[0]!.value).to.deep.equal({ choices: ['Negative'] });
    setClassification(store, choices, undefined, {}, { createId });
    expect(store.items).to.have.length(0);
    expect(commits.map((c) => [c.revision, c.changes[0]!.kind])).to.deep.equal([
      [1, 'add'],
      [2, 'update'],
      [3, 'remove'],
    ]);
  });

  it('does not commit an edit that changes nothing', () => {
    const store = new AnnotationStore();
    setClassification(store, choices, ['A'], {}, { createId });
    setClassification(store, choices, ['A'], {}, { createId });
    expect(store.revision).to.equal(1);
  });

  it('repeats region geometry and image size in a per-region result (ls-spec §5.3)', () => {
    const store = new AnnotationStore({ items: [rect('r1', 'Cat')] });
    const note = { name: 'note', toName: 'img', type: 'textarea', valueKey: 'text' };
    setClassification(store, note, ['fluffy'], { regionId: 'r1' }, { createId });
    const added = store.items[1]!;
    expect(added.id).to.equal('r1');
    expect(added.value).to.deep.equal({ x: 1, y: 2, width: 3, height: 4, rotation: 0, text: ['fluffy'] });
    expect(added.original_width).to.equal(100);
    expect(store.index.classification('note', 'img', { regionId: 'r1' })).to.equal(added);
    expect(store.index.classification('note', 'img')).to.equal(undefined);
  });

  it('undo to the start gives back the imported items exactly', () => {
    const items = [rect('r1', 'Cat'), rect('r2', 'Dog')];
    const store = new AnnotationStore({ items });
    setClassification(store, choices, ['A'], {}, { createId });
    removeRegion(store, 'r1');
    while (store.undo());
    expect(store.items).to.deep.equal(items);
    expect(store.items.every((item, i) => item === items[i])).to.equal(true);
  });

  it('removes a region with its relations and drops it from the selection', () => {
    const relation: LSResult = { type: 'relation', from_id: 'r1', to_id: 'r2', direction: 'right' };
    const store = new AnnotationStore({ items: [rect('r1', 'Cat'), rect('r2', 'Dog'), relation] });
    store.select(['r1']);
    removeRegion(store, 'r1');
    expect(store.items.map((i) => i.id ?? i.type)).to.deep.equal(['r2']);
    expect(store.selection).to.deep.equal([]);
  });

  it('never hands out an id already used anywhere in the task', () => {
    const next = `new${counter + 1}`;
    const store = new AnnotationStore({ items: [], takenIds: [next] });
    setClassification(store, choices, ['A'], {}, { createId });
    expect(store.items[0]!.id).to.not.equal(next);
    expect(store.takenIds.has(store.items[0]!.id!)).to.equal(true);
  });

  it('adds host results as one undoable change, renaming colliding ids and their relations', () => {
    const store = new AnnotationStore({ items: [rect('r1', 'Cat')] });
    const ids = addResults(
      store,
      [
        rect('r1', 'Dog'),
        rect('r9', 'Cow'),
        { type: 'relation', from_id: 'r1', to_id: 'r9', direction: 'right' },
      ],
      { createId },
    );
    expect(ids).to.have.length(2);
    expect(ids[0]).to.not.equal('r1');
    expect(ids[1]).to.equal('r9');
    const relation = store.items[3]!;
    expect(relation.from_id).to.equal(ids[0]);
    expect(store.revision).to.equal(1);
    store.undo();
    expect(store.items).to.have.length(1);
  });

  it('keeps set-aside items in place, exports them, and never shows them to lookups', () => {
    const bad: LSResult = { id: 'bad', type: 'rectanglelabels', from_name: 'tag', to_name: 'img' };
    const store = new AnnotationStore({ items: [bad, rect('r1', 'Cat')], setAside: new Set([bad]) });
    expect(store.index.itemsOf('bad')).to.deep.equal([]);
    setClassification(store, choices, ['A'], {}, { createId });
    expect(store.items[0]).to.equal(bad);
  });
});

import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../src/model/store.js';
import { createRegion, setRegionLabels, updateRegionGeometry } from '../../src/model/region-commands.js';

let n = 0;
const createId = (taken: ReadonlySet<string>) => {
  let id: string;
  do id = `r${++n}`;
  while (taken.has(id));
  return id;
};
const media = { original_width: 200, original_height: 100, image_rotation: 0 };
const box = { x: 10, y: 20, width: 30, height: 40, rotation: 0 };

describe('region commands', () => {
  it('creates a merged *labels region as LS writes it', () => {
    const store = new AnnotationStore();
    const id = createRegion(
      store,
      {
        toName: 'img',
        media,
        tool: { name: 'tag', type: 'rectanglelabels' },
        geometry: box,
        labels: [{ fromName: 'tag', type: 'rectanglelabels', values: ['Cat'] }],
      },
      createId,
    );
    expect(store.items).to.have.length(1);
    const item = store.items[0]!;
    expect(Object.keys(item)).to.deep.equal([
      'original_width',
      'original_height',
      'image_rotation',
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
    ]);
    expect(item.value).to.deep.equal({ ...box, rectanglelabels: ['Cat'] });
    expect(item.id).to.equal(id);
  });

  it('moves every item of a split region together and keeps each payload', () => {
    const store = new AnnotationStore();
    const id = createRegion(
      store,
      {
        toName: 'img',
        media,
        tool: { name: 'box', type: 'rectangle' },
        geometry: box,
        labels: [{ fromName: 'lbl', values: ['Dog'] }],
      },
      createId,
    );
    updateRegionGeometry(store, id, { x: 50 });
    expect(store.items.map((i) => i.value)).to.deep.equal([
      { ...box, x: 50 },
      { ...box, x: 50, labels: ['Dog'] },
    ]);
    store.undo();
    expect(store.items[0]!.value!.x).to.equal(10);
  });

  it('turns an edited prediction into prediction-changed', () => {
    const store = new AnnotationStore({
      items: [
        {
          ...media,
          value: { ...box, rectanglelabels: ['Cat'] },
          id: 'p1',
          from_name: 'tag',
          to_name: 'img',
          type: 'rectanglelabels',
          origin: 'prediction',
        },
      ],
    });
    updateRegionGeometry(store, 'p1', { width: 5 });
    expect(store.items[0]!.origin).to.equal('prediction-changed');
  });

  it('relabels merged and split regions, adding and removing the labels item', () => {
    const store = new AnnotationStore();
    const merged = createRegion(
      store,
      {
        toName: 'img',
        media,
        tool: { name: 'tag', type: 'rectanglelabels' },
        geometry: box,
        labels: [{ fromName: 'tag', type: 'rectanglelabels', values: ['Cat'] }],
      },
      createId,
    );
    setRegionLabels(store, merged, { name: 'tag', type: 'rectanglelabels' }, ['Dog']);
    expect(store.index.labelsOf(merged)).to.deep.equal(['Dog']);
    const split = createRegion(
      store,
      { toName: 'img', media, tool: { name: 'box', type: 'rectangle' }, geometry: box },
      createId,
    );
    setRegionLabels(store, split, { name: 'lbl', type: 'labels' }, ['Cow']);
    expect(store.index.itemsOf(split).map((i) => i.type)).to.deep.equal(['rectangle', 'labels']);
    expect(store.index.itemsOf(split)[1]!.value).to.deep.equal({ ...box, labels: ['Cow'] });
    setRegionLabels(store, split, { name: 'lbl', type: 'labels' }, []);
    expect(store.index.itemsOf(split).map((i) => i.type)).to.deep.equal(['rectangle']);
  });
});

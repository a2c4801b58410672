import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/config/index.js';
import { AnnotationStore } from '../../src/model/store.js';
import { createRegion } from '../../src/model/region-commands.js';
import { regionLabelValues, relabelTarget, toggleRegionLabel } from '../../src/model/relabel.js';
import { textLabelling } from '../../src/model/text-labelling.js';

const xml = (choice: string) => `<View>
  <Labels name="ner" toName="text" choice="${choice}"><Label value="Person" alias="PER"/><Label value="Place" granularity="word"/></Labels>
  <Labels name="other" toName="img"><Label value="Cat"/></Labels>
  <Text name="text" value="$text" saveTextResult="no"/><Image name="img" value="$img"/>
</View>`;

let n = 0;
const createId = () => `r${++n}`;

function setup(choice = 'single') {
  const config = parseConfig(xml(choice), { text: 'Alice in Paris', img: 'https://example.com/a.png' });
  const store = new AnnotationStore();
  const ner = config.byName.get('ner')!;
  const id = createRegion(
    store,
    {
      toName: 'text',
      tool: { name: 'ner', type: 'labels' },
      geometry: { start: 0, end: 5 },
      labels: [{ fromName: 'ner', values: ['PER'] }],
    },
    createId,
  );
  const label = (value: string) => ner.children.find((c) => c.attrs.value === value)!;
  return { config, store, ner, id, label };
}

describe('relabel (a label chosen while a region is selected)', () => {
  it('applies only to the one selected region on an object the control labels', () => {
    const { config, store, ner, id } = setup();
    expect(relabelTarget(store, config, ner)).to.equal(undefined);
    store.select([id]);
    expect(relabelTarget(store, config, ner)).to.equal(id);
    expect(relabelTarget(store, config, config.byName.get('other')!)).to.equal(undefined);
  });

  it('single choice: replaces the label (aliases written, values shown); the same label changes nothing', () => {
    const { store, ner, id, label } = setup();
    expect(regionLabelValues(store, ner, id)).to.deep.equal(['Person']);
    toggleRegionLabel(store, ner, id, label('Person'));
    expect(store.revision).to.equal(1);
    toggleRegionLabel(store, ner, id, label('Place'));
    expect(store.items[0]!.value).to.deep.equal({ start: 0, end: 5, labels: ['Place'] });
    store.undo();
    expect(store.items[0]!.value!.labels).to.deep.equal(['PER']);
  });

  it('multiple choice: toggles, but never leaves a region without labels', () => {
    const { store, ner, id, label } = setup('multiple');
    toggleRegionLabel(store, ner, id, label('Place'));
    expect(store.items[0]!.value!.labels).to.deep.equal(['PER', 'Place']);
    toggleRegionLabel(store, ner, id, label('Person'));
    toggleRegionLabel(store, ner, id, label('Place'));
    expect(store.items[0]!.value!.labels).to.deep.equal(['Place']);
  });
});

describe('textLabelling', () => {
  it('turns palette choices into picks (aliases), granularity and saveTextResult', () => {
    const { config } = setup();
    const text = config.byName.get('text')!;
    const none = textLabelling(config, text, new Map());
    expect(none.controls.map((c) => c.attrs.name)).to.deep.equal(['ner']);
    expect(none.picks).to.deep.equal([]);
    expect(none.saveText).to.equal(false);
    const chosen = textLabelling(config, text, new Map([['ner', ['Person']]]));
    expect(chosen.picks).to.deep.equal([{ fromName: 'ner', type: 'labels', values: ['PER'] }]);
    expect(chosen.granularity).to.equal('symbol');
    expect(textLabelling(config, text, new Map([['ner', ['Place']]])).granularity).to.equal('word');
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFixture, mountWorkspace, settle, withAnnotationIds } from '../workspace-fixture.js';
import { chord, clickOn, deepActiveElement, press, the } from '../controls/real-input.js';
import { clickChar, textView } from './text-input.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSResult, LSTask } from '../../../src/format/types.js';

/** Relations between text spans (ls-spec §6.20): made by mouse and keyboard, drawn as arrows,
 *  edited in the `<Relations>` panel, written as Label Studio writes them. */

const TEXT = 'Alice met Bob in Paris.';
const at = (word: string) => TEXT.indexOf(word);

const config = (relations = true) => `<View>
  <Labels name="ner" toName="text"><Label value="Person"/><Label value="Location"/></Labels>
  <Text name="text" value="$text"/>
  ${relations ? '<Relations><Relation value="knows"/><Relation value="lives in"/></Relations>' : ''}
</View>`;

function spanItem(id: string, word: string, label: string): LSResult {
  const start = at(word);
  return {
    id,
    from_name: 'ner',
    to_name: 'text',
    type: 'labels',
    value: { start, end: start + word.length, text: word, labels: [label] },
  };
}

async function withSpans(relations = true, extra: LSResult[] = []): Promise<LabelWorkspace> {
  const task: LSTask = {
    data: { text: TEXT },
    annotations: [
      {
        id: 'a',
        result: [
          spanItem('alice', 'Alice', 'Person'),
          spanItem('bob', 'Bob', 'Person'),
          spanItem('paris', 'Paris', 'Location'),
          ...extra,
        ],
      },
    ],
  };
  return mountWorkspace(config(relations), task, { annotationId: 'a' });
}

const relations = (ws: LabelWorkspace) => ws.getAnnotation().result.filter((r) => r.type === 'relation');
const panel = (ws: LabelWorkspace) => the(ws, 'label-relations');
const arrows = (ws: LabelWorkspace) => [
  ...textView(ws).shadowRoot!.querySelectorAll<SVGPathElement>('.relations > path'),
];

describe('<Text> relations', () => {
  it('links two spans by mouse: select one, press Link, click the other', async () => {
    const ws = await withSpans();
    const view = textView(ws);
    await clickChar(ws, view, at('Alice') + 1);
    await clickOn(ws, panel(ws).shadowRoot!.querySelector('button.link')!);
    await clickChar(ws, view, at('Bob') + 1);
    const [relation] = relations(ws);
    // Label Studio's RelationStore.serializeAnnotation: labels present because <Relations> exists
    expect(relation).to.deep.equal({
      from_id: 'alice',
      to_id: 'bob',
      type: 'relation',
      direction: 'right',
      labels: [],
    });
    expect(Object.keys(relation!)).to.deep.equal(['from_id', 'to_id', 'type', 'direction', 'labels']);
    const [arrow] = arrows(ws);
    expect([arrow?.dataset.from, arrow?.dataset.to]).to.deep.equal(['alice', 'bob']);
    expect(arrow?.getAttribute('marker-end')).to.equal('url(#arrow)');
    expect(arrow?.getAttribute('marker-start')).to.equal(null);
    // a second link the same way is refused, not duplicated
    await clickChar(ws, view, at('Alice') + 1);
    await clickOn(ws, panel(ws).shadowRoot!.querySelector('button.link')!);
    await clickChar(ws, view, at('Bob') + 1);
    expect(relations(ws)).to.have.length(1);
  });

  it('links by keyboard: ] selects a span, Alt+R starts, the target is picked in the list', async () => {
    const ws = await withSpans();
    textView(ws).shadowRoot!.querySelector<HTMLElement>('.htx-text')!.focus();
    await press(ws, ']'); // Alice
    await chord(ws, ['Alt', 'r']);
    const picker = panel(ws).shadowRoot!.querySelector('select')!;
    expect(deepActiveElement()).to.equal(picker);
    expect([...picker.options].map((o) => o.textContent)).to.deep.equal(['‘Bob’ Person', '‘Paris’ Location']);
    await sendKeys({ press: 'ArrowDown' });
    await press(ws, 'Enter');
    expect(relations(ws)).to.deep.equal([
      { from_id: 'alice', to_id: 'paris', type: 'relation', direction: 'right', labels: [] },
    ]);
    expect(panel(ws).shadowRoot!.querySelector('[aria-live]')?.textContent).to.equal(
      'Linked ‘Alice’ Person to ‘Paris’ Location',
    );
  });

  it('turns direction right → both → left, sets relation labels, deletes, undoes', async () => {
    const ws = await withSpans(true, [
      { from_id: 'bob', to_id: 'paris', type: 'relation', direction: 'right', labels: [] },
    ]);
    const row = () => panel(ws).shadowRoot!.querySelector('li')!;
    await clickOn(ws, row().querySelector('button.direction')!);
    expect(relations(ws)[0]!.direction).to.equal('bi');
    expect(arrows(ws)[0]!.getAttribute('marker-start')).to.equal('url(#arrow)');
    expect(arrows(ws)[0]!.getAttribute('marker-end')).to.equal('url(#arrow)');
    await clickOn(ws, row().querySelector('button.direction')!);
    expect(relations(ws)[0]!.direction).to.equal('left');
    expect(arrows(ws)[0]!.getAttribute('marker-end')).to.equal(null);
    const lives = [...row().querySelectorAll<HTMLButtonElement>('button.relation-label')].find((b) =>
      b.textContent!.includes('lives in'),
    )!;
    await clickOn(ws, lives);
    expect(relations(ws)[0]!.labels).to.deep.equal(['lives in']);
    expect(textView(ws).shadowRoot!.querySelector('.relations text')?.textContent).to.equal('lives in');
    await clickOn(ws, row().querySelector('button.delete')!);
    expect(relations(ws)).to.deep.equal([]);
    expect(arrows(ws)).to.deep.equal([]);
    await chord(ws, ['Control', 'z']);
    expect(relations(ws)[0]).to.deep.equal({
      from_id: 'bob',
      to_id: 'paris',
      type: 'relation',
      direction: 'left',
      labels: ['lives in'],
    });
  });

  it('deleting a span deletes its relations', async () => {
    const ws = await withSpans(true, [
      { from_id: 'bob', to_id: 'paris', type: 'relation', direction: 'right' },
    ]);
    await clickChar(ws, textView(ws), at('Paris') + 1);
    await press(ws, 'Delete');
    expect(relations(ws)).to.deep.equal([]);
  });

  it('draws relations of a config without <Relations> and exports them unchanged', async () => {
    const relation: LSResult = { from_id: 'alice', to_id: 'bob', type: 'relation', direction: 'bi' };
    const ws = await withSpans(false, [relation]);
    expect(arrows(ws).map((a) => a.dataset.direction)).to.deep.equal(['bi']);
    expect(relations(ws)).to.deep.equal([relation]);
  });
});

describe('<Relations> panel on image_tools', () => {
  it('lists the fixture relations and exports the task unchanged', async () => {
    const { config: xml, tasks, annotation } = await loadFixture('image_tools');
    // the fixture image is remote: point at a local address so the test does not go to the network
    const task = withAnnotationIds({
      ...annotation!,
      data: { ...tasks[0]!.data, image: `${location.origin}/__missing__.jpg` },
    });
    const ws = await mountWorkspace(xml, task, { annotationId: task.annotations![0]!.id! });
    await settle(ws);
    const rows = [...panel(ws).shadowRoot!.querySelectorAll('li')];
    expect(rows.map((r) => [r.dataset.from, r.dataset.to])).to.deep.equal([
      ['wkl8d6uPq5', 'kuZf2E5DRQ'],
      ['YnhRme7NvX', '3-21_8nfMb'],
    ]);
    expect(rows[0]!.textContent).to.contain('Moonwalker');
    expect(ws.exportTask()).to.deep.equal(task);
  });
});

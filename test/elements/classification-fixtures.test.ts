import { expect, oneEvent, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { LabelWorkspace } from '../../src/elements/workspace/label-workspace.js';
import type { LSResult, LSTask } from '../../src/format/types.js';
import { loadFixture, withAnnotationIds, deepQueryAll, settle } from './workspace-fixture.js';

/**
 * The classification fixtures of the foundation issue, end to end through the public contract: each
 * renders without config errors, announces label-ready, shows a control for every visible control tag,
 * takes keyboard focus, and exports its annotation unchanged.
 */
const FIXTURES = [
  'sentiment_analysis',
  'classification_mixed',
  'nested_choices',
  'references',
  'required',
  'taxonomy',
  'taxonomy_large',
  'pairwise',
  'ranker',
  'ranker_buckets',
  'repeater',
  'table',
  'datetime',
  'dialogue_analysis',
];

/** A 1×1 PNG: no test reaches the internet, and taxonomy_large repeats an `<Image>` per page. */
const LOCAL_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function withLocalImages(data: LSTask['data']): LSTask['data'] {
  const images = data?.images;
  return Array.isArray(images) ? { ...data, images: images.map(() => ({ url: LOCAL_IMAGE })) } : data;
}

async function openFixture(name: string): Promise<{ ws: LabelWorkspace; task: LSTask }> {
  const { config, tasks, annotation } = await loadFixture(name);
  // some fixtures keep the data in tasks.json only, datetime ships a config alone, and
  // taxonomy_large's annotation file carries another example's data (a review), not its pages
  const base: LSTask = (name === 'taxonomy_large' ? tasks[0] : annotation) ??
    tasks[0] ?? { data: { text: 'Meeting on 22 May 1991 at 9:17' } };
  const data =
    Object.keys(base.data ?? {}).length > 0 ? base.data : (tasks[0]?.data ?? { text: 'Some text' });
  const task = withAnnotationIds({ ...base, data: withLocalImages(data) });
  const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
  const ready = oneEvent(ws, 'label-ready');
  ws.annotationId = task.annotations?.[0]?.id;
  ws.config = config;
  ws.task = task;
  await ready;
  await settle(ws);
  return { ws, task };
}

describe('classification fixtures through <label-workspace>', () => {
  for (const name of FIXTURES) {
    it(`${name}: renders, takes keyboard focus and round-trips`, async () => {
      const { ws, task } = await openFixture(name);
      expect(ws.configErrors.filter((e) => e.severity === 'error')).to.deep.equal([]);
      const rendered = deepQueryAll(ws, '[data-control]');
      expect(rendered.length, 'controls rendered').to.be.greaterThan(0);
      // Tab from before the workspace lands inside it, on a real control
      const before = document.createElement('button');
      ws.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      expect(
        ws.contains(document.activeElement) || document.activeElement === ws,
        'focus entered the workspace',
      ).to.equal(true);
      expect(
        active?.matches('input, button, select, textarea, [tabindex], [role]'),
        `focused ${active?.outerHTML.slice(0, 80)}`,
      ).to.equal(true);
      before.remove();
      expect(JSON.parse(JSON.stringify(ws.exportTask()))).to.deep.equal(JSON.parse(JSON.stringify(task)));
    });
  }
});

describe('default values', () => {
  it('a new annotation starts with selected="true" choices, and is exported only once edited', async () => {
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    ws.config = `<View><Text name="t" value="$text"/>
      <Choices name="c" toName="t"><Choice value="A"/><Choice value="B" selected="true"/></Choices>
      <Number name="n" toName="t" required="true" defaultValue="3"/></View>`;
    ws.task = { data: { text: 'x' } };
    await settle(ws);
    const result = ws.getAnnotation().result;
    expect(result.map((r) => r.value)).to.deep.equal([{ choices: ['B'] }, { number: 3 }]);
    expect(ws.exportTask().annotations ?? []).to.have.length(0);
    ws.addResults([{ value: { choices: ['A'] }, from_name: 'other', to_name: 't', type: 'choices' }]);
    expect(ws.exportTask().annotations).to.have.length(1);
  });

  it("submit writes an untouched Ranker's initial order, as Label Studio does", async () => {
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    ws.config = `<View><List name="results" value="$items" title="Results"/><Ranker name="rank" toName="results"/></View>`;
    ws.task = {
      data: {
        items: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
      },
    };
    await settle(ws);
    const submitted = oneEvent(ws, 'label-submit');
    expect(ws.submit()).to.equal(true);
    const { annotation } = (await submitted).detail;
    expect(annotation.result.map((r: LSResult) => [r.type, r.to_name, r.value])).to.deep.equal([
      ['ranker', 'results', { ranker: { rank: ['a', 'b'] } }],
    ]);
  });
});

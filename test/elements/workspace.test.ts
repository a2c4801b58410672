import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWorkspace, recordChanges, deepQuery, deepQueryAll, settle } from './workspace-fixture.js';
import type { LSResult } from '../../src/format/types.js';

const CONFIG = `<View>
  <Header value="Review: $title"/>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="review" choice="single" required="true">
    <Choice value="Positive" hotkey="1"/><Choice value="Negative" hotkey="2"/>
  </Choices>
</View>`;
const TASK = { id: 7, data: { text: 'Great product, slow delivery', title: 'Mixed' }, annotations: [] };

const choice = (value: string, id = 'c1'): LSResult => ({
  value: { choices: [value] },
  id,
  from_name: 'sentiment',
  to_name: 'review',
  type: 'choices',
  origin: 'manual',
});

describe('<label-workspace>', () => {
  it('lays out the config with $variables bound', async () => {
    const ws = await mountWorkspace(CONFIG, TASK);
    expect(deepQuery(ws, 'h4')?.textContent).to.equal('Review: Mixed');
    expect(deepQuery(ws, 'label-text-view')).to.exist;
    expect(deepQuery(ws, 'label-choices')).to.exist;
  });

  it('fires label-ready once, after rendering', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const ws = await fixture<HTMLElementTagNameMap['label-workspace']>(
      html`<label-workspace></label-workspace>`,
    );
    const ready = oneEvent(ws, 'label-ready');
    ws.config = CONFIG;
    ws.task = TASK;
    const event = await ready;
    expect(event.detail.objects).to.include('review');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('emits a frozen, JSON-serialisable snapshot with a rising revision for every committed change', async () => {
    const ws = await mountWorkspace(CONFIG, TASK);
    const seen = recordChanges(ws);
    ws.addResults([choice('Positive')]);
    ws.addResults([{ ...choice('Negative', 'c2'), from_name: 'other' }]);
    expect(seen.map((d) => d.revision)).to.deep.equal([1, 2]);
    const detail = seen[1]!;
    expect(Object.isFrozen(detail.annotation)).to.equal(true);
    expect(Object.isFrozen(detail.annotation.result[0])).to.equal(true);
    expect(JSON.parse(JSON.stringify(detail.annotation))).to.deep.equal(detail.annotation);
    expect(detail.format).to.equal('label-studio');
    expect(detail.annotation.result).to.have.length(2);
    expect(() => (detail.annotation.result as LSResult[]).push(choice('x'))).to.throw();
    expect(ws.getAnnotation().result).to.have.length(2);
  });

  it('undoes and redoes by method and by keyboard, back to the imported annotation', async () => {
    const task = { data: TASK.data, annotations: [{ id: 1, result: [choice('Positive')], lead_time: 3 }] };
    const ws = await mountWorkspace(CONFIG, task, { annotationId: 1 });
    const before = JSON.stringify(ws.exportTask());
    ws.addResults([choice('Negative', 'c2')]);
    expect(ws.getAnnotation().result).to.have.length(2);
    ws.undo();
    expect(JSON.stringify(ws.exportTask())).to.equal(before);
    ws.redo();
    expect(ws.getAnnotation().result).to.have.length(2);
    deepQuery(ws, '.workspace')!.setAttribute('tabindex', '-1');
    deepQuery(ws, '.workspace')!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(ws.getAnnotation().result).to.have.length(1);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    expect(ws.getAnnotation().result).to.have.length(2);
  });

  it('refuses submit while a required control is empty, then submits a cancelable event', async () => {
    const ws = await mountWorkspace(CONFIG, TASK);
    const refused = oneEvent(ws, 'label-validation-error');
    expect(ws.submit()).to.equal(false);
    const problem = (await refused).detail.problems[0]!;
    expect(problem.control).to.equal('sentiment');
    expect(problem.code).to.equal('required');
    await settle(ws);
    ws.addResults([choice('Positive')]);
    ws.addEventListener('label-submit', (e) => e.preventDefault(), { once: true });
    const submitted = oneEvent(ws, 'label-submit');
    expect(ws.submit()).to.equal(false); // cancelled by the host
    const detail = (await submitted).detail;
    expect(detail.annotation.result[0]!.value).to.deep.equal({ choices: ['Positive'] });
    expect(detail.task.data).to.deep.equal(TASK.data);
  });

  it('reports config errors with line and column and keeps the annotation', async () => {
    const ws = await mountWorkspace(CONFIG, TASK);
    ws.addResults([choice('Positive')]);
    const error = oneEvent(ws, 'label-config-error');
    ws.config = `<View>\n  <Choices name="x" toName="nowhere"><Choice value="a"/></Choices>\n</View>`;
    const detail = (await error).detail;
    const toName = detail.errors.find((e: { code: string }) => e.code === 'to-name')!;
    expect(toName.line).to.equal(2);
    expect(toName.column).to.equal(3);
    await settle(ws);
    expect(deepQuery(ws, '[part="errors"]')?.textContent).to.contain('Line 2, column 3');
    expect(ws.getAnnotation().result).to.have.length(1);
  });

  it('shows a placeholder for a tag it does not draw yet and still renders the rest', async () => {
    const ws = await mountWorkspace(
      `<View><Video name="v" value="$video"/><Text name="t" value="$text"/><Choices name="c" toName="t"><Choice value="A"/></Choices></View>`,
      { data: { video: 'https://example.invalid/v.mp4', text: 'hi' } },
    );
    expect(deepQuery(ws, '.placeholder')?.textContent).to.contain('<Video name="v">');
    expect(deepQuery(ws, 'label-choices')).to.exist;
    expect(ws.configErrors.some((e) => e.severity === 'warning' && e.tag === 'Video')).to.equal(true);
  });

  it('keeps <Style> inside its shadow root and strips remote urls', async () => {
    const ws = await mountWorkspace(
      `<View><Style>.view { color: rgb(1, 2, 3); background: url(https://attacker.invalid/?c=1) } body { display: none }</Style><Text name="t" value="$text"/></View>`,
      { data: { text: 'hi' } },
    );
    const view = deepQuery(ws, '.view')!;
    expect(getComputedStyle(view).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(view).backgroundImage).to.equal('none');
    expect(getComputedStyle(document.body).display).to.not.equal('none');
    const css = [...ws.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(css).to.not.contain('attacker');
  });

  it('disables every input when readonly', async () => {
    const ws = await mountWorkspace(CONFIG, TASK, { readonly: true });
    const inputs = deepQueryAll<HTMLInputElement | HTMLButtonElement>(ws, 'input, button, textarea, select');
    expect(inputs.length).to.be.greaterThan(0);
    expect(inputs.every((el) => el.disabled)).to.equal(true);
  });

  it('opens an existing annotation by id and exports the task unchanged', async () => {
    const task = {
      id: 3,
      data: TASK.data,
      annotations: [{ id: 'a', result: [choice('Negative')], unknown_field: { x: 1 } }],
    };
    const ws = await mountWorkspace(CONFIG, task, { annotationId: 'a' });
    expect(ws.exportTask()).to.deep.equal(task);
  });
});

describe('<label-workspace> before it has a config', () => {
  it('stays quiet: no config error, no label-ready', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const events: string[] = [];
    const ws = await fixture<HTMLElementTagNameMap['label-workspace']>(
      html`<label-workspace></label-workspace>`,
    );
    for (const type of ['label-ready', 'label-config-error'])
      ws.addEventListener(type, () => events.push(type));
    ws.task = TASK;
    await settle(ws);
    expect(events).to.deep.equal([]);
    ws.config = CONFIG;
    await oneEvent(ws, 'label-ready');
    expect(events).to.deep.equal(['label-ready']);
  });

  it('reads its config from a child <script type="application/xml">', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const ws = await fixture<HTMLElementTagNameMap['label-workspace']>(
      html`<label-workspace
        ><script type="application/xml">
          ${CONFIG}
        </script></label-workspace
      >`,
    );
    ws.task = TASK;
    await settle(ws);
    expect(deepQuery(ws, 'label-choices')).to.exist;
  });
});

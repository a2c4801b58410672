import { expect } from '@open-wc/testing';
import {
  loadFixture,
  mountWorkspace,
  recordChanges,
  settle,
  withAnnotationIds,
} from '../workspace-fixture.js';
import type { LSTask } from '../../../src/format/types.js';
import type { LabelChoices } from '../../../src/elements/controls/label-choices.js';
import { all, clickOn, control, deepActiveElement, press, resultsWithoutIds, the } from './real-input.js';

const text = { data: { text: 'To have faith is to trust yourself to the water' } } satisfies LSTask;

/** The option input of a `<label-choices>` whose text is `label`. */
function option(host: HTMLElement, label: string): HTMLInputElement {
  const choice = [...host.shadowRoot!.querySelectorAll('[part="choice"]')].find((c) =>
    c.textContent?.includes(label),
  );
  if (!choice) throw new Error(`no choice ${label}`);
  return choice.querySelector('input')!;
}

describe('<label-choices>', () => {
  it('sentiment_analysis: a click writes what Label Studio writes; the same click clears it', async () => {
    const { config, tasks, annotation } = await loadFixture('sentiment_analysis');
    const ws = await mountWorkspace(config, tasks[1]!);
    const changes = recordChanges(ws);
    const sentiment = control(ws, 'label-choices', 'sentiment');
    expect(all(sentiment, '[part="choice-text"]').map((t) => t.textContent)).to.deep.equal([
      'Positive',
      'Negative',
      'Neutral',
    ]);

    await clickOn(ws, option(sentiment, 'Negative'));
    const { id: _id, ...expected } = annotation!.annotations![0]!.result[0]!;
    expect(resultsWithoutIds(ws)).to.deep.equal([{ ...expected, origin: 'manual' }]);
    expect(option(sentiment, 'Negative').checked).to.equal(true);

    await clickOn(ws, option(sentiment, 'Neutral'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['Neutral'] });
    expect(option(sentiment, 'Negative').checked).to.equal(false);

    await clickOn(ws, option(sentiment, 'Neutral'));
    expect(ws.getAnnotation().result).to.deep.equal([]);
    expect(changes).to.have.length(3);
  });

  it('single: Space on a focused option toggles it, and the hotkey badge names its key', async () => {
    const { config, tasks } = await loadFixture('sentiment_analysis');
    const ws = await mountWorkspace(config, tasks[1]!);
    const sentiment = control(ws, 'label-choices', 'sentiment');
    expect(all(sentiment, '[part="hotkey"]').map((k) => k.textContent)).to.deep.equal(['1', '2', '3']);
    expect(option(sentiment, 'Neutral').getAttribute('aria-keyshortcuts')).to.equal('3');

    sentiment.focus();
    expect(deepActiveElement()).to.equal(option(sentiment, 'Positive'));
    await press(ws, 'Space');
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['Positive'] });
    await press(ws, 'Tab');
    await press(ws, 'Space');
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['Negative'] });
  });

  it('references: single-radio writes aliases; arrow keys move and pick like native radios', async () => {
    const { config, tasks, annotation } = await loadFixture('references');
    const ws = await mountWorkspace(config, { data: tasks[0]!.data });
    const group = control(ws, 'label-choices', 'validation-label');
    expect(the(group, '[role="radiogroup"]')).to.exist;

    await clickOn(ws, option(group, 'Valid'));
    const expected = annotation!.annotations![0]!.result[0]!;
    expect(resultsWithoutIds(ws)).to.deep.equal([
      {
        from_name: expected.from_name,
        to_name: expected.to_name,
        type: 'choices',
        value: expected.value,
        origin: 'manual',
      },
    ]);

    // a click on the chosen radio changes nothing, as with native radios
    await clickOn(ws, option(group, 'Valid'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['valid'] });

    await press(ws, 'ArrowUp');
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['missing-words'] });
    expect(deepActiveElement()).to.equal(option(group, 'Missing words'));
    await press(ws, 'ArrowDown');
    (deepActiveElement() as HTMLElement).blur();
    group.focus();
    expect(deepActiveElement()).to.equal(option(group, 'Valid'));
  });

  it('multiple writes the chosen values in document order', async () => {
    const config = `<View><Text name="t" value="$text"/>
      <Choices name="tags" toName="t" choice="multiple" showInline="true">
        <Choice value="A"/><Choice value="B"/><Choice value="C"/>
      </Choices></View>`;
    const ws = await mountWorkspace(config, text);
    const tags = control(ws, 'label-choices', 'tags');
    expect(the(tags, '[part="group"]').classList.contains('inline')).to.equal(true);
    await clickOn(ws, option(tags, 'C'));
    await clickOn(ws, option(tags, 'A'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['A', 'C'] });
    await clickOn(ws, option(tags, 'C'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['A'] });
  });

  it('layout="select": a native select, picked by keyboard, cleared with its empty option', async () => {
    const config = `<View><Text name="t" value="$text"/>
      <Choices name="pick" toName="t" layout="select"><Choice value="Cat" alias="c"/><Choice value="Dog"/></Choices></View>`;
    const ws = await mountWorkspace(config, text);
    const select = the<HTMLSelectElement>(control(ws, 'label-choices', 'pick'), 'select');
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['(none)', 'Cat', 'Dog']);
    select.focus();
    await press(ws, 'ArrowDown');
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['c'] });
    await press(ws, 'ArrowUp');
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('allowNested: nested options are indented, written as paths, a parent picks its subtree', async () => {
    const config = `<View><Text name="t" value="$text"/>
      <Choices name="tree" toName="t" choice="multiple" allowNested="true">
        <Choice value="Animal"><Choice value="Cat"/><Choice value="Dog" alias="dog"/></Choice>
        <Choice value="Plant"/>
      </Choices></View>`;
    const ws = await mountWorkspace(config, text);
    const tree = control(ws, 'label-choices', 'tree');
    await clickOn(ws, option(tree, 'Dog'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: [['Animal', 'dog']] });
    expect(option(tree, 'Animal').indeterminate).to.equal(true);
    await clickOn(ws, option(tree, 'Cat'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({
      choices: [['Animal'], ['Animal', 'Cat'], ['Animal', 'dog']],
    });
    expect(option(tree, 'Animal').checked).to.equal(true);
    await clickOn(ws, option(tree, 'Animal'));
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('dynamic choices from task data render and write like static ones', async () => {
    const config = `<View><Text name="t" value="$text"/><Choices name="dyn" toName="t" value="$options"/></View>`;
    const ws = await mountWorkspace(config, {
      data: {
        text: 'x',
        options: [
          { value: 'Yes', alias: 'y' },
          { value: 'No', hint: 'Not at all' },
        ],
      },
    });
    const dyn = control(ws, 'label-choices', 'dyn');
    expect(the(dyn, '[part="choice"][title="Not at all"]')).to.exist;
    await clickOn(ws, option(dyn, 'Yes'));
    expect(resultsWithoutIds(ws)[0]!.value).to.deep.equal({ choices: ['y'] });
  });

  it('nested_choices: a choice reveals the Choices that wait for any choice (visibleWhen="choice-selected")', async () => {
    const { config, tasks } = await loadFixture('nested_choices');
    const ws = await mountWorkspace(config, tasks[0]!);
    expect(all(ws, 'label-choices[data-control="ch"]')).to.have.length(0);
    await clickOn(ws, option(control(ws, 'label-choices', 'sentiment'), 'Positive'));
    await clickOn(ws, option(control(ws, 'label-choices', 'ch'), 'Emotional'));
    expect(resultsWithoutIds(ws).map((r) => r.value)).to.deep.equal([
      { choices: ['Positive'] },
      { choices: ['Emotional'] },
    ]);
  });

  it('nested_choices (config-complicated): per-region choices answer for the selected Person span', async () => {
    const { tasks } = await loadFixture('nested_choices');
    const config = await (await fetch('/__shared/ls-fixtures/nested_choices/config-complicated.xml')).text();
    const person = {
      id: 'p1',
      from_name: 'ner',
      to_name: 'my_text',
      type: 'labels',
      value: { start: 0, end: 4, labels: ['Person'] },
    };
    const ws = await mountWorkspace(
      config,
      { ...tasks[0]!, annotations: [{ id: 'a', result: [person] }] },
      { annotationId: 'a' },
    );
    expect(all(ws, 'label-choices[data-control="gender"]')).to.have.length(0);
    // what a click on the span does; the text view draws regions elsewhere
    control<LabelChoices>(ws, 'label-choices', 'sentiment').workspace!.store.select(['p1']);
    await settle(ws);
    expect(all(ws, 'label-choices[data-control="currency"]')).to.have.length(0);
    await clickOn(ws, option(control(ws, 'label-choices', 'gender'), 'Female'));
    const gender = ws.getAnnotation().result.find((r) => r.from_name === 'gender')!;
    expect(gender).to.include({ id: 'p1', to_name: 'my_text', type: 'choices' });
    expect(gender.value).to.include({ start: 0, end: 4 });
    expect(gender.value!.choices).to.deep.equal(['Female']);
  });

  it('repeater: each repetition writes its own control and object', async () => {
    const { config, tasks, annotation } = await loadFixture('repeater');
    const ws = await mountWorkspace(config, tasks[0]!);
    await clickOn(ws, option(control(ws, 'label-choices', 'utterance_action_1'), 'Training'));
    const { id: _id, ...expected } = annotation!.annotations![0]!.result[1]!;
    expect(resultsWithoutIds(ws, 'utterance_action_1')).to.deep.equal([{ ...expected, origin: 'manual' }]);
  });

  it('required: a refused submit flags each control, moves focus to the first, and clears once filled', async () => {
    const { config, tasks } = await loadFixture('required');
    const ws = await mountWorkspace(config, tasks[1]!);
    expect(ws.submit()).to.equal(false);
    await settle(ws);
    const first = control(ws, 'label-choices', 'validation-label');
    const second = control(ws, 'label-choices', 'second');
    for (const host of [first, second]) {
      expect(the(host, '[role="alert"]').textContent).to.contain(host.dataset.control!);
      expect(option(host, host === first ? 'Valid' : 'Me neither').getAttribute('aria-invalid')).to.equal(
        'true',
      );
    }
    expect(deepActiveElement()).to.equal(option(first, 'Missing words'));
    await press(ws, 'Space');
    expect(all(first, '[role="alert"]')).to.have.length(0);
    expect(all(second, '[role="alert"]')).to.have.length(1);
  });

  it('readonly: inputs are disabled and a click changes nothing', async () => {
    const { config, tasks } = await loadFixture('sentiment_analysis');
    const ws = await mountWorkspace(config, tasks[1]!, { readonly: true });
    const changes = recordChanges(ws);
    const positive = option(control(ws, 'label-choices', 'sentiment'), 'Positive');
    expect(positive.disabled).to.equal(true);
    await clickOn(ws, positive);
    expect(positive.checked).to.equal(false);
    expect(changes).to.have.length(0);
  });

  it('shows an existing annotation’s choice (sentiment_analysis annotation)', async () => {
    const { config, annotation } = await loadFixture('sentiment_analysis');
    const ws = await mountWorkspace(config, withAnnotationIds(annotation!), { annotationId: 'a0' });
    expect(option(control(ws, 'label-choices', 'sentiment'), 'Negative').checked).to.equal(true);
  });

  it('bad-inputs S5/S9: html, hint and values from the config stay text', async () => {
    const config = `<View><Text name="t" value="$text"/>
      <Choices name="evil" toName="t">
        <Choice value="&lt;img src=x onerror=alert(1)&gt;" html="&lt;img src=x onerror=alert(2)&gt;" hint="&lt;script&gt;alert(3)&lt;/script&gt;"
          style="background:url(https://attacker.example/x); color: red"/>
      </Choices></View>`;
    const ws = await mountWorkspace(config, text);
    const evil = control(ws, 'label-choices', 'evil');
    expect(evil.shadowRoot!.querySelector('img, script')).to.equal(null);
    const choice = the(evil, '[part="choice"]');
    expect(choice.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(choice.getAttribute('title')).to.equal('<script>alert(3)</script>');
    expect(choice.style.background).to.not.contain('attacker');
    expect(choice.style.color).to.equal('red');
  });
});

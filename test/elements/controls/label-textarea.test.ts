import { expect } from '@open-wc/testing';
import { loadFixture, mountWorkspace, recordChanges } from '../workspace-fixture.js';
import type { LabelTextArea } from '../../../src/elements/controls/label-textarea.js';
import type { LSTask } from '../../../src/format/types.js';
import {
  all,
  chord,
  clickOn,
  control,
  deepActiveElement,
  press,
  resultsWithoutIds,
  the,
  type,
} from './real-input.js';

const task = { data: { text: 'Some text to read' } } satisfies LSTask;
const withTextArea = (attrs: string, children = '') =>
  `<View><Text name="t" value="$text"/><TextArea name="note" toName="t" ${attrs}>${children}</TextArea></View>`;

const texts = (ws: Parameters<typeof resultsWithoutIds>[0]) =>
  resultsWithoutIds(ws)
    .filter((r) => r.type === 'textarea')
    .map((r) => (r.value as { text: unknown }).text);

describe('<label-textarea>', () => {
  it('dialogue_analysis: Enter submits the line, written as Label Studio writes it', async () => {
    const { config, tasks } = await loadFixture('dialogue_analysis');
    const ws = await mountWorkspace(config, tasks[0]!);
    const answer = control(ws, 'label-textarea', 'answer');
    expect(the(answer, '[part="input"]').getAttribute('aria-label')).to.equal('Your answer:');
    answer.focus();
    await type(ws, '5/5');
    expect(ws.getAnnotation().result).to.deep.equal([]);
    await press(ws, 'Enter');
    expect(resultsWithoutIds(ws)).to.deep.equal([
      {
        value: { text: ['5/5'] },
        from_name: 'answer',
        to_name: 'dialog',
        type: 'textarea',
        origin: 'manual',
      },
    ]);
    expect(the<HTMLInputElement>(answer, '[part="input"]').value).to.equal('');
    expect(deepActiveElement()).to.equal(the(answer, '[part="input"]'));
  });

  it('classification_mixed: editable lines, edited in place as one undo step, deleted one by one', async () => {
    const { config, tasks } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(config, tasks[0]!);
    const txt = control(ws, 'label-textarea', 'txt');
    txt.focus();
    await type(ws, 'Hello');
    await press(ws, 'Enter');
    await type(ws, 'World');
    await press(ws, 'Enter');
    expect(texts(ws)).to.deep.equal([['Hello', 'World']]);

    const first = all<HTMLInputElement>(txt, '[part="line-input"]')[0]!;
    await clickOn(ws, first);
    await press(ws, 'End');
    await type(ws, ' there');
    expect(texts(ws)).to.deep.equal([['Hello there', 'World']]);
    ws.undo();
    expect(texts(ws)).to.deep.equal([['Hello', 'World']]);

    await clickOn(ws, all(txt, '[part="delete"]')[0]!);
    expect(texts(ws)).to.deep.equal([['World']]);
    await clickOn(ws, all(txt, '[part="delete"]')[0]!);
    expect(texts(ws)).to.deep.equal([]);
  });

  it('rows > 1: a textarea where Shift+Enter breaks the line and Enter or Add submits', async () => {
    const ws = await mountWorkspace(withTextArea('rows="3"'), task);
    const note = control(ws, 'label-textarea', 'note');
    expect(the(note, 'textarea[part="input"]').getAttribute('rows')).to.equal('3');
    note.focus();
    await type(ws, 'one');
    await chord(ws, ['Shift', 'Enter']);
    await type(ws, 'two');
    await press(ws, 'Enter');
    expect(texts(ws)).to.deep.equal([['one\ntwo']]);
    await type(ws, 'three');
    await clickOn(ws, the(note, '[part="submit"]'));
    expect(texts(ws)).to.deep.equal([['one\ntwo', 'three']]);
  });

  it('maxSubmissions hides the input once reached; skipDuplicates refuses a repeat with a message', async () => {
    const ws = await mountWorkspace(
      withTextArea('maxSubmissions="2" skipDuplicates="true" placeholder="Name it"'),
      task,
    );
    const note = control(ws, 'label-textarea', 'note');
    expect(the(note, '[part="input"]').getAttribute('placeholder')).to.equal('Name it');
    note.focus();
    await type(ws, 'Cat');
    await press(ws, 'Enter');
    await type(ws, 'cat');
    await press(ws, 'Enter');
    expect(the(note, '[role="alert"]').textContent).to.contain('already an entry');
    expect(texts(ws)).to.deep.equal([['Cat']]);
    await press(ws, 'Backspace');
    await type(ws, 'ow');
    expect(all(note, '[role="alert"]')).to.have.length(0);
    await press(ws, 'Enter');
    expect(texts(ws)).to.deep.equal([['Cat', 'caow']]);
    expect(all(note, '[part="input"]')).to.have.length(0);
  });

  it('transcription: the text is the result as you type, one undo step per burst', async () => {
    const ws = await mountWorkspace(withTextArea('transcription="true"'), task);
    const changes = recordChanges(ws);
    control(ws, 'label-textarea', 'note').focus();
    await type(ws, 'abc');
    expect(texts(ws)).to.deep.equal([['abc']]);
    expect(changes.length).to.equal(3);
    ws.undo();
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('Shortcut: a button or its hotkey inserts the value at the caret', async () => {
    const ws = await mountWorkspace(
      withTextArea('', '<Shortcut value="[noise]" alias="Noise" hotkey="ctrl+1"/>'),
      task,
    );
    const note = control(ws, 'label-textarea', 'note');
    const shortcut = the(note, '[part="shortcut"]');
    expect(shortcut.textContent).to.contain('Noise');
    expect(shortcut.getAttribute('aria-keyshortcuts')).to.equal('Control+1');
    note.focus();
    await type(ws, 'ab');
    await press(ws, 'ArrowLeft');
    await clickOn(ws, shortcut);
    expect(the<HTMLInputElement>(note, '[part="input"]').value).to.equal('a[noise]b');
    await chord(ws, ['Control', '1']);
    await press(ws, 'Enter');
    expect(texts(ws)).to.deep.equal([['a[noise][noise]b']]);
  });

  it('prefills from value; commitPending adds typed text that was never submitted', async () => {
    const ws = await mountWorkspace(withTextArea('value="Prefilled"'), task);
    const note = control<LabelTextArea>(ws, 'label-textarea', 'note');
    expect(the<HTMLInputElement>(note, '[part="input"]').value).to.equal('Prefilled');
    note.focus();
    await press(ws, 'End');
    await type(ws, '!');
    expect(ws.getAnnotation().result).to.deep.equal([]);
    note.commitPending();
    expect(texts(ws)).to.deep.equal([['Prefilled!']]);
  });

  it('reads a bare string result (dialogue_analysis annotation stores "5/5")', async () => {
    const { config, annotation } = await loadFixture('dialogue_analysis');
    const ws = await mountWorkspace(
      config,
      { ...annotation!, annotations: [{ ...annotation!.annotations![0]!, id: 'a' }] },
      { annotationId: 'a' },
    );
    expect(
      all(control(ws, 'label-textarea', 'answer'), '[part="line"]').map(
        (l) => l.firstElementChild!.textContent,
      ),
    ).to.deep.equal(['5/5']);
  });

  it('readonly: no typing, no deleting', async () => {
    const { config, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(
      config,
      { ...annotation!, annotations: [{ ...annotation!.annotations![0]!, id: 'a' }] },
      { annotationId: 'a', readonly: true },
    );
    const txt = control(ws, 'label-textarea', 'txt');
    expect(the<HTMLInputElement>(txt, '[part="input"]').disabled).to.equal(true);
    expect(all(txt, '[part="delete"], [part="line-input"]')).to.have.length(0);
    expect(all(txt, '[part="line"]').map((l) => l.textContent!.trim())).to.deep.equal(['Hello', 'World']);
  });
});

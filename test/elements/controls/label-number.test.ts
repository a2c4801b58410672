import { expect } from '@open-wc/testing';
import { loadFixture, mountWorkspace } from '../workspace-fixture.js';
import type { LSTask } from '../../../src/format/types.js';
import { all, control, press, resultsWithoutIds, the, type } from './real-input.js';

const task = { data: { text: 'Count things' } } satisfies LSTask;
const numbers = (ws: Parameters<typeof resultsWithoutIds>[0]) =>
  resultsWithoutIds(ws)
    .filter((r) => r.type === 'number')
    .map((r) => r.value);

describe('<label-number>', () => {
  it('classification_mixed: typing writes a JSON number as Label Studio does, one undo step per burst', async () => {
    const { config, tasks, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(config, tasks[0]!);
    const num = control(ws, 'label-number', 'num');
    num.focus();
    await type(ws, '2');
    const { id: _id, ...expected } = annotation!.annotations![0]!.result[0]!;
    expect(resultsWithoutIds(ws, 'num')).to.deep.equal([expected]);
    await type(ws, '5');
    expect(numbers(ws)).to.deep.equal([{ number: 25 }]);
    ws.undo();
    expect(resultsWithoutIds(ws, 'num')).to.deep.equal([]);
  });

  it('flags a value outside min/max once the box is left, and keeps it', async () => {
    const { config, tasks } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(config, tasks[0]!);
    const num = control(ws, 'label-number', 'num');
    num.focus();
    await type(ws, '12');
    expect(all(num, '[role="alert"]')).to.have.length(0);
    await press(ws, 'Tab');
    expect(the(num, '[role="alert"]').textContent).to.equal('Value must be less than or equal to 10');
    expect(the(num, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(numbers(ws)).to.deep.equal([{ number: 12 }]);
  });

  it('refuses text that is not a number; emptying the box removes the result', async () => {
    const ws = await mountWorkspace(
      `<View><Text name="t" value="$text"/><Number name="n" toName="t"/></View>`,
      task,
    );
    const n = control(ws, 'label-number', 'n');
    n.focus();
    await type(ws, '3');
    await type(ws, 'e');
    expect(the(n, '[role="alert"]').textContent).to.equal('Enter a number');
    expect(numbers(ws)).to.deep.equal([{ number: 3 }]);
    await press(ws, 'Backspace');
    await press(ws, 'Backspace');
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('slider: arrow keys move it and commit numbers; defaultValue shows until then', async () => {
    const ws = await mountWorkspace(
      `<View><Text name="t" value="$text"/><Number name="n" toName="t" slider="true" min="0" max="10" step="2" defaultValue="4"/></View>`,
      task,
    );
    const n = control(ws, 'label-number', 'n');
    const slider = the<HTMLInputElement>(n, 'input[type="range"]');
    expect(slider.value).to.equal('4');
    expect(the(n, 'output').textContent).to.equal('4');
    n.focus();
    await press(ws, 'ArrowRight');
    expect(numbers(ws)).to.deep.equal([{ number: 6 }]);
    expect(the(n, 'output').textContent).to.equal('6');
  });

  it('readonly disables the input', async () => {
    const { config, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(
      config,
      { ...annotation!, annotations: [{ ...annotation!.annotations![0]!, id: 'a' }] },
      { annotationId: 'a', readonly: true },
    );
    const input = the<HTMLInputElement>(control(ws, 'label-number', 'num'), 'input');
    expect(input.disabled).to.equal(true);
    expect(input.value).to.equal('2');
  });
});

import { expect } from '@open-wc/testing';
import { loadFixture, mountWorkspace } from '../workspace-fixture.js';
import type { LSTask } from '../../../src/format/types.js';
import { all, control, press, resultsWithoutIds, the, type } from './real-input.js';

const task = { data: { text: 'On 22 May 1991 at 9:17 something happened' } } satisfies LSTask;
const withDateTime = (attrs: string) =>
  `<View><Text name="t" value="$text"/><DateTime name="dt" toName="t" ${attrs}/></View>`;
const values = (ws: Parameters<typeof resultsWithoutIds>[0]) =>
  resultsWithoutIds(ws, 'dt').map((r) => r.value);

describe('<label-datetime>', () => {
  it('classification_mixed: date and time typed by keyboard give what Label Studio writes', async () => {
    const { config, tasks, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(config, tasks[0]!);
    const dt = control(ws, 'label-datetime', 'dt');
    the(dt, '[part="date"]').focus();
    await type(ws, '05221991');
    expect(values(ws)).to.deep.equal([{ datetime: '1991-05-22T00:00' }]);
    the(dt, '[part="time"]').focus();
    await type(ws, '0917AM');
    const { id: _id, ...expected } = annotation!.annotations![0]!.result[1]!;
    expect(resultsWithoutIds(ws, 'dt')).to.deep.equal([expected]);
  });

  it('reads a stored value back into the inputs', async () => {
    const { config, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(
      config,
      { ...annotation!, annotations: [{ ...annotation!.annotations![0]!, id: 'a' }] },
      { annotationId: 'a' },
    );
    const dt = control(ws, 'label-datetime', 'dt');
    expect(the<HTMLInputElement>(dt, '[part="date"]').value).to.equal('1991-05-22');
    expect(the<HTMLInputElement>(dt, '[part="time"]').value).to.equal('09:17');
  });

  it('datetime fixture: stores with the config format and flags a date before min', async () => {
    const config = withDateTime('required="true" min="2021-11-10" format="%d.%m.%Y %H:%M"');
    const ws = await mountWorkspace(config, task);
    const dt = control(ws, 'label-datetime', 'dt');
    const date = the<HTMLInputElement>(dt, '[part="date"]');
    expect(date.min).to.equal('2021-11-10');
    date.focus();
    await type(ws, '11092021');
    expect(values(ws)).to.deep.equal([{ datetime: '09.11.2021 00:00' }]);
    expect(the(dt, '[role="alert"]').textContent).to.equal('Must be 2021-11-10 or later');
    expect(ws.submit()).to.equal(false);
  });

  it('a time without its date waits, saying what is missing', async () => {
    const ws = await mountWorkspace(withDateTime(''), task);
    const dt = control(ws, 'label-datetime', 'dt');
    the(dt, '[part="time"]').focus();
    await type(ws, '1030PM');
    expect(ws.getAnnotation().result).to.deep.equal([]);
    expect(the(dt, '[part="hint"]').textContent).to.equal('Pick a date as well');
    the(dt, '[part="date"]').focus();
    await type(ws, '01022024');
    expect(values(ws)).to.deep.equal([{ datetime: '2024-01-02T22:30' }]);
  });

  it('only="time" stores HH:MM; only="year" a year box; only="month" a month input', async () => {
    let ws = await mountWorkspace(withDateTime('only="time"'), task);
    expect(
      all(control(ws, 'label-datetime', 'dt'), 'input').map((i) => i.getAttribute('part')),
    ).to.deep.equal(['time']);
    the(control(ws, 'label-datetime', 'dt'), '[part="time"]').focus();
    await type(ws, '0745AM');
    expect(values(ws)).to.deep.equal([{ datetime: '07:45' }]);

    ws = await mountWorkspace(withDateTime('only="year" min="2000" max="2030"'), task);
    const year = the<HTMLInputElement>(control(ws, 'label-datetime', 'dt'), '[part="year"]');
    expect(year.type).to.equal('number');
    year.focus();
    await type(ws, '2024');
    expect(values(ws)).to.deep.equal([{ datetime: '2024-01-01' }]);
    await press(ws, 'Backspace');
    expect(the(control(ws, 'label-datetime', 'dt'), '[part="hint"]').textContent).to.equal(
      'Enter a year between 1000 and 9999',
    );
    expect(values(ws)).to.deep.equal([{ datetime: '2024-01-01' }]);
    await press(ws, 'Tab');
    expect(year.value).to.equal('2024');
    year.focus();
    for (let i = 0; i < 4; i++) await press(ws, 'Backspace');
    expect(ws.getAnnotation().result).to.deep.equal([]);

    ws = await mountWorkspace(withDateTime('only="month,year"'), task);
    expect(the<HTMLInputElement>(control(ws, 'label-datetime', 'dt'), '[part="month"]').type).to.equal(
      'month',
    );
  });

  it('readonly disables every input', async () => {
    const ws = await mountWorkspace(withDateTime(''), task, { readonly: true });
    expect(
      all<HTMLInputElement>(control(ws, 'label-datetime', 'dt'), 'input').every((i) => i.disabled),
    ).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWorkspace, deepQuery, settle } from './workspace-fixture.js';

const CONFIG = `<View>
  <Filter name="f" toName="animals" hotkey="shift+f" minlength="2"/>
  <Labels name="animals" toName="t">
    <Label value="Cat"/><Label value="Caterpillar"/><Label value="Dog"/><Label value="(.*)"/>
  </Labels>
  <Text name="t" value="$text"/>
</View>`;

const buttons = (ws: HTMLElement) => [
  ...deepQuery(ws, 'label-labels')!.shadowRoot!.querySelectorAll('button'),
];

describe('<Filter>', () => {
  it('narrows the labels of its control by substring once minlength is typed', async () => {
    const ws = await mountWorkspace(CONFIG, { data: { text: 'x' } });
    expect(buttons(ws)).to.have.length(4);
    deepQuery(ws, 'label-filter')!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'c' });
    await settle(ws);
    expect(buttons(ws)).to.have.length(4); // below minlength
    await sendKeys({ type: 'AT' });
    await settle(ws);
    expect(buttons(ws)).to.have.length(2);
    expect(buttons(ws).every((b) => b.textContent!.includes('Cat'))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(ws);
    expect(buttons(ws)).to.have.length(4);
  });

  it('treats regex metacharacters literally', async () => {
    const ws = await mountWorkspace(CONFIG, { data: { text: 'x' } });
    deepQuery(ws, 'label-filter')!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '.*' });
    await settle(ws);
    const left = buttons(ws);
    expect(left).to.have.length(1);
    expect(left[0]!.textContent).to.contain('(.*)');
  });

  it('focuses its box with its hotkey', async () => {
    const ws = await mountWorkspace(CONFIG, { data: { text: 'x' } });
    buttons(ws)[0]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F' });
    await sendKeys({ up: 'Shift' });
    await settle(ws);
    const filter = deepQuery(ws, 'label-filter')!;
    expect(filter.shadowRoot!.activeElement?.tagName).to.equal('INPUT');
  });
});

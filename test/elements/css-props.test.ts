import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from '../../src/elements/css-props.js';
import { mountWorkspace, deepQuery } from './workspace-fixture.js';

/** `cssProps` sets styles through the CSSOM, never a `style` attribute string (bad-inputs S17). */
describe('cssProps', () => {
  it('sets, updates and removes properties, custom ones and !important included', () => {
    const host = document.createElement('section');
    document.body.append(host);
    const draw = (props: Record<string, string | undefined>) =>
      render(html`<div style=${cssProps(props)}></div>`, host);
    draw({ color: 'red', '--swatch': 'blue' });
    const el = host.querySelector('div')!;
    expect(el.style.getPropertyValue('color')).to.equal('red');
    expect(el.style.getPropertyValue('--swatch')).to.equal('blue');
    draw({ color: undefined, 'font-weight': '700 !important' });
    expect(host.querySelector('div')).to.equal(el);
    expect(el.style.getPropertyValue('color')).to.equal('');
    expect(el.style.getPropertyPriority('font-weight')).to.equal('important');
    host.remove();
  });

  it('keeps a <View style> applied in the workspace', async () => {
    const ws = await mountWorkspace(
      '<View style="display: flex; gap: 7px"><Header value="A"/><Header value="B"/></View>',
      { data: {} },
    );
    const view = deepQuery(ws, '.view')!;
    expect(getComputedStyle(view).display).to.equal('flex');
    expect(getComputedStyle(view).columnGap).to.equal('7px');
  });
});

import { expect } from '@open-wc/testing';
import { mountWorkspace, recordChanges } from '../workspace-fixture.js';
import type { LSTask } from '../../../src/format/types.js';
import { all, clickOn, control, deepActiveElement, press, resultsWithoutIds, the } from './real-input.js';

const task = { data: { text: 'A review to rate' } } satisfies LSTask;
const withRating = (attrs = '') =>
  `<View><Text name="t" value="$text"/><Header value="Quality"/><Rating name="stars" toName="t" ${attrs}/></View>`;
const rating = (ws: Parameters<typeof resultsWithoutIds>[0]) => resultsWithoutIds(ws).map((r) => r.value);

describe('<label-rating>', () => {
  it('a click on a star rates; a click on the current star clears it', async () => {
    const ws = await mountWorkspace(withRating(), task);
    const stars = control(ws, 'label-rating', 'stars');
    const radios = all(stars, '[role="radio"]');
    expect(radios).to.have.length(5);
    expect(the(stars, '[role="radiogroup"]').getAttribute('aria-label')).to.equal('Quality');
    await clickOn(ws, radios[3]!);
    expect(resultsWithoutIds(ws)).to.deep.equal([
      { value: { rating: 4 }, from_name: 'stars', to_name: 't', type: 'rating', origin: 'manual' },
    ]);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).to.deep.equal([
      'false',
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(all(stars, '[part~="filled"]')).to.have.length(4);
    await clickOn(ws, radios[3]!);
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('keyboard: one Tab stop, arrows step, Home/End, digits jump, Delete clears', async () => {
    const ws = await mountWorkspace(withRating('maxRating="10" icon="heart" size="large"'), task);
    const changes = recordChanges(ws);
    const stars = control(ws, 'label-rating', 'stars');
    const radios = all(stars, '[role="radio"]');
    expect(radios.filter((r) => r.tabIndex === 0)).to.deep.equal([radios[0]]);
    stars.focus();
    expect(deepActiveElement()).to.equal(radios[0]);
    await press(ws, 'ArrowRight');
    expect(rating(ws)).to.deep.equal([{ rating: 1 }]);
    await press(ws, 'ArrowRight');
    expect(rating(ws)).to.deep.equal([{ rating: 2 }]);
    expect(deepActiveElement()).to.equal(radios[1]);
    await press(ws, 'End');
    expect(rating(ws)).to.deep.equal([{ rating: 10 }]);
    await press(ws, 'Home');
    await press(ws, '7');
    expect(rating(ws)).to.deep.equal([{ rating: 7 }]);
    expect(radios.filter((r) => r.tabIndex === 0)).to.deep.equal([radios[6]]);
    (deepActiveElement() as HTMLElement).blur();
    stars.focus();
    expect(deepActiveElement()).to.equal(radios[6]);
    await press(ws, 'Delete');
    expect(ws.getAnnotation().result).to.deep.equal([]);
    expect(changes).to.have.length(6);
  });

  it('digits typed on the stars do not reach the workspace hotkeys', async () => {
    const config = `<View><Text name="t" value="$text"/><Choices name="c" toName="t"><Choice value="A"/></Choices><Rating name="stars" toName="t"/></View>`;
    const ws = await mountWorkspace(config, task);
    control(ws, 'label-rating', 'stars').focus();
    await press(ws, '1');
    expect(resultsWithoutIds(ws).map((r) => r.from_name)).to.deep.equal(['stars']);
  });

  it('readonly: nothing is focusable or clickable', async () => {
    const ws = await mountWorkspace(withRating(), task, { readonly: true });
    const changes = recordChanges(ws);
    const stars = control(ws, 'label-rating', 'stars');
    expect(the(stars, '[role="radiogroup"]').getAttribute('aria-disabled')).to.equal('true');
    await clickOn(ws, all(stars, '[role="radio"]')[2]!);
    expect(changes).to.have.length(0);
  });
});

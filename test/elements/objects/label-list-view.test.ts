import { expect } from '@open-wc/testing';
import { deepQuery, mountWorkspace } from '../workspace-fixture.js';
import type { LabelListView } from '../../../src/elements/objects/label-list-view.js';

const items = [
  { id: 'a', title: 'First <i>title</i>', body: 'Body of the first' },
  {
    id: 2,
    title: 'Second',
    html: '<p>Rich <b>body</b></p><img src="https://attacker.example/px.gif"><script>window.__listPwned = 1</script>',
  },
];

describe('<label-list-view>', () => {
  it('shows a List without a Ranker as one read-only column, text as text and html sanitised', async () => {
    const ws = await mountWorkspace('<View><List name="l" value="$items" title="Results"/></View>', {
      data: { items },
    });
    const root = deepQuery<LabelListView>(ws, 'label-list-view')!.shadowRoot!;
    expect(root.querySelector('h3')?.textContent).to.equal('Results');
    const shown = [...root.querySelectorAll('.htx-ranker-item')];
    expect(shown.map((li) => li.querySelector('.title')?.textContent)).to.deep.equal([
      'First <i>title</i>',
      'Second',
    ]);
    expect(shown[0]!.querySelector('.body')?.textContent).to.equal('Body of the first');
    expect(shown[1]!.querySelector('.html b')?.textContent).to.equal('body');
    expect(root.querySelectorAll('i, script')).to.have.length(0);
    expect(root.querySelector('img')?.hasAttribute('src')).to.equal(false);
    expect((window as unknown as { __listPwned?: number }).__listPwned).to.equal(undefined);
    expect(root.querySelectorAll('[tabindex], button')).to.have.length(0);
  });

  it('is not drawn when a Ranker ranks the List', async () => {
    const ws = await mountWorkspace(
      '<View><List name="l" value="$items"/><Ranker name="r" toName="l"/></View>',
      { data: { items } },
    );
    expect(deepQuery(ws, 'label-list-view')).to.equal(null);
    expect(deepQuery(ws, 'label-ranker')).to.exist;
  });
});

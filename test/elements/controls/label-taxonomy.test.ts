import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import {
  deepQuery,
  loadFixture,
  mountWorkspace,
  nextChange,
  recordChanges,
  withAnnotationIds,
} from '../workspace-fixture.js';
import { click } from '../pointer.js';
import type { LabelTaxonomy } from '../../../src/elements/controls/label-taxonomy.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSTask } from '../../../src/format/types.js';

function taxonomy(ws: LabelWorkspace, name?: string): LabelTaxonomy {
  return deepQuery<LabelTaxonomy>(ws, name ? `label-taxonomy[data-control="${name}"]` : 'label-taxonomy')!;
}

function $(el: LabelTaxonomy, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const chips = (el: LabelTaxonomy) =>
  [...el.shadowRoot!.querySelectorAll('.chip > span')].map((s) => s.textContent);
const rows = (el: LabelTaxonomy) =>
  [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((r) =>
    r.textContent!.replace(/[▸▾✓\s]+/g, ' ').trim(),
  );
const row = (el: LabelTaxonomy, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find(
    (r) => r.querySelector('.label')?.textContent === label,
  )!;

async function fixtureWorkspace(): Promise<LabelWorkspace> {
  const { config, annotation } = await loadFixture('taxonomy');
  return mountWorkspace(config, withAnnotationIds(annotation!), { annotationId: 'a0' });
}

const SMALL = (attrs = '') => `<View>
  <Text name="text" value="$text"/>
  <Taxonomy name="tax" toName="text" ${attrs}>
    <Choice value="Animals" alias="animal">
      <Choice value="Cat"/><Choice value="Dog" hint="Good boy"/>
    </Choice>
    <Choice value="Plants"><Choice value="Tree"/></Choice>
    <Choice value="Rocks"/>
  </Taxonomy>
</View>`;
const TEXT: LSTask = { data: { text: 'A cat sat under a tree.' } };

describe('<label-taxonomy>', () => {
  afterEach(() => resetMouse());

  it('shows the taxonomy fixture annotation as chips', async () => {
    const ws = await fixtureWorkspace();
    expect(chips(taxonomy(ws))).to.deep.equal(['One', 'Sub']);
  });

  it('opens by click, searches as you type, and selects by keyboard (result shape as Label Studio)', async () => {
    const ws = await fixtureWorkspace();
    const el = taxonomy(ws);
    await click($(el, '.toggle'));
    await el.updateComplete;
    expect($(el, '.toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
    await sendKeys({ type: 'tuN' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Three', 'Tuna']);
    expect($(el, 'mark').textContent).to.equal('Tun');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Tuna');
    const change = nextChange(ws);
    await sendKeys({ press: 'Space' });
    const item = (await change).annotation.result.find((r) => r.from_name === 'tax')!;
    expect(item).to.deep.include({ id: '1qI949lEoK', to_name: 'text', type: 'taxonomy' });
    expect(item.value).to.deep.equal({ taxonomy: [['One'], ['Three', 'Sub'], ['Three', 'Tuna']] });
    await el.updateComplete;
    expect(row(el, 'Tuna').getAttribute('aria-selected')).to.equal('true');
  });

  it('expands and collapses with Right and Left, and Left goes to the parent', async () => {
    const ws = await mountWorkspace(SMALL(), TEXT);
    const el = taxonomy(ws);
    await click($(el, '.toggle'));
    await sendKeys({ press: 'ArrowDown' });
    expect(rows(el)).to.deep.equal(['Animals', 'Plants', 'Rocks']);
    expect(row(el, 'Animals').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(row(el, 'Animals').getAttribute('aria-expanded')).to.equal('true');
    expect(rows(el)).to.deep.equal(['Animals', 'Cat', 'Dog', 'Plants', 'Rocks']);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'Cat'));
    expect(row(el, 'Cat').getAttribute('aria-level')).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.getAttribute('title')).to.equal('Good boy');
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'Animals'));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Animals', 'Plants', 'Rocks']);
  });

  it('writes alias-aware paths, removes by chip, and removes the result with the last chip', async () => {
    const ws = await mountWorkspace(SMALL(), TEXT);
    const el = taxonomy(ws);
    const seen = recordChanges(ws);
    await click($(el, '.toggle'));
    await click(row(el, 'Animals').querySelector('.twisty')!);
    await el.updateComplete;
    await click(row(el, 'Dog'));
    await click(row(el, 'Rocks'));
    expect(seen.at(-1)!.annotation.result[0]!.value).to.deep.equal({
      taxonomy: [['animal', 'Dog'], ['Rocks']],
    });
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Dog', 'Rocks']);
    await click($(el, 'button[aria-label="Remove Dog"]'));
    expect(seen.at(-1)!.annotation.result[0]!.value).to.deep.equal({ taxonomy: [['Rocks']] });
    await el.updateComplete;
    await click($(el, 'button[aria-label="Remove Rocks"]'));
    expect(seen.at(-1)!.annotation.result).to.deep.equal([]);
  });

  it('shows full paths with the configured separator', async () => {
    const task = {
      data: TEXT.data,
      annotations: [
        {
          id: 1,
          result: [
            {
              id: 'x',
              from_name: 'tax',
              to_name: 'text',
              type: 'taxonomy',
              value: { taxonomy: [['animal', 'Cat']] },
            },
          ],
        },
      ],
    };
    const ws = await mountWorkspace(SMALL('showFullPath="true" pathSeparator=" > "'), task, {
      annotationId: 1,
    });
    expect(chips(taxonomy(ws))).to.deep.equal(['Animals > Cat']);
  });

  it('with leafsOnly, opens branches instead of selecting them', async () => {
    const ws = await mountWorkspace(SMALL('leafsOnly="true"'), TEXT);
    const el = taxonomy(ws);
    const seen = recordChanges(ws);
    await click($(el, '.toggle'));
    expect(row(el, 'Animals').hasAttribute('aria-selected')).to.equal(false);
    await click(row(el, 'Animals'));
    await el.updateComplete;
    expect(rows(el)).to.include('Cat');
    expect(seen).to.have.length(0);
    await click(row(el, 'Cat'));
    expect(seen.at(-1)!.annotation.result[0]!.value).to.deep.equal({ taxonomy: [['animal', 'Cat']] });
  });

  it('with maxUsages, disables further choices until one is removed', async () => {
    const ws = await mountWorkspace(SMALL('maxUsages="1"'), TEXT);
    const el = taxonomy(ws);
    const seen = recordChanges(ws);
    await click($(el, '.toggle'));
    await click(row(el, 'Rocks'));
    await el.updateComplete;
    expect(row(el, 'Plants').getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.note').textContent).to.contain('At most 1');
    await click(row(el, 'Plants'));
    expect(seen).to.have.length(1);
  });

  it('escapes to close and returns focus to the toggle; typing in the tree goes to the search', async () => {
    const ws = await mountWorkspace(SMALL(), TEXT);
    const el = taxonomy(ws);
    await click($(el, '.toggle'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ type: 'tr' });
    await el.updateComplete;
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('tr');
    expect(rows(el)).to.deep.equal(['Plants', 'Tree']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.dropdown').hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.toggle'));
  });

  it('treats regex characters in the search as text (bad-inputs S9)', async () => {
    const xml = `<View><Text name="text" value="$text"/><Taxonomy name="tax" toName="text">
      <Choice value="a.*(b"/><Choice value="axxb"/><Choice value="&lt;img src=x onerror=alert(1)&gt;"/></Taxonomy></View>`;
    const ws = await mountWorkspace(xml, TEXT);
    const el = taxonomy(ws);
    await click($(el, '.toggle'));
    await sendKeys({ type: '.*(' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['a.*(b']);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });

  it('is read-only in a read-only workspace', async () => {
    const { config, annotation } = await loadFixture('taxonomy');
    const ws = await mountWorkspace(config, withAnnotationIds(annotation!), {
      annotationId: 'a0',
      readonly: true,
    });
    const el = taxonomy(ws);
    expect(($(el, '.toggle') as HTMLButtonElement).disabled).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.chip button')).to.have.length(0);
    expect(chips(el)).to.deep.equal(['One', 'Sub']);
  });

  it('flags a required taxonomy after a refused submit, and clears the flag once filled', async () => {
    const ws = await mountWorkspace(SMALL('required="true"'), TEXT);
    const el = taxonomy(ws);
    expect(ws.submit()).to.equal(false);
    await el.updateComplete;
    expect($(el, '.toggle').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '[role="alert"]').textContent).to.contain('tax');
    expect($(el, '.toggle').getAttribute('aria-describedby')).to.equal($(el, '[role="alert"]').id);
    await click($(el, '.toggle'));
    await click(row(el, 'Rocks'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('stays fast on taxonomy_large (dynamic choices from task data)', async () => {
    const { config, tasks } = await loadFixture('taxonomy_large');
    // its Taxonomies are per-region; a whole-object copy exercises the same tree without an image region
    const xml = config.replace(/perRegion="true"|visibleWhen="region-selected"|whenLabelValue="\w+"/g, '');
    const ws = await mountWorkspace(xml, tasks[0]!);
    const el = taxonomy(ws, 'categories_0');
    await click($(el, '.toggle'));
    expect(rows(el)).to.deep.equal(['dfs']);
    const start = performance.now();
    await sendKeys({ type: 'kyc' });
    await el.updateComplete;
    const searchMs = performance.now() - start;
    expect(rows(el)).to.include('dfs-agent-bankresponsibility-kyccustomer');
    expect(searchMs).to.be.below(1000);
    await sendKeys({ press: 'ArrowDown' });
    const change = nextChange(ws);
    const target = row(el, 'dfs-agent-bankresponsibility-kyccustomer');
    await click(target);
    expect((await change).annotation.result[0]!.value).to.deep.equal({
      taxonomy: [
        ['dfs', 'dfs-agent', 'dfs-agent-bankresponsibility', 'dfs-agent-bankresponsibility-kyccustomer'],
      ],
    });
  });

  it('works on taxonomy_large_inline (a deep tree written in the config)', async () => {
    const { config, tasks } = await loadFixture('taxonomy_large_inline');
    const xml = config.replace(/perRegion="true"|visibleWhen="region-selected"/g, '');
    const ws = await mountWorkspace(xml, tasks[0]!);
    const el = taxonomy(ws, 'categories_0');
    await click($(el, '.toggle'));
    expect(rows(el)).to.deep.equal(['corpgov']);
    await sendKeys({ type: 'tenure' });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      'corpgov',
      'corpgov-boardcomposition',
      'corpgov-boardcomposition-tenure',
      'corpgov-boardcomposition-tenure-servicerestrictions',
    ]);
    expect(row(el, 'corpgov-boardcomposition-tenure').getAttribute('aria-level')).to.equal('3');
  });

  it('shows the classification_mixed annotation next to its other controls', async () => {
    const { config, annotation } = await loadFixture('classification_mixed');
    const ws = await mountWorkspace(config, withAnnotationIds(annotation!), {
      annotationId: annotation!.annotations![0]!.id ?? 'a0',
    });
    expect(chips(taxonomy(ws, 'taxonomy'))).to.deep.equal(['Choice 2.1']);
  });
});

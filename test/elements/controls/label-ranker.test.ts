import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { deepQuery, loadFixture, mountWorkspace, nextChange, recordChanges } from '../workspace-fixture.js';
import { centre } from '../pointer.js';
import type { LabelRanker } from '../../../src/elements/controls/label-ranker.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSTask } from '../../../src/format/types.js';

const ranker = (ws: LabelWorkspace) => deepQuery<LabelRanker>(ws, 'label-ranker')!;
const root = (ws: LabelWorkspace) => ranker(ws).shadowRoot!;
const item = (ws: LabelWorkspace, id: string) => root(ws).querySelector<HTMLElement>(`[data-item="${id}"]`)!;
const live = (ws: LabelWorkspace) => root(ws).querySelector('[aria-live]')!.textContent!.trim();

/** Item ids shown in each column, by column id. */
function columns(ws: LabelWorkspace): Record<string, string[]> {
  return Object.fromEntries(
    [...root(ws).querySelectorAll<HTMLElement>('[data-column]')].map((column) => [
      column.dataset.column,
      [...column.querySelectorAll<HTMLElement>('[data-item]')].map((el) => el.dataset.item!),
    ]),
  );
}

/** The fixture's task with its expected annotation (the ranker annotation files carry no data). */
async function fixtureTask(name: string): Promise<{ config: string; task: LSTask }> {
  const { config, tasks, annotation } = await loadFixture(name);
  return { config, task: { ...tasks[0]!, annotations: annotation!.annotations } };
}

async function bucketsWorkspace(options: { readonly?: boolean } = {}): Promise<LabelWorkspace> {
  const { config, task } = await fixtureTask('ranker_buckets');
  return mountWorkspace(config, task, { annotationId: '1001', ...options });
}

describe('<label-ranker>', () => {
  afterEach(() => resetMouse());

  it('reads the legacy flat ranking (fixture ranker) and writes the object form after a keyboard move', async () => {
    const { config, task } = await fixtureTask('ranker');
    const ws = await mountWorkspace(config, task, { annotationId: '1001' });
    expect(columns(ws)).to.deep.equal({ rank: ['1234', '123', '12345', '123456', '1234567'] });
    expect(root(ws).querySelector('h3')?.textContent).to.contain('Search Results');
    item(ws, '1234').focus();
    await sendKeys({ press: 'Space' });
    expect(item(ws, '1234').getAttribute('aria-pressed')).to.equal('true');
    expect(live(ws)).to.contain('Picked up').and.contain('position 1 of 5');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(live(ws)).to.contain('position 3 of 5');
    const change = nextChange(ws);
    await sendKeys({ press: 'Space' });
    const result = (await change).annotation.result[0]!;
    expect(result).to.deep.include({
      id: 'beFiQTT1cU',
      from_name: 'rank',
      to_name: 'search',
      type: 'ranker',
    });
    expect(result.value).to.deep.equal({ ranker: { rank: ['123', '12345', '1234', '123456', '1234567'] } });
    expect(result.source).to.equal('$items');
    await ranker(ws).updateComplete;
    expect(root(ws).activeElement).to.equal(item(ws, '1234'));
  });

  it('shows the ranker_buckets annotation with unplaced items in the original list', async () => {
    const ws = await bucketsWorkspace();
    expect(columns(ws)).to.deep.equal({ _: ['wiki'], best: ['mdn'], ads: ['blog'] });
    expect(
      [...root(ws).querySelectorAll('h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Search Results (1)', 'Best results (1)', 'Paid results (1)']);
  });

  it('moves an item between columns by keyboard and writes every column, "_" included', async () => {
    const ws = await bucketsWorkspace();
    item(ws, 'wiki').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    expect(columns(ws)).to.deep.equal({ _: [], best: ['wiki', 'mdn'], ads: ['blog'] });
    expect(live(ws)).to.contain('Best results, position 1 of 2');
    await sendKeys({ press: 'ArrowDown' });
    const change = nextChange(ws);
    await sendKeys({ press: 'Enter' });
    const result = (await change).annotation.result[0]!;
    expect(result).to.deep.include({ from_name: 'rank', to_name: 'results', type: 'ranker' });
    expect(result.value).to.deep.equal({ ranker: { _: [], best: ['mdn', 'wiki'], ads: ['blog'] } });
    expect(Object.keys(result.value!.ranker as object)).to.deep.equal(['_', 'best', 'ads']);
    expect(live(ws)).to.contain('Dropped');
  });

  it('puts a held item back on Escape without writing anything', async () => {
    const ws = await bucketsWorkspace();
    const seen = recordChanges(ws);
    item(ws, 'mdn').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    expect(columns(ws).ads).to.include('mdn');
    await sendKeys({ press: 'Escape' });
    await ranker(ws).updateComplete;
    expect(columns(ws)).to.deep.equal({ _: ['wiki'], best: ['mdn'], ads: ['blog'] });
    expect(live(ws)).to.contain('Cancelled');
    expect(seen).to.have.length(0);
  });

  it('moves focus between items with the arrows while nothing is held', async () => {
    const ws = await bucketsWorkspace();
    item(ws, 'wiki').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(ws).activeElement).to.equal(item(ws, 'mdn'));
    await sendKeys({ press: 'ArrowRight' });
    expect(root(ws).activeElement).to.equal(item(ws, 'blog'));
    expect(item(ws, 'blog').tabIndex).to.equal(0);
    expect(item(ws, 'wiki').tabIndex).to.equal(-1);
  });

  it('drags an item with the mouse, showing where it will land', async () => {
    const ws = await bucketsWorkspace();
    const [x, y] = centre(item(ws, 'blog'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    const best = root(ws).querySelector<HTMLElement>('[data-column="best"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y + 10] });
    await sendMouse({
      type: 'move',
      position: [Math.round(best.left + best.width / 2), Math.round(best.bottom - 4)],
    });
    await ranker(ws).updateComplete;
    const indicator = root(ws).querySelector('[data-column="best"] .drop-indicator');
    expect(indicator, 'drop indicator in the target column').to.exist;
    expect(item(ws, 'blog').classList.contains('dragging')).to.equal(true);
    const change = nextChange(ws);
    await sendMouse({ type: 'up' });
    expect((await change).annotation.result[0]!.value).to.deep.equal({
      ranker: { _: ['wiki'], best: ['mdn', 'blog'], ads: [] },
    });
    await ranker(ws).updateComplete;
    expect(root(ws).querySelector('.drop-indicator')).to.equal(null);
  });

  it('treats a press without movement as a click, not a move', async () => {
    const ws = await bucketsWorkspace();
    const seen = recordChanges(ws);
    const [x, y] = centre(item(ws, 'mdn'));
    await sendMouse({ type: 'click', position: [x, y] });
    await ranker(ws).updateComplete;
    expect(seen).to.have.length(0);
    expect(root(ws).activeElement).to.equal(item(ws, 'mdn'));
  });

  it('starts every item in a default bucket and writes it on the first move', async () => {
    const xml = `<View><List name="l" value="$items" title="All"/>
      <Ranker name="r" toName="l"><Bucket name="keep" title="Keep" default="true"/><Bucket name="drop" title="Drop"/></Ranker></View>`;
    const items = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ];
    const ws = await mountWorkspace(xml, { data: { items } });
    expect(columns(ws)).to.deep.equal({ keep: ['a', 'b'], drop: [] });
    item(ws, 'b').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    const change = nextChange(ws);
    await sendKeys({ press: 'Space' });
    expect((await change).annotation.result[0]!.value).to.deep.equal({
      ranker: { keep: ['a'], drop: ['b'] },
    });
  });

  it('shows item html sanitised and applies the config <Style> to its classes', async () => {
    const { config } = await loadFixture('ranker_buckets');
    const items = [
      {
        id: 'x',
        title: 'X',
        html: '<b>bold</b><img src="https://attacker.example/p.gif" onerror="window.__rankPwned=1"><script>window.__rankPwned=2</script>',
      },
    ];
    const ws = await mountWorkspace(config, { data: { items } });
    const el = item(ws, 'x');
    expect(el.querySelector('.html b')?.textContent).to.equal('bold');
    expect(el.querySelectorAll('script')).to.have.length(0);
    expect(el.querySelector('img')?.hasAttribute('src')).to.equal(false);
    expect((window as unknown as { __rankPwned?: number }).__rankPwned).to.equal(undefined);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 250, 210)'); // lightgoldenrodyellow
    expect(getComputedStyle(root(ws).querySelector('.htx-ranker-column')!).backgroundColor).to.equal(
      'rgb(100, 149, 237)',
    );
  });

  it('lets a read-only workspace browse but not move', async () => {
    const ws = await bucketsWorkspace({ readonly: true });
    const seen = recordChanges(ws);
    item(ws, 'wiki').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    expect(seen).to.have.length(0);
    expect(root(ws).activeElement).to.equal(item(ws, 'mdn'));
  });
});

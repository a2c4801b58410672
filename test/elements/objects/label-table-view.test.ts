import { expect } from '@open-wc/testing';
import { deepQuery, loadFixture, mountWorkspace } from '../workspace-fixture.js';
import type { LabelTableView } from '../../../src/elements/objects/label-table-view.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import { tableRows } from '../../../src/elements/objects/table-rows.js';

function view(ws: LabelWorkspace): ShadowRoot {
  return deepQuery<LabelTableView>(ws, 'label-table-view')!.shadowRoot!;
}

function rows(ws: LabelWorkspace): string[][] {
  return [...view(ws).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );
}

describe('<label-table-view>', () => {
  it('shows the table fixture as Name/Value rows sorted like Label Studio', async () => {
    const { config, tasks } = await loadFixture('table');
    const ws = await mountWorkspace(config, tasks[0]!);
    expect([...view(ws).querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Name',
      'Value',
    ]);
    expect(rows(ws)).to.deep.equal([
      ['Cheese', '3,99'],
      ['Chicken', '10,66'],
      ['Extra sauce', '2,50'],
      ['Spicy', '11,99'],
      ['Tuna', '12,35'],
      ['Vegetarian', '8,53'],
    ]);
    expect(view(ws).querySelector('tbody th')?.getAttribute('scope')).to.equal('row');
  });

  it('says that a remote CSV table (table_csv) is not loaded, and fetches nothing', async () => {
    const { config, tasks } = await loadFixture('table_csv');
    const ws = await mountWorkspace(config, tasks[0]!);
    expect(view(ws).querySelector('table')).to.equal(null);
    expect(view(ws).querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ')).to.contain(
      'does not load remote or CSV tables',
    );
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('htx-pub'))).to.have.length(
      0,
    );
  });

  it('shows keys and values as text, nested values as JSON', async () => {
    const data = { '<img src=x onerror=alert(1)>': '<b>bold</b>', nested: { a: [1, 2] }, empty: null };
    const ws = await mountWorkspace('<View><Table name="t" value="$row"/></View>', { data: { row: data } });
    expect(rows(ws)).to.deep.equal([
      ['<img src=x onerror=alert(1)>', '<b>bold</b>'],
      ['empty', ''],
      ['nested', '{"a":[1,2]}'],
    ]);
    expect(view(ws).querySelectorAll('img, b')).to.have.length(0);
  });

  it('shows arrays in index order and JSON text as data', () => {
    expect(tableRows(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'])).to.deep.include({
      rows: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((value, i) => ({
        key: String(i),
        value,
      })),
    });
    expect(tableRows('{"b": 1, "A": 2}')).to.deep.equal({
      rows: [
        { key: 'A', value: '2' },
        { key: 'b', value: '1' },
      ],
    });
    expect(tableRows('not json')).to.have.property('error');
    expect(tableRows(42)).to.have.property('error');
  });
});

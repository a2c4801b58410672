import { expect } from '@open-wc/testing';
import {
  buildTaxonomyTree,
  chipText,
  includesPath,
  pathKey,
  preselectedPaths,
  preselectedTaxonomyPayload,
  readTaxonomyPaths,
  removeTaxonomyPath,
  searchExpansion,
  searchTaxonomy,
  splitMatch,
  taxonomyOptions,
  toggleTaxonomyPath,
  visibleRows,
  type TaxonomyItem,
  type TaxonomyTree,
} from '../../../src/model/controls/taxonomy.js';
import { choice, node } from './config-nodes.js';

/** The `taxonomy` fixture's tree, with an alias on one level to check alias-aware paths. */
function fixtureTree(): TaxonomyTree {
  return buildTaxonomyTree(
    node('Taxonomy', { name: 'tax' }, [
      choice('One'),
      choice('Two'),
      choice('Three', [choice('Sub'), choice('With', [], { alias: 'with-alias' }), choice('Tuna')]),
    ]),
  );
}

function item(tree: TaxonomyTree, ...path: string[]): TaxonomyItem {
  const found = tree.byPath.get(pathKey(path));
  if (!found) throw new Error(`no item ${path.join('/')}`);
  return found;
}

const free = { leafsOnly: false, maxUsages: undefined };

describe('taxonomy model', () => {
  it('builds paths from nested choices, writing aliases and showing values', () => {
    const tree = fixtureTree();
    expect(tree.roots.map((root) => root.label)).to.deep.equal(['One', 'Two', 'Three']);
    const aliased = item(tree, 'Three', 'with-alias');
    expect(aliased.label).to.equal('With');
    expect(aliased.labels).to.deep.equal(['Three', 'With']);
    expect(aliased.parent?.label).to.equal('Three');
    expect(tree.items).to.have.length(6);
  });

  it('drops a sibling that repeats a value, as Label Studio does', () => {
    const tree = buildTaxonomyTree(
      node('Taxonomy', {}, [choice('A', [choice('x')]), choice('A', [choice('y')]), choice('B')]),
    );
    expect(tree.roots.map((root) => root.label)).to.deep.equal(['A', 'B']);
    expect(tree.roots[0]!.children.map((child) => child.label)).to.deep.equal(['x']);
  });

  it('reads only string paths out of a result', () => {
    const paths = readTaxonomyPaths([['One'], ['Three', 'Sub'], 'Two', [], [1, 2], null, ['ok', 3]]);
    expect(paths).to.deep.equal([['One'], ['Three', 'Sub'], ['Two']]);
    expect(readTaxonomyPaths({ taxonomy: [['x']] })).to.deep.equal([]);
    expect(readTaxonomyPaths([['A', 'B'], ['A', 'B'], 'C', ['C']])).to.deep.equal([['A', 'B'], ['C']]);
  });

  it('toggles a path on and off, keeping the order selections were made in', () => {
    const tree = fixtureTree();
    let selection = toggleTaxonomyPath([], item(tree, 'Three', 'Sub'), free);
    selection = toggleTaxonomyPath(selection, item(tree, 'One'), free);
    expect(selection).to.deep.equal([['Three', 'Sub'], ['One']]);
    selection = toggleTaxonomyPath(selection, item(tree, 'Three', 'Sub'), free);
    expect(selection).to.deep.equal([['One']]);
    expect(includesPath(selection, ['One'])).to.equal(true);
    expect(removeTaxonomyPath(selection, ['One'])).to.deep.equal([]);
  });

  it('lets parents and their children be selected independently', () => {
    const tree = fixtureTree();
    const selection = toggleTaxonomyPath(
      toggleTaxonomyPath([], item(tree, 'Three'), free),
      item(tree, 'Three', 'Tuna'),
      free,
    );
    expect(selection).to.deep.equal([['Three'], ['Three', 'Tuna']]);
  });

  it('refuses a parent with leafsOnly', () => {
    const tree = fixtureTree();
    const options = taxonomyOptions(node('Taxonomy', { leafsOnly: true }));
    expect(toggleTaxonomyPath([], item(tree, 'Three'), options)).to.deep.equal([]);
    expect(toggleTaxonomyPath([], item(tree, 'Three', 'Sub'), options)).to.deep.equal([['Three', 'Sub']]);
  });

  it('stops adding at maxUsages but always allows removing', () => {
    const tree = fixtureTree();
    const options = taxonomyOptions(node('Taxonomy', { maxUsages: 1 }));
    const one = toggleTaxonomyPath([], item(tree, 'One'), options);
    expect(toggleTaxonomyPath(one, item(tree, 'Two'), options)).to.equal(one);
    expect(toggleTaxonomyPath(one, item(tree, 'One'), options)).to.deep.equal([]);
    expect(taxonomyOptions(node('Taxonomy', { maxUsages: 0 })).maxUsages).to.equal(undefined);
    expect(taxonomyOptions(node('Taxonomy', { maxUsages: 'x' })).maxUsages).to.equal(undefined);
  });

  it('says what a chip shows: the label, or the full path with the separator', () => {
    const tree = fixtureTree();
    expect(chipText(tree, ['Three', 'with-alias'], { showFullPath: false, pathSeparator: ' / ' })).to.equal(
      'With',
    );
    expect(chipText(tree, ['Three', 'with-alias'], { showFullPath: true, pathSeparator: ' / ' })).to.equal(
      'Three / With',
    );
    expect(chipText(tree, ['Three', 'Sub'], { showFullPath: true, pathSeparator: ' > ' })).to.equal(
      'Three > Sub',
    );
  });

  it('shows the written values of levels the tree does not know', () => {
    const tree = fixtureTree();
    expect(chipText(tree, ['Three', 'Gone'], { showFullPath: true, pathSeparator: ' / ' })).to.equal(
      'Three / Gone',
    );
    expect(chipText(tree, ['Old'], { showFullPath: false, pathSeparator: ' / ' })).to.equal('Old');
  });

  it('searches labels case-insensitively and shows the ancestors of matches', () => {
    const tree = fixtureTree();
    const search = searchTaxonomy(tree, '  tUn ')!;
    expect([...search.matches].map((m) => m.label)).to.deep.equal(['Tuna']);
    expect([...search.shown].map((m) => m.label).sort()).to.deep.equal(['Three', 'Tuna']);
    expect([...searchExpansion(search)]).to.deep.equal([item(tree, 'Three').key]);
    expect(searchTaxonomy(tree, '   ')).to.equal(undefined);
  });

  it('treats pattern characters in a search as plain text', () => {
    const tree = buildTaxonomyTree(node('Taxonomy', {}, [choice('a.*(b'), choice('axxb'), choice('[x]')]));
    expect([...searchTaxonomy(tree, '.*(')!.matches].map((m) => m.label)).to.deep.equal(['a.*(b']);
    expect([...searchTaxonomy(tree, '[x]')!.matches].map((m) => m.label)).to.deep.equal(['[x]']);
    expect(searchTaxonomy(tree, '(')!.matches.size).to.equal(1);
  });

  it('splits a label around the match for highlighting', () => {
    expect(splitMatch('Tuna salad', 'una')).to.deep.equal(['T', 'una', ' salad']);
    expect(splitMatch('Tuna', 'x')).to.deep.equal(['Tuna', '', '']);
  });

  it('lists only the rows of expanded branches, with ARIA positions', () => {
    const tree = fixtureTree();
    expect(visibleRows(tree, new Set()).map((row) => row.item.label)).to.deep.equal(['One', 'Two', 'Three']);
    const rows = visibleRows(tree, new Set([item(tree, 'Three').key]));
    expect(rows.map((row) => row.item.label)).to.deep.equal(['One', 'Two', 'Three', 'Sub', 'With', 'Tuna']);
    expect(rows[4]).to.include({ level: 2, setSize: 3, position: 2 });
    expect(rows[2]).to.include({ level: 1, setSize: 3, position: 3 });
  });

  it('lists only matches and their ancestors while searching', () => {
    const tree = fixtureTree();
    const search = searchTaxonomy(tree, 'tuna')!;
    const rows = visibleRows(tree, searchExpansion(search), search);
    expect(rows.map((row) => row.item.label)).to.deep.equal(['Three', 'Tuna']);
    expect(rows[1]).to.include({ level: 2, setSize: 1, position: 1 });
  });

  it('walks only open branches of a large tree', () => {
    const roots = Array.from({ length: 20 }, (_, r) =>
      choice(
        `root ${r}`,
        Array.from({ length: 50 }, (_, c) => choice(`leaf ${r}.${c}`, [choice(`deep ${r}.${c}`)])),
      ),
    );
    const tree = buildTaxonomyTree(node('Taxonomy', {}, roots));
    expect(tree.items).to.have.length(20 + 20 * 50 * 2);
    expect(visibleRows(tree, new Set())).to.have.length(20);
    expect(visibleRows(tree, new Set([tree.roots[3]!.key]))).to.have.length(70);
  });

  it('starts a new annotation with the selected="true" choices, in tree order, as full paths', () => {
    const control = node('Taxonomy', {}, [
      choice('A', [choice('A1', [], { selected: true, alias: 'a1' })], { alias: 'a' }),
      choice('B', [], { selected: true }),
    ]);
    expect(preselectedPaths(buildTaxonomyTree(control))).to.deep.equal([['a', 'a1'], ['B']]);
    expect(preselectedTaxonomyPayload(control)).to.deep.equal([['a', 'a1'], ['B']]);
    expect(preselectedTaxonomyPayload(node('Taxonomy', {}, [choice('A')]))).to.equal(undefined);
  });

  it('takes dynamic choices like static ones', () => {
    const dynamicChoice = { ...choice('', [], {}), bound: { value: 'From data' }, dynamic: true };
    const tree = buildTaxonomyTree(node('Taxonomy', {}, [choice('Static'), dynamicChoice]));
    expect(tree.roots.map((root) => root.label)).to.deep.equal(['Static', 'From data']);
  });
});

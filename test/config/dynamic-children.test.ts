import { expect } from '@open-wc/testing';
import { parseConfig, type ConfigNode } from '../../src/config/index.js';

const values = (nodes: readonly ConfigNode[]) => nodes.map((node) => node.attrs.value);

describe('dynamic options from task data (ls-spec §2.6)', () => {
  it('appends one Choice per item after the static ones, with any attribute from the item', () => {
    const data = {
      variants: [
        { value: 'Do or doughnut', html: '<b>x</b>', hotkey: 'd' },
        { value: 'Do or do not', selected: true, alias: 'dd' },
      ],
    };
    const { byName, errors } = parseConfig(
      '<View><Audio name="a" value="$a"/><Choices name="c" toName="a" value="$variants"><Choice value="Static"/></Choices></View>',
      data,
    );
    expect(errors).to.deep.equal([]);
    const choices = byName.get('c')!;
    expect(values(choices.children)).to.deep.equal(['Static', 'Do or doughnut', 'Do or do not']);
    const [staticChoice, first, second] = choices.children;
    expect(staticChoice.dynamic).to.equal(undefined);
    expect([first.dynamic, first.tag, first.attrs.html, first.attrs.hotkey]).to.deep.equal([
      true,
      'Choice',
      '<b>x</b>',
      'd',
    ]);
    expect([second.attrs.selected, second.attrs.alias]).to.deep.equal([true, 'dd']);
    expect([first.line, first.column, first.key, second.key]).to.deep.equal([
      choices.line,
      choices.column,
      '0.1.1',
      '0.1.2',
    ]);
    expect(choices.bound.value).to.equal(data.variants);
  });

  it('creates Labels for every Labels-family tag, typing values and canonicalising keys', () => {
    const data = {
      brands: [{ value: 'Big', background: 'orange', showalias: true, alias: 'B', maxUsages: 2 }],
    };
    const { byName } = parseConfig(
      '<View><Image name="i" value="$i"/><RectangleLabels name="r" toName="i" value="$brands"/></View>',
      data,
    );
    const [label] = byName.get('r')!.children;
    expect(label.tag).to.equal('Label');
    expect([
      label.attrs.background,
      label.attrs.showAlias,
      label.attrs.maxUsages,
      label.attrs.selected,
    ]).to.deep.equal(['orange', true, 2, false]);
  });

  it('nests children arrays as nested Choices (Taxonomy, allowNested)', () => {
    const data = {
      tree: [
        { value: 'A', children: [{ value: 'A1' }, { value: 'A2', children: [{ value: 'A2x' }] }] },
        { value: 'B' },
      ],
    };
    const xml =
      '<View><Text name="t" value="x"/><Taxonomy name="tax" toName="t" value="$tree"/><Choices name="c" toName="t" allowNested="true" value="$tree"/></View>';
    const { byName, parentOf, errors } = parseConfig(xml, data);
    expect(errors).to.deep.equal([]);
    for (const name of ['tax', 'c']) {
      const control = byName.get(name)!;
      expect(values(control.children)).to.deep.equal(['A', 'B']);
      expect(values(control.children[0].children)).to.deep.equal(['A1', 'A2']);
      expect(values(control.children[0].children[1].children)).to.deep.equal(['A2x']);
      expect(parentOf.get(control.children[0].children[1])).to.equal(control.children[0]);
    }
  });

  it('resolves $variables in item values, as Label Studio does', () => {
    const { byName } = parseConfig(
      '<View><Text name="t" value="x"/><Choices name="c" toName="t" value="$opts"/></View>',
      {
        opts: [{ value: '$label' }],
        label: 'From data',
      },
    );
    const [choice] = byName.get('c')!.children;
    expect([choice.attrs.value, choice.bound.value]).to.deep.equal(['$label', 'From data']);
  });

  it('shares the options of one sharedStore between Taxonomies, built once', () => {
    const xml =
      '<View><Text name="t" value="x"/><Taxonomy name="a" toName="t" value="$tree" sharedStore="s"/><Taxonomy name="b" toName="t" value="$tree" sharedStore="s"/><Taxonomy name="c" toName="t" value="$tree"/></View>';
    const { byName, parentOf } = parseConfig(xml, { tree: [{ value: 'A' }] });
    const [a, b, c] = ['a', 'b', 'c'].map((name) => byName.get(name)!);
    expect(b.children[0]).to.equal(a.children[0]);
    expect(c.children[0]).to.not.equal(a.children[0]);
    expect(parentOf.get(a.children[0])).to.equal(a);
  });

  it('warns, without crashing, on data that is not an array of objects', () => {
    const xml =
      '<View><Text name="t" value="x"/>\n<Choices name="c" toName="t" value="$opts"><Choice value="kept"/></Choices></View>';
    for (const opts of ['a string', 42, { value: 'obj' }, null]) {
      const { byName, errors } = parseConfig(xml, { opts });
      expect(values(byName.get('c')!.children)).to.deep.equal(['kept']);
      expect(errors.map((error) => [error.code, error.severity, error.line, error.column])).to.deep.equal([
        ['dynamic-children', 'warning', 2, 1],
      ]);
    }
    const missing = parseConfig(xml, {}).errors;
    expect(missing.map((error) => error.message)).to.deep.equal([
      '<Choices> value="$opts" should point at an array of objects in the task data, but found nothing; no Choice was added from data.',
    ]);
  });

  it('skips malformed items with a warning and keeps the good ones', () => {
    const data = {
      opts: [
        'bare',
        null,
        [1],
        { hotkey: 'x' },
        { value: 'ok', nested: { a: 1 }, selected: 'maybe' },
        { value: 'fine' },
      ],
    };
    const { byName, errors } = parseConfig(
      '<View><Text name="t" value="x"/><Choices name="c" toName="t" value="$opts"/></View>',
      data,
    );
    expect(values(byName.get('c')!.children)).to.deep.equal(['ok', 'fine']);
    expect(byName.get('c')!.children[0].attrs.selected).to.equal(false);
    expect(
      errors.every((error) => error.severity === 'warning' && error.code === 'dynamic-children'),
    ).to.equal(true);
    expect(errors.map((error) => error.message).join('\n'))
      .to.contain('item 0 is a string')
      .and.contain('item 3 has no value');
  });

  it('does not build options from a literal value, nor warn without task data', () => {
    const xml =
      '<View><Text name="t" value="x"/><Choices name="c" toName="t" value="$opts"/><Labels name="l" toName="t" value="literal"/></View>';
    const { byName, errors } = parseConfig(xml);
    expect(byName.get('c')!.children).to.deep.equal([]);
    expect(byName.get('l')!.children).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('caps nesting depth from data', () => {
    let deep: { value: string; children?: unknown[] } = { value: 'leaf' };
    for (let i = 0; i < 150; i++) deep = { value: `n${i}`, children: [deep] };
    const { byName, errors } = parseConfig(
      '<View><Text name="t" value="x"/><Taxonomy name="x" toName="t" value="$tree"/></View>',
      {
        tree: [deep],
      },
    );
    let depth = 0;
    for (let node = byName.get('x')!.children[0]; node; node = node.children[0]) depth++;
    expect(depth).to.equal(100);
    expect(errors.map((error) => error.code)).to.deep.equal(['dynamic-children']);
  });
});

import { expect } from '@open-wc/testing';
import { parseConfig, type ConfigError } from '../../src/config/index.js';
import { positionOf } from './support/positions.js';

/** The single problem with this code; fails when there is none or several. */
function problem(xml: string, code: string, data?: Record<string, unknown>): ConfigError {
  const found = parseConfig(xml, data).errors.filter((error) => error.code === code);
  expect(found, `problems with code ${code}`).to.have.length(1);
  return found[0];
}

function expectAt(error: ConfigError, xml: string, needle: string, occurrence = 1): void {
  const { line, column } = positionOf(xml, needle, occurrence);
  expect([error.line, error.column], error.message).to.deep.equal([line, column]);
}

describe('config errors', () => {
  it('not well-formed XML: error with the validator line and column, no tree', () => {
    const xml = '<View>\n  <Text name="t" value="$t">\n</View>';
    const parsed = parseConfig(xml);
    expect(parsed.root).to.equal(null);
    expect(parsed.errors).to.have.length(1);
    const [error] = parsed.errors;
    expect([error.code, error.severity, error.line, error.column]).to.deep.equal(['xml', 'error', 3, 1]);
    expect(error.message).to.contain("Expected closing tag 'Text'");
  });

  it('a bare & or an unknown entity in an attribute is not well-formed, at the &', () => {
    const bare = '<View>\n  <Text name="t" value="Tom & Jerry"/>\n</View>';
    const error = problem(bare, 'xml');
    expectAt(error, bare, '&');
    expect(error.message).to.contain('&amp;');
    const nbsp = '<View><Header value="a&nbsp;b"/></View>';
    expectAt(problem(nbsp, 'xml'), nbsp, '&nbsp;');
    expect(parseConfig(nbsp).root).to.equal(null);
  });

  it("'<' inside an attribute value is not well-formed", () => {
    const xml = '<View><Header value="a < b"/></View>';
    expectAt(problem(xml, 'xml'), xml, '< b');
  });

  it('a second root element or text after the root is not well-formed', () => {
    const twoRoots = '<View/>\n<View/>';
    expectAt(problem(twoRoots, 'xml'), twoRoots, '<View/>', 2);
    const trailing = '<View/>\ntrailing';
    expectAt(problem(trailing, 'xml'), trailing, 'trailing');
  });

  it('unknown tag: error at the tag, the rest is still parsed and the node kept', () => {
    const xml = '<View>\n  <Foo bar="1"><Header value="x"/></Foo>\n  <Text name="t" value="$t"/>\n</View>';
    const parsed = parseConfig(xml);
    const error = problem(xml, 'unknown-tag');
    expectAt(error, xml, '<Foo');
    expect(error.tag).to.equal('Foo');
    expect(error.message).to.contain('<Foo>');
    const foo = parsed.root!.children[0];
    expect([foo.tag, foo.spec, foo.attrs.bar]).to.deep.equal(['Foo', undefined, '1']);
    expect(foo.children[0].tag).to.equal('Header');
    expect(parsed.byName.has('t')).to.equal(true);
  });

  it('control or object without a name: error (HyperText and Relations may omit it)', () => {
    const xml =
      '<View>\n  <Text name="t" value="x"/>\n  <Choices toName="t"><Choice value="a"/></Choices>\n</View>';
    const error = problem(xml, 'missing-attribute');
    expectAt(error, xml, '<Choices');
    expect(error.message).to.equal('<Choices> is missing its required name attribute.');
    const fine = parseConfig(
      '<View><HyperText value="&lt;b&gt;x&lt;/b&gt;"/><Relations><Relation value="r"/></Relations></View>',
    );
    expect(fine.errors).to.deep.equal([]);
  });

  it('duplicate names: error at the second occurrence, naming the first one’s line', () => {
    const xml = '<View>\n  <Text name="t" value="a"/>\n  <Image name="t" value="$i"/>\n</View>';
    const error = problem(xml, 'duplicate-name');
    expectAt(error, xml, '<Image');
    expect(error.message).to.contain('name="t"').and.contain('<Text> on line 2');
    expect(parseConfig(xml).byName.get('t')!.tag).to.equal('Text');
  });

  it('toName naming no tag: error naming the part and listing the objects', () => {
    const xml =
      '<View>\n  <Text name="a" value="1"/><Text name="b" value="2"/>\n  <Pairwise name="pw" toName="a,c"/>\n</View>';
    const error = problem(xml, 'to-name');
    expectAt(error, xml, '<Pairwise');
    expect(error.message).to.contain('toName="c"').and.contain('Object tags in this config: a, b.');
    expect(parseConfig(xml).targets.get('pw')).to.deep.equal(['a']);
  });

  it('controls restricted to Image or HyperText pointing elsewhere: error', () => {
    const xml =
      '<View>\n  <Text name="t" value="x"/>\n  <RectangleLabels name="r" toName="t"><Label value="A"/></RectangleLabels>\n</View>';
    const error = problem(xml, 'to-name');
    expectAt(error, xml, '<RectangleLabels');
    expect(error.message).to.contain('<Image>').and.contain('<Text>');
    const html =
      '<View><Text name="t" value="x"/><HyperTextLabels name="h" toName="t"><Label value="A"/></HyperTextLabels></View>';
    expect(problem(html, 'to-name').message).to.contain('<HyperText>');
  });

  it('toName missing with several objects: error, since no object can be picked', () => {
    const xml =
      '<View><Text name="a" value="1"/><Text name="b" value="2"/>\n<Choices name="c"><Choice value="x"/></Choices></View>';
    const error = problem(xml, 'to-name');
    expectAt(error, xml, '<Choices');
    expect(error.message).to.contain('2 object tags (a, b)');
  });

  it('option tag under a wrong parent: error at the option, at any depth allowed', () => {
    const xml =
      '<View>\n  <Text name="t" value="x"/>\n  <Choices name="c" toName="t">\n    <Label value="A"/>\n  </Choices>\n</View>';
    const error = problem(xml, 'parent');
    expectAt(error, xml, '<Label');
    expect(error.message).to.contain('<Labels>').and.contain('inside <Choices>');
    const nested =
      '<View><Text name="t" value="x"/><Choices name="c" toName="t"><View><Choice value="a"/></View></Choices></View>';
    expect(parseConfig(nested).errors).to.deep.equal([]);
  });

  it('visual tags with a name: warning', () => {
    const xml = '<View>\n  <Header name="h" value="x"/>\n</View>';
    const warning = problem(xml, 'visual-name');
    expect(warning.severity).to.equal('warning');
    expectAt(warning, xml, '<Header');
  });

  it('perRegion and perItem together: error', () => {
    const xml =
      '<View><Image name="i" value="$i"/>\n  <Choices name="c" toName="i" perRegion="true" perItem="true"><Choice value="a"/></Choices></View>';
    const error = problem(xml, 'conflicting-attributes');
    expectAt(error, xml, '<Choices');
    expect(error.severity).to.equal('error');
  });

  it('enumeration, boolean and number values are checked and the allowed values named', () => {
    const xml =
      '<View>\n<Text name="t" value="x"/>\n<Choices name="c" toName="t" choice="radio"><Choice value="a"/></Choices>\n' +
      '<Image name="i" value="$i" zoom="yes"/>\n<Header value="h" size="big"/>\n</View>';
    const errors = parseConfig(xml).errors.filter((error) => error.code === 'attribute-value');
    expect(errors.map((error) => [error.line, error.column, error.tag])).to.deep.equal([
      [3, 1, 'Choices'],
      [4, 1, 'Image'],
      [5, 1, 'Header'],
    ]);
    expect(errors[0].message)
      .to.contain('choice="radio"')
      .and.contain('one of single, single-radio, multiple');
    expect(errors[1].message).to.contain('zoom="yes"').and.contain('true or false');
    expect(errors[2].message).to.contain('size="big"').and.contain('a number');
  });

  it('an invalid value falls back to the default', () => {
    const { byName } = parseConfig('<View><Image name="i" value="$i" zoom="yes"/></View>');
    expect(byName.get('i')!.attrs.zoom).to.equal(true);
  });

  it('missing required attribute: error (text content counts as value)', () => {
    const xml =
      '<View><Text name="t" value="x"/>\n<Labels name="l" toName="t">\n  <Label/>\n  <Label>ok</Label></Labels></View>';
    const error = problem(xml, 'missing-attribute');
    expectAt(error, xml, '<Label/>');
    expect(error.message).to.equal('<Label> is missing its required value attribute (or text content).');
    const image = '<View>\n<Image name="i"/></View>';
    const oneOf = problem(image, 'missing-attribute');
    expectAt(oneOf, image, '<Image');
    expect(oneOf.message).to.equal('<Image> needs value or valueList.');
  });

  it('recognised tags we do not draw: warning naming the tag', () => {
    const xml = '<View>\n  <Video name="v" value="$v"/>\n</View>';
    const warning = problem(xml, 'not-rendered');
    expect(warning).to.deep.equal({
      message: '<Video> is recognised but not drawn by label-elements yet; its results are kept.',
      line: 2,
      column: 3,
      tag: 'Video',
      severity: 'warning',
      code: 'not-rendered',
    });
  });

  it('nesting deeper than 100 levels: error, no tree', () => {
    const xml = '<View>'.repeat(101) + '</View>'.repeat(101);
    const parsed = parseConfig(xml);
    expect(parsed.root).to.equal(null);
    expect(parsed.errors.map((error) => error.code)).to.deep.equal(['too-deep']);
    expectAt(parsed.errors[0], xml, '<View>', 101);
  });

  it('more than 500 000 nodes after expansion: one error at the element that crossed the budget', () => {
    const xml =
      '<View>\n  <Repeater on="$rows">\n    <Repeater on="$rows"><Header value="x"/></Repeater>\n  </Repeater>\n</View>';
    const parsed = parseConfig(xml, { rows: Array.from({ length: 710 }, (_, i) => i) });
    expect(parsed.errors).to.have.length(1);
    const [error] = parsed.errors;
    // The 500 001st node is the View that wraps an inner page; it stands where its Repeater does.
    expect([error.code, error.severity, error.line, error.column]).to.deep.equal([
      'too-many-nodes',
      'error',
      3,
      5,
    ]);
    expect(parsed.root).to.not.equal(null);
    expect(parsed.parentOf.size).to.equal(500_000 - 1);
  });

  it('lists problems in source order', () => {
    const xml = '<View>\n<Foo/>\n<Text name="t" value="x"/>\n<Bar/>\n<Header name="h" value="x"/>\n</View>';
    const lines = parseConfig(xml).errors.map((error) => error.line);
    expect(lines).to.deep.equal([2, 4, 5]);
  });

  it('caps the list of problems and sums up the rest', () => {
    const xml = `<View>${'<Foo/>'.repeat(300)}</View>`;
    const { errors } = parseConfig(xml);
    expect(errors).to.have.length(201);
    expect(errors[200].code).to.equal('too-many-problems');
    expect(errors[200].message).to.contain('100 more problems');
  });

  it('reports a copied element once, not once per Repeater copy', () => {
    const xml = '<View><Repeater on="$items"><Foo/></Repeater></View>';
    expect(parseConfig(xml, { items: [1, 2, 3] }).errors.map((error) => error.code)).to.deep.equal([
      'unknown-tag',
    ]);
  });

  it('never throws on a non-string config', () => {
    const parsed = parseConfig(undefined as unknown as string);
    expect(parsed.root).to.equal(null);
    expect(parsed.errors[0].code).to.equal('xml');
  });
});

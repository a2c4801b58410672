import { expect } from '@open-wc/testing';
import { attr, childrenOf, descendantsOf, parseConfig, type ConfigNode } from '../../src/config/index.js';

function parseOk(xml: string, data?: Record<string, unknown>) {
  const parsed = parseConfig(xml, data);
  expect(parsed.errors.filter((error) => error.severity === 'error')).to.deep.equal([]);
  expect(parsed.root).to.not.equal(null);
  return parsed;
}

function only(nodes: readonly ConfigNode[]): ConfigNode {
  expect(nodes).to.have.length(1);
  return nodes[0];
}

describe('parseConfig: tags and attributes', () => {
  it('canonicalises tag names in any letter case (ls-spec §2.1)', () => {
    const { root } = parseOk(
      '<view><header value="Hi"/><Textarea name="ta" toName="t"/><TEXT name="t" value="$t"/><AudioPlus name="a" value="$a"/></view>',
    );
    expect(root!.tag).to.equal('View');
    expect(root!.children.map((child) => child.tag)).to.deep.equal(['Header', 'TextArea', 'Text', 'Audio']);
    expect(root!.children[1].spec?.name).to.equal('TextArea');
  });

  it('canonicalises attribute names in any letter case', () => {
    const { byName } = parseOk(
      '<View><Text name="t" value="x"/><Choices name="c" toname="t" showInLine="true" CHOICE="multiple"><Choice value="a"/></Choices></View>',
    );
    const choices = byName.get('c')!;
    expect(choices.attrs.toName).to.equal('t');
    expect(choices.attrs.showInline).to.equal(true);
    expect(choices.attrs.choice).to.equal('multiple');
    expect(Object.keys(choices.attrs)).to.not.include.members(['toname', 'showinline']);
  });

  it('coerces "true"/"false" to booleans, except on value', () => {
    const { byName } = parseOk(
      '<View><Image name="i" value="$i" zoom="false" grid="true"/><TextArea name="ta" toName="i" value="true" editable="true"/></View>',
    );
    expect(byName.get('i')!.attrs.zoom).to.equal(false);
    expect(byName.get('i')!.attrs.grid).to.equal(true);
    expect(byName.get('ta')!.attrs.value).to.equal('true');
    expect(byName.get('ta')!.attrs.editable).to.equal(true);
  });

  it('parses numeric attributes and applies Label Studio defaults', () => {
    const { root, byName } = parseOk(
      '<View><Header value="H" size="2"/><Image name="i" value="$i" zoomBy="1.5"/><Rating name="r" toName="i"/></View>',
    );
    expect(root!.children[0].attrs.size).to.equal(2);
    const image = byName.get('i')!;
    expect(image.attrs.zoomBy).to.equal(1.5);
    expect(image.attrs.zoom).to.equal(true);
    expect(image.attrs.gridSize).to.equal(30);
    expect(image.attrs.defaultZoom).to.equal('fit');
    expect(byName.get('r')!.attrs.maxRating).to.equal(5);
    expect(root!.attrs.display).to.equal('block');
  });

  it('keeps unknown attributes lower-cased, as strings, without complaint', () => {
    const parsed = parseOk('<View><Image name="i" value="$i" showMousePos="true" maxUsage="3"/></View>');
    const image = parsed.byName.get('i')!;
    expect(image.attrs.showmousepos).to.equal('true');
    expect(image.attrs.maxusage).to.equal('3');
    expect(parsed.errors).to.deep.equal([]);
  });

  it('gives records that inherit nothing', () => {
    const { root } = parseOk('<View><Header value="x"/></View>');
    const header = root!.children[0];
    expect((header.attrs as Record<string, unknown>).toString).to.equal(undefined);
    expect((header.bound as Record<string, unknown>).constructor).to.equal(undefined);
    expect('hasOwnProperty' in header.attrs).to.equal(false);
  });

  it('freezes what it builds', () => {
    const { root } = parseOk('<View><Header value="x"/></View>');
    expect(Object.isFrozen(root)).to.equal(true);
    expect(Object.isFrozen(root!.attrs)).to.equal(true);
    expect(Object.isFrozen(root!.bound)).to.equal(true);
    expect(Object.isFrozen(root!.children)).to.equal(true);
  });

  it('gives every node its source position and a key from child indexes', () => {
    const xml = '<View>\n  <Header value="a"/>\n  <View>\n    <Header value="b"/>\n  </View>\n</View>';
    const { root } = parseOk(xml);
    expect([root!.line, root!.column, root!.key]).to.deep.equal([1, 1, '0']);
    const inner = root!.children[1].children[0];
    expect([inner.line, inner.column, inner.key]).to.deep.equal([4, 5, '0.1.0']);
  });

  it('counts columns past quoted ">" and multi-line start tags', () => {
    const xml = '<View style="a>b">\n<Text\n  name="t"\n  value="x > y"/><Header value=">"/></View>';
    const { root } = parseOk(xml);
    expect(root!.children.map((child) => [child.tag, child.line, child.column])).to.deep.equal([
      ['Text', 2, 1],
      ['Header', 4, 18],
    ]);
  });
});

describe('parseConfig: text content and markup', () => {
  it('takes trimmed text content as value (Label, Header, Style)', () => {
    const { root } = parseOk(
      '<View><Header>  Pick one  </Header><Labels name="l" toName="t"><Label>cat</Label></Labels><Text name="t" value="x"/><Style>.a > b { color: red }</Style></View>',
    );
    expect(root!.children[0].attrs.value).to.equal('Pick one');
    expect(root!.children[0].text).to.equal('  Pick one  ');
    expect(root!.children[1].children[0].attrs.value).to.equal('cat');
    expect(root!.children[3].attrs.value).to.equal('.a > b { color: red }');
  });

  it('lets non-blank text win over a value attribute, as Label Studio code does', () => {
    const { root } = parseOk(
      '<View><Header value="Labels">Header</Header><Header value="kept">\n   </Header></View>',
    );
    expect(root!.children[0].attrs.value).to.equal('Header');
    expect(root!.children[1].attrs.value).to.equal('kept');
  });

  it('decodes the predefined entities and character references in attributes and text', () => {
    const { root } = parseOk(
      '<View><Header value="a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#x1F600;"/><Header>x &amp;amp; y</Header></View>',
    );
    expect(root!.children[0].attrs.value).to.equal('a & b <c> "d" \'e\' AB😀');
    expect(root!.children[1].attrs.value).to.equal('x &amp; y');
  });

  it('normalises whitespace in attribute values as XML does, keeping &#10;', () => {
    const { root } = parseOk('<View><Header value="a\n\tb&#10;c"/></View>');
    expect(root!.children[0].attrs.value).to.equal('a  b\nc');
  });

  it('unwraps CDATA without decoding inside it', () => {
    const { root } = parseOk('<View><Style><![CDATA[a > b && c]]></Style></View>');
    expect(root!.children[0].attrs.value).to.equal('a > b && c');
  });

  it('takes HyperText inner markup, children included, as its value and builds no children', () => {
    const { byName } = parseOk(
      '<View><HyperText name="h">\n  <p class="x">Hello <b>there</b> &amp; you</p><br/>\n</HyperText></View>',
    );
    const hyperText = byName.get('h')!;
    expect(hyperText.attrs.value).to.equal('<p class="x">Hello <b>there</b> &amp; you</p><br/>');
    expect(hyperText.children).to.deep.equal([]);
  });

  it('drops comments everywhere, including after the root and inside HyperText markup', () => {
    const { byName, root } = parseOk(
      '<!-- before --><View><!-- x --><HyperText name="h"><p>a<!-- secret --></p></HyperText></View>\n<!-- {"data": {"x": 1}} -->\n',
    );
    expect(byName.get('h')!.attrs.value).to.equal('<p>a</p>');
    expect(root!.children).to.have.length(1);
  });

  it('accepts an XML declaration and processing instructions', () => {
    parseOk('<?xml version="1.0" encoding="UTF-8"?>\n<View><?editor hint?><Header value="x"/></View>');
  });
});

describe('parseConfig: binding $variables', () => {
  it('fills bound for variable attributes: whole tokens give raw data', () => {
    const data = { image: 'a.png', images: ['a.png', 'b.png'], title: 'T' };
    const { byName, root } = parseOk(
      '<View><Header value="Doc: $title"/><Image name="i" value="$image"/><Image name="l" valueList="$images"/></View>',
      data,
    );
    expect(root!.children[0].bound.value).to.equal('Doc: T');
    expect(byName.get('i')!.bound.value).to.equal('a.png');
    expect(byName.get('l')!.bound.valueList).to.equal(data.images);
    expect(byName.get('i')!.attrs.value).to.equal('$image');
  });

  it('resolves $variables inside Header text content', () => {
    const { root } = parseOk('<View><Header>Document ID: $document_id</Header></View>', { document_id: 7 });
    expect(root!.children[0].bound.value).to.equal('Document ID: 7');
  });

  it('does not bind attributes that do not honour variables', () => {
    const { byName } = parseOk(
      '<View><Text name="t" value="$t"/><TextArea name="a" toName="t" placeholder="$t"/></View>',
      {
        t: 'x',
      },
    );
    expect(byName.get('a')!.attrs.placeholder).to.equal('$t');
    expect(Object.keys(byName.get('a')!.bound)).to.deep.equal([]);
  });

  it('types a resolved numeric variable and keeps the $template in attrs', () => {
    const { byName } = parseConfig('<View><Video name="v" value="$v" frameRate="$fps"/></View>', {
      v: 'a.mp4',
      fps: '30',
    });
    expect(byName.get('v')!.attrs.frameRate).to.equal('$fps');
    expect(byName.get('v')!.bound.frameRate).to.equal(30);
  });

  it('accepts task data as a JSON string', () => {
    const { byName } = parseConfig('<View><Text name="t" value="$t"/></View>', '{"t": "from JSON"}' as never);
    expect(byName.get('t')!.bound.value).to.equal('from JSON');
  });
});

describe('parseConfig: wiring', () => {
  it('splits comma-separated toName', () => {
    const { targets } = parseOk(
      '<View><Pairwise name="pw" toName="a, b"/><Text name="a" value="1"/><Text name="b" value="2"/></View>',
    );
    expect(targets.get('pw')).to.deep.equal(['a', 'b']);
  });

  it('binds a control without toName to the only object tag', () => {
    const { targets } = parseOk('<View><HyperText name="d" value="$d"/><TextArea name="answer"/></View>');
    expect(targets.get('answer')).to.deep.equal(['d']);
  });

  it('accepts a control without toName when there is no object tag at all', () => {
    const { targets } = parseOk('<View><TextArea name="ta"/></View>');
    expect(targets.get('ta')).to.deep.equal([]);
  });

  it('lists objects and controls in document order and indexes names and parents', () => {
    const parsed = parseOk(
      '<View><Labels name="l" toName="t"><Label value="A"/></Labels><Text name="t" value="x"/><Relations><Relation value="r"/></Relations></View>',
    );
    expect(parsed.objects.map((node) => node.attrs.name)).to.deep.equal(['t']);
    expect(parsed.controls.map((node) => node.tag)).to.deep.equal(['Labels', 'Relations']);
    expect([...parsed.byName.keys()]).to.deep.equal(['l', 't']);
    const label = parsed.byName.get('l')!.children[0];
    expect(parsed.parentOf.get(label)).to.equal(parsed.byName.get('l'));
    expect(parsed.parentOf.has(parsed.root!)).to.equal(false);
  });
});

describe('config helpers', () => {
  const { byName, root } = parseConfig(
    '<View><Text name="t" value="x"/><Choices name="c" toName="t" showinline="true"><View><Choice value="a"/></View><Choice value="b"/></Choices><Taxonomy name="x" toName="t"><Choice value="p"><Choice value="q"/></Choice></Taxonomy></View>',
  );

  it('attr reads attributes by any spelling, typed', () => {
    const choices = byName.get('c')!;
    expect(attr<boolean>(choices, 'showInLine')).to.equal(true);
    expect(attr(choices, 'TONAME')).to.equal('t');
    expect(attr(choices, 'nothing')).to.equal(undefined);
  });

  it('childrenOf gives direct children of a tag; descendantsOf looks through layout but not into matches', () => {
    const choices = byName.get('c')!;
    expect(childrenOf(choices, 'choice').map((node) => node.attrs.value)).to.deep.equal(['b']);
    expect(descendantsOf(choices, 'Choice').map((node) => node.attrs.value)).to.deep.equal(['a', 'b']);
    expect(descendantsOf(byName.get('x')!, 'Choice').map((node) => node.attrs.value)).to.deep.equal(['p']);
    expect(only(childrenOf(root!, 'text')).attrs.name).to.equal('t');
  });
});

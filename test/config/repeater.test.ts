import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/config/index.js';

describe('Repeater (ls-spec §2.7)', () => {
  const pages = { pages: [{ url: 'a.png' }, { url: 'b.png' }, { url: 'c.png' }] };

  it('keeps a Repeater node with one View per array item, in order', () => {
    const { root, errors } = parseConfig(
      '<View><Repeater on="$pages"><Image name="img_{{idx}}" value="$pages[{{idx}}].url"/></Repeater></View>',
      pages,
    );
    expect(errors).to.deep.equal([]);
    const repeater = root!.children[0];
    expect(repeater.tag).to.equal('Repeater');
    expect(repeater.attrs).to.deep.include({ on: '$pages', indexFlag: '{{idx}}', mode: 'list' });
    expect(repeater.bound.on).to.equal(pages.pages);
    expect(
      repeater.children.map((view) => [view.tag, view.children[0].attrs.name, view.children[0].bound.value]),
    ).to.deep.equal([
      ['View', 'img_0', 'a.png'],
      ['View', 'img_1', 'b.png'],
      ['View', 'img_2', 'c.png'],
    ]);
    expect(repeater.children.map((view) => view.key)).to.deep.equal(['0.0.0', '0.0.1', '0.0.2']);
  });

  it('marks pagination with mode on the Repeater node', () => {
    const { root } = parseConfig(
      '<View><Repeater on="$pages" mode="pagination"><Header value="$pages[{{idx}}].url"/></Repeater></View>',
      pages,
    );
    expect(root!.children[0].attrs.mode).to.equal('pagination');
    expect(root!.children[0].children.map((view) => view.children[0].bound.value)).to.deep.equal([
      'a.png',
      'b.png',
      'c.png',
    ]);
  });

  it('replaces every occurrence of the flag in every attribute of every descendant, not text', () => {
    const { root } = parseConfig(
      '<View><Repeater on="$pages" indexFlag="#"><View className="p#-#"><Header value="page #">text #</Header></View></Repeater></View>',
      pages,
    );
    const second = root!.children[0].children[1].children[0];
    expect(second.attrs.className).to.equal('p1-1');
    expect(second.children[0].attrs.value).to.equal('text #');
  });

  it('wires controls to the copies of their objects', () => {
    const { targets, errors } = parseConfig(
      '<View><Repeater on="$pages"><Image name="p{{idx}}" value="$pages[{{idx}}].url"/><RectangleLabels name="r{{idx}}" toName="p{{idx}}"><Label value="A"/></RectangleLabels></Repeater></View>',
      pages,
    );
    expect(errors).to.deep.equal([]);
    expect([...targets]).to.deep.equal([
      ['r0', ['p0']],
      ['r1', ['p1']],
      ['r2', ['p2']],
    ]);
  });

  it('expands nested Repeaters with their own flags', () => {
    const data = { rows: [{ cells: ['a', 'b'] }, { cells: ['c'] }] };
    const { byName, errors } = parseConfig(
      '<View><Repeater on="$rows" indexFlag="{{r}}"><Repeater on="$rows[{{r}}].cells" indexFlag="{{c}}"><Text name="t{{r}}_{{c}}" value="$rows[{{r}}].cells[{{c}}]"/></Repeater></Repeater></View>',
      data,
    );
    expect(errors).to.deep.equal([]);
    expect([...byName].map(([name, node]) => [name, node.bound.value])).to.deep.equal([
      ['t0_0', 'a'],
      ['t0_1', 'b'],
      ['t1_0', 'c'],
    ]);
  });

  it('repeats nothing, with a warning, when on does not resolve to an array', () => {
    const xml = '<View><Repeater on="$missing"><Text name="t{{idx}}" value="x"/></Repeater></View>';
    const { root, errors } = parseConfig(xml, { other: 1 });
    expect(root!.children[0].children).to.deep.equal([]);
    expect(errors.map((error) => [error.code, error.severity, error.line, error.column])).to.deep.equal([
      ['repeater', 'warning', 1, 7],
    ]);
  });

  it('repeats nothing, silently, when no task data is given', () => {
    const { root, errors } = parseConfig('<View><Repeater on="$pages"><Header value="x"/></Repeater></View>');
    expect(root!.children[0].children).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('requires on', () => {
    const { errors } = parseConfig('<View><Repeater><Header value="x"/></Repeater></View>', {});
    expect(errors.map((error) => [error.code, error.message])).to.deep.equal([
      ['missing-attribute', '<Repeater> is missing its required on attribute.'],
    ]);
  });

  it('reports a name the copies share as a duplicate', () => {
    const { errors } = parseConfig(
      '<View><Repeater on="$pages"><Text name="same" value="x"/></Repeater></View>',
      pages,
    );
    expect(errors.map((error) => error.code)).to.deep.equal(['duplicate-name']);
  });
});

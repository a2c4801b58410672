import { expect } from '@open-wc/testing';
import { resolveValue } from '../../src/config/index.js';

describe('resolveValue (ls-spec §3)', () => {
  const data = {
    image: 'https://example.com/a.png',
    meta: { url: 'https://example.com/m', count: 3 },
    images: ['a.png', 'b.png'],
    pages: [{ src: 'p0' }, { src: 'p1' }, { src: 'p2' }],
    paragraphs: [{ author: 'A', text: 'hi' }],
    zero: 0,
    nothing: null,
    'dotted.key': 'whole key',
    name: 'Ann',
  };

  it('returns the raw value for a whole-value token: strings, arrays, objects, numbers', () => {
    expect(resolveValue('$image', data)).to.equal('https://example.com/a.png');
    expect(resolveValue('$images', data)).to.equal(data.images);
    expect(resolveValue('$paragraphs', data)).to.equal(data.paragraphs);
    expect(resolveValue('$meta', data)).to.equal(data.meta);
    expect(resolveValue('$meta.count', data)).to.equal(3);
    expect(resolveValue('$zero', data)).to.equal(0);
  });

  it('follows lodash-get paths: dots, indexes, nested', () => {
    expect(resolveValue('$meta.url', data)).to.equal('https://example.com/m');
    expect(resolveValue('$images[1]', data)).to.equal('b.png');
    expect(resolveValue('$pages[2].src', data)).to.equal('p2');
    expect(resolveValue('$images.0', data)).to.equal('a.png');
    expect(resolveValue('$images.length', data)).to.equal(2);
  });

  it('reads a key that contains a dot as one key first, as lodash does', () => {
    expect(resolveValue('$dotted.key', data)).to.equal('whole key');
  });

  it('gives "" for a missing whole-value token, and for null', () => {
    expect(resolveValue('$missing', data)).to.equal('');
    expect(resolveValue('$meta.missing.deeper', data)).to.equal('');
    expect(resolveValue('$nothing', data)).to.equal('');
    expect(resolveValue('$images[9]', data)).to.equal('');
  });

  it('interpolates mixed strings, writing undefined for missing tokens (Label Studio quirk)', () => {
    expect(resolveValue('Hi $name!', data)).to.equal('Hi Ann!');
    expect(resolveValue('Hi $nope', data)).to.equal('Hi undefined');
    expect(resolveValue('$name and $name', data)).to.equal('Ann and Ann');
    expect(resolveValue('Count: $meta.count', data)).to.equal('Count: 3');
    expect(resolveValue('null is $nothing', data)).to.equal('null is null');
  });

  it('stringifies arrays and objects inside mixed strings as JavaScript does', () => {
    expect(resolveValue('files: $images', data)).to.equal('files: a.png,b.png');
    expect(resolveValue('meta: $meta', data)).to.equal('meta: [object Object]');
    expect(resolveValue('x $a', { a: [1, null, [2, 3]] })).to.equal('x 1,,2,3');
  });

  it('never calls a toString that came with the data', () => {
    const hostile = JSON.parse('{"a": {"toString": "boom", "valueOf": 1}}') as unknown;
    expect(resolveValue('x $a', hostile)).to.equal('x [object Object]');
  });

  it('takes a trailing dot into the token, so "$name." finds nothing (as Label Studio does)', () => {
    expect(resolveValue('Hello $name.', data)).to.equal('Hello undefined');
  });

  it('keeps values without tokens literal, and "" for an empty template', () => {
    expect(resolveValue('Static instructions', data)).to.equal('Static instructions');
    expect(resolveValue('costs $ 5', data)).to.equal('costs $ 5');
    expect(resolveValue('', data)).to.equal('');
  });

  it('parses task data given as a JSON string; unparsable text holds nothing', () => {
    expect(resolveValue('$a.b', '{"a": {"b": [1, 2]}}')).to.deep.equal([1, 2]);
    expect(resolveValue('$a', 'not json')).to.equal('');
  });

  it('treats missing or primitive data as empty', () => {
    expect(resolveValue('$a', undefined)).to.equal('');
    expect(resolveValue('$a', 42)).to.equal('');
    expect(resolveValue('see $a', null)).to.equal('see undefined');
  });

  it('reads characters of strings like lodash (index and length)', () => {
    expect(resolveValue('$name[0]', data)).to.equal('A');
    expect(resolveValue('$name.length', data)).to.equal(3);
  });

  it('never reads __proto__, constructor or prototype, own or inherited', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"x": 1}, "o": {}}') as unknown;
    expect(resolveValue('$__proto__.polluted', parsed)).to.equal('');
    expect(resolveValue('$__proto__', parsed)).to.equal('');
    expect(resolveValue('$constructor.x', parsed)).to.equal('');
    expect(resolveValue('$o.constructor', parsed)).to.equal('');
    expect(resolveValue('$o.toString', parsed)).to.equal('');
    expect(resolveValue('$o.hasOwnProperty', parsed)).to.equal('');
    expect(resolveValue('$images.prototype', data)).to.equal('');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('leaves an unexpanded Repeater flag as a path segment that finds nothing', () => {
    expect(resolveValue('$pages[{{idx}}].src', data)).to.equal('');
  });
});

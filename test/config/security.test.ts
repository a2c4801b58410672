/**
 * bad-inputs.md rows S1, S2, S9–S13: hostile configs and task data, and the promise for each.
 */
import { expect } from '@open-wc/testing';
import { MAX_CONFIG_BYTES, parseConfig, type ParsedConfig } from '../../src/config/index.js';
import { fastestOf } from './support/timing.js';

/** Refusal happens before any parsing, so it is far below this; the generous ceiling only catches an
 *  input that reached the parser (entity expansion takes seconds to minutes). Timings: the benchmark. */
const FAST_MS = 1000;

/** Refusals are measured as the fastest of three runs (see support/timing.ts). */
function timed(xml: string): { parsed: ParsedConfig; ms: number } {
  const { result, ms } = fastestOf(3, () => parseConfig(xml));
  return { parsed: result, ms };
}

function expectRefused(parsed: ParsedConfig, code: string): void {
  expect(parsed.root).to.equal(null);
  expect(parsed.errors.map((error) => [error.code, error.severity])).to.deep.equal([[code, 'error']]);
}

describe('S1: comments are never read for data', () => {
  const xml =
    '<View><!-- {"data":{"text":"<img src=x onerror=alert(1)>"}} --><HyperText name="t" value="$text"/></View>';

  it('binds nothing from the sample data in a comment', () => {
    const { byName, errors } = parseConfig(xml);
    expect(errors).to.deep.equal([]);
    expect(byName.get('t')!.bound.value).to.equal('');
    expect(parseConfig(xml, { text: 'real' }).byName.get('t')!.bound.value).to.equal('real');
  });

  it('keeps comment text out of HyperText markup and out of every value', () => {
    const { byName } = parseConfig(
      '<View><HyperText name="h"><p>a<!-- <img src=x onerror=alert(1)> --></p></HyperText></View>',
    );
    expect(byName.get('h')!.attrs.value).to.equal('<p>a</p>');
    expect(JSON.stringify(byName.get('h')!.text)).to.not.contain('onerror');
  });
});

describe('S2: escaped markup in a $variable name stays a literal', () => {
  const xml = '<View><Text name="t" value="$t&lt;script&gt;alert(1)&lt;/script&gt;"/></View>';

  it('decodes the attribute once into plain text and builds no element from it', () => {
    const { byName, errors } = parseConfig(xml);
    expect(errors).to.deep.equal([]);
    const text = byName.get('t')!;
    expect(text.attrs.value).to.equal('$t<script>alert(1)</script>');
    expect(text.children).to.deep.equal([]);
  });

  it('resolves by the Label Studio rule: the unknown token reads "undefined", the rest stays text', () => {
    expect(parseConfig(xml).byName.get('t')!.bound.value).to.equal('undefined<script>alert(1)</script>');
    expect(parseConfig(xml, { t: 'x' }).byName.get('t')!.bound.value).to.equal('x<script>alert(1)</script>');
  });
});

describe('S9: labels that look like markup or regular expressions are plain strings', () => {
  it('keeps them exactly', () => {
    const { byName } = parseConfig(
      '<View><Text name="t" value="x"/><Labels name="l" toName="t"><Label value="&lt;/script&gt;&lt;script&gt;" hotkey=".*("/><Label value="&quot;&gt;&lt;img onerror&gt;"/></Labels></View>',
    );
    const labels = byName.get('l')!.children;
    expect(labels.map((label) => label.attrs.value)).to.deep.equal(['</script><script>', '"><img onerror>']);
    expect(labels[0].attrs.hotkey).to.equal('.*(');
  });
});

describe('S10, S13: DOCTYPE and ENTITY declarations are refused before parsing', () => {
  const entityBomb = `<!DOCTYPE foo [<!ENTITY big "${'A'.repeat(50_000)}">]><View><Header value="${'&big;'.repeat(1000)}"/></View>`;
  const billionLaughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    ' <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
    '<View><Header value="&lol9;"/></View>',
  ].join('\n');
  const external =
    '<!DOCTYPE View [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><View><Header value="&xxe;"/></View>';
  const several = '<!DOCTYPE a><!DOCTYPE b><View/>';
  const shadowing =
    '<!DOCTYPE x [<!ENTITY l. "<img src=x onerror=alert(1)>">]><View><Text name="t" value="&lt;"/></View>';

  for (const [name, xml] of Object.entries({ entityBomb, billionLaughs, external, several, shadowing })) {
    it(`refuses ${name} in under ${FAST_MS} ms`, () => {
      const { parsed, ms } = timed(xml);
      expectRefused(parsed, 'doctype');
      expect(ms).to.be.below(FAST_MS);
    });
  }

  it('says where the declaration is, in any letter case, and for a lone ENTITY', () => {
    const lower = parseConfig('<View>\n  <!doctype html>\n</View>');
    expect([lower.errors[0].line, lower.errors[0].column]).to.deep.equal([2, 3]);
    expect(lower.errors[0].message).to.contain('<!DOCTYPE>');
    expectRefused(parseConfig('<View><!ENTITY x "y"></View>'), 'doctype');
  });

  it('refuses a declaration after a megabyte of line breaks within the time limit, at its line', () => {
    const lines = MAX_CONFIG_BYTES - 100;
    const xml = `<View>${'\n'.repeat(lines)}<!DOCTYPE x></View>`;
    const { parsed, ms } = timed(xml);
    expectRefused(parsed, 'doctype');
    expect([parsed.errors[0].line, parsed.errors[0].column]).to.deep.equal([lines + 1, 1]);
    expect(ms).to.be.below(FAST_MS);
  });
});

describe('S11: the size limit', () => {
  it(`refuses a config over ${MAX_CONFIG_BYTES} bytes in under ${FAST_MS} ms, without expanding it`, () => {
    const xml = `<View><Header value="${'&#65;'.repeat(1_000_000)}"/></View>`;
    const { parsed, ms } = timed(xml);
    expectRefused(parsed, 'too-large');
    expect(ms).to.be.below(FAST_MS);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const fits = `<View><Header value="${'a'.repeat(MAX_CONFIG_BYTES - 100)}"/></View>`;
    expect(parseConfig(fits).root).to.not.equal(null);
    const tooBig = `<View><Header value="${'é'.repeat(MAX_CONFIG_BYTES / 2)}"/></View>`;
    const { parsed, ms } = timed(tooBig);
    expectRefused(parsed, 'too-large');
    expect(ms).to.be.below(FAST_MS);
    // 21 one-byte characters, then two bytes per "é": the limit is crossed by the é at this column.
    const [error] = parsed.errors;
    expect([error.line, error.column]).to.deep.equal([1, 22 + Math.floor((MAX_CONFIG_BYTES - 21) / 2)]);
  });
});

describe('S12: prototype pollution', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).to.not.have.property('x');
  });

  for (const name of ['__proto__', 'constructor', 'prototype', '__PROTO__']) {
    it(`refuses <${name}> as a tag`, () => {
      const xml = `<View>\n  <${name}><polluted>hacked</polluted></${name}>\n</View>`;
      const parsed = parseConfig(xml);
      expectRefused(parsed, 'forbidden-name');
      expect([parsed.errors[0].line, parsed.errors[0].column]).to.deep.equal([2, 3]);
    });

    it(`refuses ${name}="x" as an attribute`, () => {
      const parsed = parseConfig(`<View><Header ${name}="x" value="v"/></View>`);
      expectRefused(parsed, 'forbidden-name');
      expect(parsed.errors[0].column).to.equal(15);
    });
  }

  it('ignores __proto__ in task data, in paths and in dynamic options', () => {
    const data = JSON.parse(
      '{"__proto__": {"polluted": 1}, "options": [{"value": "a", "__proto__": {"polluted": 1}, "constructor": "c"}, {"__proto__": {"value": "b"}}]}',
    ) as Record<string, unknown>;
    const { byName, errors } = parseConfig(
      '<View><Text name="t" value="$__proto__.polluted"/><Choices name="c" toName="t" value="$options"/></View>',
      data,
    );
    expect(byName.get('t')!.bound.value).to.equal('');
    const options = byName.get('c')!.children;
    expect(options.map((option) => option.attrs.value)).to.deep.equal(['a']);
    expect(Object.keys(options[0].attrs)).to.not.include.members(['__proto__', 'constructor']);
    expect(errors.every((error) => error.severity === 'warning')).to.equal(true);
  });

  it('keeps records free of inherited members even for odd attribute names', () => {
    const { root } = parseConfig('<View><Header value="x" toString="t" hasOwnProperty="h"/></View>');
    const header = root!.children[0];
    expect(header.attrs.tostring).to.equal('t');
    expect(header.attrs.hasownproperty).to.equal('h');
    expect((header.attrs as Record<string, unknown>).valueOf).to.equal(undefined);
  });
});

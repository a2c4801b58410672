/**
 * Property tests: whatever text and task data come in, `parseConfig` returns (never throws) within
 * a second, with a well-formed result, and leaves Object.prototype alone.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { getTagSpec, parseConfig, tagSpecs, type ParsedConfig } from '../../src/config/index.js';
import { fixtureIndex, loadFixture } from './support/fixtures.js';

/** A guard against pathological (super-linear) parsing, not a performance figure: unit tests share a
 *  loaded machine, so timings belong in the benchmark (`npm run bench`). */
const BUDGET_MS = 10_000;

function checkedParse(xml: string, data?: Record<string, unknown>): ParsedConfig {
  const start = performance.now();
  const parsed = parseConfig(xml, data);
  const ms = performance.now() - start;
  expect(ms, `took ${ms} ms`).to.be.below(BUDGET_MS);
  expect(Array.isArray(parsed.errors)).to.equal(true);
  for (const error of parsed.errors) {
    expect(error.line).to.be.at.least(1);
    expect(error.column).to.be.at.least(1);
    expect(['error', 'warning']).to.include(error.severity);
  }
  if (parsed.root === null) expect(parsed.errors.some((error) => error.severity === 'error')).to.equal(true);
  // parseConfig turns its own exceptions into an `internal` error; none may happen.
  expect(parsed.errors.filter((error) => error.code === 'internal')).to.deep.equal([]);
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  return parsed;
}

/** Edits that tend to break XML in interesting places. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '/',
      '<!--',
      ']]>',
      '<![CDATA[',
      '$',
      '{{idx}}',
      '&#0;',
      '&#x110000;',
      '\n',
      '\u0000',
      '😀',
    ),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
);

/**
 * Task data with long arrays cut to 20 items: the property is about hostile configs, and the
 * 446-page taxonomy fixtures have their own timing tests (fixtures.test.ts).
 */
function shortened(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Array.isArray(value) ? value.slice(0, 20) : value]),
  );
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(source: string, edits: readonly Mutation[]): string {
  let text = source;
  for (const edit of edits) {
    const at = edit.at % (text.length + 1);
    if (edit.kind === 'insert') text = text.slice(0, at) + edit.text + text.slice(at);
    else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
    else text = text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
  }
  return text;
}

/** Random configs made of real tag and attribute names, with random values. */
const tagName = fc.constantFrom(
  ...tagSpecs.flatMap((spec) => [spec.name, spec.name.toLowerCase()]),
  'Foo',
  '__proto__',
);
const attributes = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'name',
        'toName',
        'value',
        'choice',
        'perRegion',
        'perItem',
        'zoom',
        'size',
        'on',
        'x',
        'constructor',
      ),
      fc.constantFrom('a', 'b', '$a', '$b[0]', 'true', 'false', '3', 'single', '{{idx}}', '&amp;', ''),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([name, value]) => ` ${name}="${value}"`).join(''));
const element: fc.Arbitrary<string> = fc.letrec<{ element: string }>((tie) => ({
  element: fc.oneof(
    { maxDepth: 4 },
    fc.tuple(tagName, attributes).map(([name, attrs]) => `<${name}${attrs}/>`),
    fc
      .tuple(tagName, attributes, fc.array(tie('element'), { maxLength: 3 }))
      .map(([name, attrs, children]) => `<${name}${attrs}>${children.join('')}</${name}>`),
  ),
})).element;

const taskData = fc.dictionary(
  fc.constantFrom('a', 'b', 'items', '__proto__', 'constructor'),
  fc.jsonValue(),
  {
    maxKeys: 4,
  },
);

describe('parseConfig properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkedParse(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary UTF-16, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkedParse(`<View>${text}</View>`);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random trees of real tags with random data', () => {
    fc.assert(
      fc.property(element, taskData, (xml, data) => {
        checkedParse(`<View>${xml}</View>`, data);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated fixture configs, with or without their data', async () => {
    const fixtures = await Promise.all((await fixtureIndex()).map((entry) => loadFixture(entry)));
    const configs = fixtures.flatMap((fixture) =>
      [...fixture.configs.values()].map((xml) => ({ xml, data: fixture.data && shortened(fixture.data) })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...configs),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (config, edits, withData) => {
          checkedParse(mutate(config.xml, edits), withData ? config.data : undefined);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('binds the same way whatever the letter case of tag and attribute names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tagSpecs.filter((spec) => spec.kind === 'object')),
        fc.boolean(),
        (spec, upper) => {
          const tag = upper ? spec.name.toUpperCase() : spec.name.toLowerCase();
          const parsed = parseConfig(`<View><${tag} NAME="o" VALUE="$x"/></View>`, { x: 'data' });
          const node = parsed.byName.get('o');
          expect(node?.spec).to.equal(getTagSpec(spec.name));
          expect(node?.bound.value).to.equal('data');
        },
      ),
    );
  });
});

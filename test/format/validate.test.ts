// bad-inputs S14 (malformed items) and S15 (duplicate ids): every bad item is reported with its
// path, kept aside, and exported back exactly as it came; nothing throws.
import { expect } from '@open-wc/testing';
import {
  exportTask,
  importTask,
  RESULT_LIMITS,
  validateResult,
  validateResultSet,
} from '../../src/format/index.js';
import type { LSResult, ResultIssue } from '../../src/format/index.js';

const rect = (
  id: string,
  value: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  original_width: 600,
  original_height: 400,
  image_rotation: 0,
  value: { x: 10, y: 20, width: 30, height: 40, rotation: 0, ...value },
  id,
  from_name: 'label',
  to_name: 'image',
  type: 'rectanglelabels',
  origin: 'manual',
  ...extra,
});

const codes = (issues: readonly ResultIssue[]) => issues.map((issue) => issue.code);

describe('validateResult (S14)', () => {
  const cases: [string, unknown, ResultIssue['code']][] = [
    ['x: NaN', rect('a', { x: NaN }), 'bad-number'],
    ['width: Infinity', rect('a', { width: Infinity }), 'bad-number'],
    ['x: 1e308', rect('a', { x: 1e308 }), 'bad-number'],
    ['negative width', rect('a', { width: -5 }), 'negative-size'],
    [
      'negative radiusY',
      { ...rect('a', {}), type: 'ellipse', value: { x: 1, y: 1, radiusX: 2, radiusY: -1 } },
      'negative-size',
    ],
    ['x: "abc"', rect('a', { x: 'abc' }), 'bad-type'],
    ['x: "12" (a string, even numeric)', rect('a', { x: '12' }), 'bad-type'],
    [
      'missing value',
      { id: 'a', from_name: 'label', to_name: 'image', type: 'rectanglelabels' },
      'missing-value',
    ],
    ['value not an object', { ...rect('a', {}), value: [1, 2] }, 'bad-type'],
    ['missing type', { id: 'a', from_name: 'c', to_name: 'o', value: {} }, 'missing-field'],
    [
      'missing to_name',
      { id: 'a', from_name: 'c', type: 'choices', value: { choices: ['A'] } },
      'missing-field',
    ],
    ['not an object', 42, 'not-object'],
    ['null', null, 'not-object'],
    ['a list', [rect('a', {})], 'not-object'],
    [
      'rectangle without height',
      { ...rect('a', {}), value: { x: 1, y: 1, width: 1, rectanglelabels: [] } },
      'missing-field',
    ],
    ['polygon of 10^6 points', polygon(Array.from({ length: 1_000_000 }, () => [1, 2])), 'too-large'],
    ['polygon point not a pair', polygon([[1, 2], [3]]), 'bad-type'],
    [
      'polygon point NaN',
      polygon([
        [1, 2],
        [NaN, 3],
      ]),
      'bad-number',
    ],
    ['span ending before it starts', span({ start: 10, end: 3 }), 'negative-size'],
    ['span start: true', span({ start: true, end: 3 }), 'bad-type'],
    ['span end: 1e308', span({ start: 0, end: 1e308 }), 'bad-number'],
    [
      'paragraph indexes in the wrong order',
      span({ start: '4', end: '2', startOffset: 0, endOffset: 3 }),
      'negative-size',
    ],
    [
      'negative startOffset',
      span({ start: '/p[1]', end: '/p[1]', startOffset: -1, endOffset: 3 }),
      'bad-number',
    ],
    ['labels given as a string', rect('a', { rectanglelabels: 'Car' }), 'bad-type'],
    ['a label that is a number', rect('a', { rectanglelabels: ['Car', 3] }), 'bad-type'],
    [
      'rle byte 300',
      { ...rect('a', {}), type: 'brush', value: { format: 'rle', rle: [0, 300] } },
      'bad-type',
    ],
    ['relation without to_id', { type: 'relation', from_id: 'a', direction: 'right' }, 'missing-field'],
    ['relation direction up', { type: 'relation', from_id: 'a', to_id: 'b', direction: 'up' }, 'bad-type'],
    ['numeric id', { ...rect('a', {}), id: 12 }, 'bad-type'],
    ['original_width: -1', rect('a', {}, { original_width: -1 }), 'bad-number'],
    ['item_index: 1.5', rect('a', {}, { item_index: 1.5 }), 'bad-number'],
    ['score: "high"', rect('a', {}, { score: 'high' }), 'bad-type'],
    ['keyframe x: NaN', video([{ frame: 1, x: NaN, y: 1, width: 1, height: -2 }]), 'bad-number'],
    [
      'rating: Infinity',
      { id: 'a', from_name: 'r', to_name: 't', type: 'rating', value: { rating: Infinity } },
      'bad-number',
    ],
    [
      'taxonomy path not a list',
      { id: 'a', from_name: 't', to_name: 't', type: 'taxonomy', value: { taxonomy: ['A'] } },
      'bad-type',
    ],
  ];

  for (const [name, item, code] of cases) {
    it(`reports ${name} as ${code}`, () => {
      const issues = validateResult(item, 'annotations[0].result[3]');
      expect(codes(issues)).to.include(code);
      for (const issue of issues) {
        expect(issue.path).to.equal('annotations[0].result[3]');
        expect(issue.severity).to.equal('error');
        expect(issue.message).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('names the field and the value in the message, and the id', () => {
    const [issue] = validateResult(rect('abc', { x: 1e308 }), 'predictions[1].result[0]');
    expect(issue).to.deep.equal({
      path: 'predictions[1].result[0]',
      id: 'abc',
      message: `value.x is 1e+308, beyond ±${RESULT_LIMITS.maxCoordinate}`,
      code: 'bad-number',
      severity: 'error',
    });
  });

  it('accepts what Label Studio writes, including its odd but valid cases', () => {
    const valid = [
      rect('a', {}),
      video([
        { frame: 33, enabled: true, x: 21.6, y: 92, width: 12.8, height: -15.9, rotation: 0, time: 1.37 },
      ]),
      span({ start: '2', end: '4', startOffset: 0, endOffset: 134 }),
      span({
        start: '/div[1]/p[1]/text()[1]',
        end: '/div[1]/p[2]/text()[1]',
        startOffset: 64,
        endOffset: 16,
      }),
      {
        value: { start: 1602708145233, end: 1602708375312, instant: false, timeserieslabels: ['Run'] },
        id: 't',
        from_name: 'l',
        to_name: 'ts',
        type: 'timeserieslabels',
      },
      { from_id: 'a', to_id: 'b', type: 'relation', direction: 'bi', labels: ['Part of'] },
      {
        from_name: 'rank',
        to_name: 'results',
        type: 'ranker',
        value: { ranker: { best: ['mdn'], ads: ['blog'] } },
      },
      {
        id: 'c',
        from_name: 'ch',
        to_name: 't',
        type: 'choices',
        value: { choices: [['Parent', 'Child'], 'Other'] },
      },
      { id: 'u', from_name: 'x', to_name: 'y', type: 'some-future-type', value: { anything: { at: 'all' } } },
      { ...rect('a', {}), score: null, original_width: null },
    ];
    for (const item of valid) expect(validateResult(item, 'r'), JSON.stringify(item)).to.deep.equal([]);
  });
});

describe('kept aside and exported back unchanged (S14)', () => {
  it('keeps every bad item of an imported task and writes it back byte for byte', () => {
    const result = [
      rect('good1', {}),
      rect('nan', { x: NaN }),
      rect('neg', { width: -5 }),
      rect('huge', { x: 1e308 }),
      polygon(Array.from({ length: 1_000_000 }, (_, i) => [i % 100, 50])),
      rect('abc', { x: 'abc' }),
      { id: 'noval', from_name: 'label', to_name: 'image', type: 'rectanglelabels' },
      'just a string',
      rect('good2', {}),
    ];
    const task = { data: { image: 'https://example.com/a.png' }, annotations: [{ id: 1, result }] };
    const imported = importTask(task);
    const set = imported.annotations[0];
    expect(set.usable).to.deep.equal([true, false, false, false, false, false, false, false, true]);
    // the host's NaN became null on the way in, as JSON.stringify writes it
    expect(set.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([
      ['annotations[0].result[1]', 'bad-type'],
      ['annotations[0].result[2]', 'negative-size'],
      ['annotations[0].result[3]', 'bad-number'],
      ['annotations[0].result[4]', 'too-large'],
      ['annotations[0].result[5]', 'bad-type'],
      ['annotations[0].result[6]', 'missing-value'],
      ['annotations[0].result[7]', 'not-object'],
    ]);
    expect(imported.issues).to.deep.equal(set.issues);
    expect(JSON.stringify(exportTask(imported))).to.equal(JSON.stringify(task));
  });

  it('reads Infinity from JSON text (1e999) as a bad number', () => {
    const text =
      '{"data":{},"annotations":[{"result":[{"id":"i","from_name":"l","to_name":"i","type":"rectangle","value":{"x":1e999,"y":0,"width":1,"height":1}}]}]}';
    const imported = importTask(text);
    expect(codes(imported.issues)).to.deep.equal(['bad-number']);
    expect(imported.annotations[0].usable).to.deep.equal([false]);
  });
});

describe('validateResultSet: duplicate ids (S15)', () => {
  const labels = (id: string, value: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    ...rect(id, value),
    from_name: 'labels',
    type: 'labels',
    ...extra,
  });

  it('accepts the items of one region sharing an id (split form, per-region classifications)', () => {
    const region = [
      {
        ...rect('r1', {}),
        from_name: 'rect',
        type: 'rectangle',
        value: { x: 10, y: 20, width: 30, height: 40, rotation: 0 },
      },
      labels('r1', { labels: ['Car'] }),
      {
        ...rect('r1', {}),
        from_name: 'note',
        type: 'textarea',
        value: { x: 10, y: 20, width: 30, height: 40, rotation: 0, text: ['red'] },
      },
    ];
    const textSpan = [
      span({ start: 0, end: 5, text: 'Hello' }, 's1'),
      {
        id: 's1',
        from_name: 'comment',
        to_name: 'text',
        type: 'textarea',
        value: { start: 0, end: 5, text: ['greeting'] },
      },
    ];
    const check = validateResultSet([...region, ...textSpan], 'result');
    expect(check.issues).to.deep.equal([]);
    expect(check.usable).to.deep.equal([true, true, true, true, true]);
  });

  it('keeps later duplicates aside with a warning: first wins', () => {
    const items = [
      rect('dup', {}),
      rect('dup', {}), // same control again: Label Studio's (id, from_name, type) rule
      labels('dup', { labels: ['Car'] }, { to_name: 'other-image' }), // another object
      labels('dup', { x: 99, labels: ['Car'] }), // other geometry
      { id: 'dup', from_name: 'mood', to_name: 'image', type: 'choices', value: { choices: ['Calm'] } }, // no geometry
      labels('dup', { labels: ['Car'] }, { item_index: 2 }), // another image of a list
      labels('dup', { labels: ['Car'] }), // the one legitimate partner
    ];
    const check = validateResultSet(items, 'annotations[0].result');
    expect(check.usable).to.deep.equal([true, false, false, false, false, false, true]);
    expect(check.issues.map((issue) => [issue.path, issue.code, issue.severity, issue.id])).to.deep.equal(
      [1, 2, 3, 4, 5].map((i) => [`annotations[0].result[${i}]`, 'duplicate-id', 'warning', 'dup']),
    );
    expect(check.issues.map((issue) => issue.message)).to.deep.equal([
      'control "label" already wrote region "dup" at [0]; the first one is used',
      'id "dup" already names a region on object "image" at [0]; the first one is used',
      'id "dup" already names a region with a different value.x at [0]; the first one is used',
      'id "dup" already names a region with geometry at [0]; the first one is used',
      'id "dup" already names a region on image index none at [0]; the first one is used',
    ]);
  });

  it('lets a valid item win over an earlier malformed one with the same id', () => {
    const check = validateResultSet([rect('a', { x: NaN }), rect('a', {})], 'r');
    expect(check.usable).to.deep.equal([false, true]);
    expect(codes(check.issues)).to.deep.equal(['bad-number']);
  });

  it('does not report ids shared by an annotation and its prediction, or by two annotations', () => {
    const result = [rect('shared', {}, { origin: 'prediction' })];
    const imported = importTask({
      data: {},
      annotations: [
        { id: 1, result },
        { id: 2, result },
      ],
      predictions: [{ id: 3, result: [rect('shared', {})] }],
    });
    expect(imported.issues).to.deep.equal([]);
  });

  it('keeps aside relations whose regions are missing or kept aside', () => {
    const items = [
      rect('a', {}),
      rect('b', { x: NaN }),
      { type: 'relation', from_id: 'a', to_id: 'b', direction: 'right' },
      { type: 'relation', from_id: 'a', to_id: 'zzz' },
      { type: 'relation', from_id: 'a', to_id: 'a' },
    ];
    const check = validateResultSet(items, 'r');
    expect(check.usable).to.deep.equal([true, false, false, false, true]);
    expect(check.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([
      ['r[1]', 'bad-number'],
      ['r[2]', 'unknown-region'],
      ['r[3]', 'unknown-region'],
    ]);
  });

  it('stays linear on hostile lists: 50,000 items under one id', () => {
    const items = Array.from({ length: 50_000 }, (_, i) =>
      labels('same', { labels: ['A'] }, { from_name: `c${i}` }),
    );
    const started = performance.now();
    const check = validateResultSet(items, 'r');
    expect(performance.now() - started).to.be.lessThan(5000);
    expect(check.usable.every(Boolean)).to.equal(true);
  });
});

function polygon(points: unknown[]): Record<string, unknown> {
  return { ...rect('poly', {}), type: 'polygonlabels', value: { points, polygonlabels: ['Road'] } };
}

function span(value: Record<string, unknown>, id = 'span'): LSResult {
  return { id, from_name: 'ner', to_name: 'text', type: 'labels', value: { ...value, labels: ['Person'] } };
}

function video(sequence: Record<string, unknown>[]): Record<string, unknown> {
  return {
    id: 'v',
    from_name: 'box',
    to_name: 'video',
    type: 'videorectangle',
    value: { framesCount: 10, sequence, labels: ['Car'] },
  };
}

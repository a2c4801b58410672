// bad-inputs S12: `__proto__`, `constructor` and `prototype` as keys, ids and labels never reach
// Object.prototype, stay own data properties, and round-trip.
import { expect } from '@open-wc/testing';
import {
  annotationLabels,
  exportTask,
  importTask,
  newRegionId,
  readRegions,
  validateResultSet,
  writeRegionItems,
} from '../../src/format/index.js';
import type { LSAnnotation } from '../../src/format/index.js';

const hostile = `{
  "data": { "__proto__": { "polluted": 1 }, "constructor": { "prototype": { "polluted": 2 } }, "text": "abc" },
  "__proto__": { "polluted": 3 },
  "annotations": [{ "id": "__proto__", "result": [
    { "id": "__proto__", "from_name": "constructor", "to_name": "prototype", "type": "labels",
      "value": { "start": 0, "end": 1, "labels": ["constructor", "__proto__"], "__proto__": { "polluted": 4 } } },
    { "id": "constructor", "from_name": "__proto__", "to_name": "prototype", "type": "__proto__",
      "value": { "__proto__": { "polluted": 5 } } }
  ]}]
}`;

describe('prototype pollution (S12)', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('imports `__proto__` keys as own data properties and changes no prototype', () => {
    const imported = importTask(hostile);
    const data = imported.task.data;
    expect(Object.getPrototypeOf(data)).to.equal(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).to.equal(true);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).to.deep.equal({ polluted: 1 });
    expect(Object.hasOwn(imported.source.json, '__proto__')).to.equal(true);
    expect(imported.ids.has('__proto__')).to.equal(true);
    expect(imported.issues).to.deep.equal([]);
  });

  it('round-trips them, with and without an edited annotation', () => {
    const imported = importTask(hostile);
    expect(JSON.stringify(exportTask(imported))).to.equal(JSON.stringify(JSON.parse(hostile)));
    const annotation = imported.annotations[0].record as unknown as LSAnnotation;
    const exported = exportTask(imported, { annotation, annotationIndex: 0 });
    expect(JSON.stringify(exported)).to.equal(JSON.stringify(JSON.parse(hostile)));
  });

  it('reads, labels and writes regions named after prototype members', () => {
    const { result, usable } = importTask(hostile).annotations[0];
    const { regions } = readRegions(result, { usable });
    expect(regions.map((region) => region.id)).to.deep.equal(['__proto__', 'constructor']);
    expect(regions[0].labels[0].values).to.deep.equal(['constructor', '__proto__']);
    expect(Object.hasOwn(regions[0].geometry, '__proto__')).to.equal(true);
    expect(annotationLabels({ result: [...result] })).to.deep.equal(['__proto__', 'constructor']);
    const items = writeRegionItems({
      id: '__proto__',
      toName: 'prototype',
      tool: { name: 'constructor', type: 'labels' },
      geometry: regions[0].geometry,
      labels: [{ fromName: 'constructor', values: ['__proto__'] }],
    });
    expect(Object.getPrototypeOf(items[0].value)).to.equal(Object.prototype);
    expect(JSON.parse(JSON.stringify(items[0])).value).to.deep.equal({
      start: 0,
      end: 1,
      ['__proto__']: { polluted: 4 },
      labels: ['__proto__'],
    });
    expect(validateResultSet(items, 'result').issues).to.deep.equal([]);
  });

  it('hands out ids next to taken prototype names', () => {
    const taken = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty']);
    expect(taken.has(newRegionId(taken))).to.equal(false);
  });
});

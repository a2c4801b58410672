import { expect } from '@open-wc/testing';
import { annotationLabels, exportTask, importTask, toEnrichment } from '../../src/format/index.js';
import type { LSAnnotation, LSTask } from '../../src/format/index.js';
import { fixtureJson } from './fixtures.js';

async function firstAnnotation(path: string): Promise<{ task: LSTask; annotation: LSAnnotation }> {
  const task = await fixtureJson<LSTask>(path);
  return { task, annotation: task.annotations![0] };
}

describe('annotationLabels', () => {
  it('reads labels of both label forms (image_tools)', async () => {
    const { annotation } = await firstAnnotation('image_tools/annotations/1.json');
    expect(annotationLabels(annotation)).to.deep.equal(['Moonwalker', 'Planet']);
  });

  it('reads text span labels (named_entity)', async () => {
    const { annotation } = await firstAnnotation('named_entity/annotations/1.json');
    const expected = [...new Set(annotation.result.flatMap((item) => item.value!.labels as string[]))].sort();
    expect(expected.length).to.be.greaterThan(0);
    expect(annotationLabels(annotation)).to.deep.equal(expected);
  });

  it('joins taxonomy paths and keeps choices (taxonomy)', async () => {
    const { annotation } = await firstAnnotation('taxonomy/annotations/0.json');
    expect(annotationLabels(annotation)).to.deep.equal(['Negative', 'One', 'Three / Sub']);
  });

  it('leaves out free text, numbers, dates, pairwise, ranker and relation labels', () => {
    const annotation: LSAnnotation = {
      result: [
        { id: 'a', from_name: 't', to_name: 'x', type: 'textarea', value: { text: ['free text'] } },
        { id: 'b', from_name: 'n', to_name: 'x', type: 'number', value: { number: 3 } },
        { id: 'c', from_name: 'd', to_name: 'x', type: 'datetime', value: { datetime: '2024-01-01' } },
        { id: 'd', from_name: 'p', to_name: 'p', type: 'pairwise', value: { selected: 'left' } },
        { id: 'e', from_name: 'r', to_name: 'l', type: 'ranker', value: { ranker: { best: ['x1'] } } },
        { type: 'relation', from_id: 'a', to_id: 'b', labels: ['Part of'] },
        {
          id: 'f',
          from_name: 'c',
          to_name: 'x',
          type: 'choices',
          value: { choices: [['Animal', 'Dog'], 'Other', 'Other'] },
        },
        {
          id: 'g',
          from_name: 'v',
          to_name: 'video',
          type: 'videorectangle',
          value: { sequence: [], labels: ['Car'] },
        },
      ],
    };
    expect(annotationLabels(annotation)).to.deep.equal(['Animal / Dog', 'Car', 'Other']);
    expect(annotationLabels(undefined)).to.deep.equal([]);
  });
});

describe('toEnrichment', () => {
  it('carries the whole task with the annotation, as JSON text and UTF-8 bytes', async () => {
    const task = await fixtureJson<LSTask>('image_tools/annotations/1.json');
    const imported = importTask(task);
    const annotation = imported.annotations[0].record as unknown as LSAnnotation;
    const payload = toEnrichment(exportTask(imported, { annotation, annotationIndex: 0 }), annotation);
    expect(payload.task).to.deep.equal(task);
    expect(JSON.parse(payload.json)).to.deep.equal(task);
    expect(new TextDecoder().decode(payload.bytes)).to.equal(payload.json);
    expect(payload.labels).to.deep.equal(['Moonwalker', 'Planet']);
    expect(payload.annotation).to.equal(annotation);
  });

  it('encodes non-ASCII text as UTF-8', () => {
    const payload = toEnrichment({ data: { text: 'café 😀' } });
    expect(payload.bytes.length).to.equal(new TextEncoder().encode(payload.json).length);
    expect(payload.bytes.length).to.equal(payload.json.length + 1 + 2);
    expect(payload.labels).to.deep.equal([]);
  });

  it('puts the annotation in place by id, or appends it', () => {
    const old: LSAnnotation = { id: 10, result: [] };
    const task: LSTask = { data: {}, annotations: [old, { id: 11, result: [] }] };
    const updated: LSAnnotation = {
      id: '10',
      result: [{ id: 'x', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['A'] } }],
    };
    expect(toEnrichment(task, updated).task.annotations).to.deep.equal([updated, task.annotations![1]]);
    const created: LSAnnotation = { result: [] };
    expect(toEnrichment(task, created).task.annotations).to.deep.equal([...task.annotations!, created]);
    expect(toEnrichment({ data: {}, completions: [] }, created).task).to.deep.equal({
      data: {},
      completions: [created],
    });
  });
});

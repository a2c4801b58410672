import { expect } from '@open-wc/testing';
import { exportTask, importTask, TaskFormatError } from '../../src/format/index.js';
import type { LSAnnotation, LSResult } from '../../src/format/index.js';

const choice = (id: string, value: string): LSResult => ({
  value: { choices: [value] },
  id,
  from_name: 'sentiment',
  to_name: 'text',
  type: 'choices',
  origin: 'manual',
});

const sampleTask = () => ({
  id: 7,
  data: { text: 'Hello', meta_info: { source: 'crawl' } },
  annotations: [
    { id: 1001, result: [choice('aaaaaaaaaa', 'Positive')], lead_time: 3.5, unknown_field: { kept: true } },
    { id: 1002, result: [choice('bbbbbbbbbb', 'Negative')] },
  ],
  predictions: [{ id: 5, model_version: 'v1', score: 0.9, result: [choice('aaaaaaaaaa', 'Positive')] }],
  project: 83,
});

describe('importTask', () => {
  it('reads a task object and its JSON text alike', () => {
    const task = sampleTask();
    const fromObject = importTask(task);
    const fromText = importTask(JSON.stringify(task));
    expect(fromObject.task).to.deep.equal(task);
    expect(fromText.task).to.deep.equal(task);
    expect(importTask(`\uFEFF${JSON.stringify(task)}`).task).to.deep.equal(task);
    expect(fromObject.annotations.map((set) => set.path)).to.deep.equal(['annotations[0]', 'annotations[1]']);
    expect(fromObject.predictions[0].usable).to.deep.equal([true]);
  });

  it('keeps no reference to the host object, and the host cannot change the import', () => {
    const task = sampleTask();
    const imported = importTask(task);
    expect(imported.task).not.to.equal(task);
    expect(imported.task.data).not.to.equal(task.data);
    task.data.text = 'changed by host';
    task.annotations[0].result[0].value = { choices: ['Changed'] };
    expect(imported.task.data.text).to.equal('Hello');
    expect(imported.annotations[0].result[0].value).to.deep.equal({ choices: ['Positive'] });
  });

  it('deep-freezes everything it returns', () => {
    const imported = importTask(sampleTask());
    const item = imported.annotations[0].result[0];
    expect(Object.isFrozen(imported.task)).to.equal(true);
    expect(Object.isFrozen(imported.task.data.meta_info)).to.equal(true);
    expect(Object.isFrozen(item.value)).to.equal(true);
    expect(Object.isFrozen(imported.annotations[0].usable)).to.equal(true);
    expect(() => {
      (item.value as Record<string, unknown>).choices = [];
    }).to.throw(TypeError);
  });

  it('collects every id of the task', () => {
    const imported = importTask(sampleTask());
    expect([...imported.ids].sort()).to.deep.equal(['1001', '1002', '5', 'aaaaaaaaaa', 'bbbbbbbbbb']);
  });

  it('reads pre-1.0 `completions` as annotations and writes them back under the same key', () => {
    const task = { data: { text: 'x' }, completions: [{ id: 1, result: [choice('cccccccccc', 'A')] }] };
    const imported = importTask(task);
    expect(imported.source.annotationsKey).to.equal('completions');
    expect(imported.annotations[0].path).to.equal('completions[0]');
    expect(imported.task.annotations).to.deep.equal(task.completions);
    expect(exportTask(imported)).to.deep.equal(task);
    const added: LSAnnotation = { result: [choice('dddddddddd', 'B')] };
    const exported = exportTask(imported, { annotation: added });
    expect(Object.keys(exported)).to.deep.equal(['data', 'completions']);
    expect(exported.completions).to.deep.equal([...task.completions, added]);
  });

  it('reads a flat object as the data of a task, and writes it back flat until it has an annotation', () => {
    const flat = { text: 'Just data', id: 3 };
    const imported = importTask(flat);
    expect(imported.source.shape).to.equal('flat');
    expect(imported.task).to.deep.equal({ data: flat });
    expect(imported.annotations).to.deep.equal([]);
    expect(exportTask(imported)).to.deep.equal(flat);
    const annotation: LSAnnotation = { result: [choice('eeeeeeeeee', 'A')] };
    expect(exportTask(imported, { annotation })).to.deep.equal({ data: flat, annotations: [annotation] });
  });

  it('reads a task without data (results only) and writes it back without data', () => {
    const task = { annotations: [{ id: '1001', result: [choice('ffffffffff', 'A')] }] };
    const imported = importTask(task);
    expect(imported.source.shape).to.equal('no-data');
    expect(imported.task.data).to.deep.equal({});
    expect(exportTask(imported)).to.deep.equal(task);
    expect(
      exportTask(imported, { annotation: imported.task.annotations![0], annotationIndex: 0 }),
    ).to.deep.equal(task);
  });

  it('refuses what is not a task with a TaskFormatError', () => {
    for (const input of ['{not json', '[]', '42', 'null', [{ data: {} }], { data: 'text' }, undefined]) {
      expect(() => importTask(input), JSON.stringify(input)).to.throw(TaskFormatError);
    }
    const cyclic: Record<string, unknown> = { data: {} };
    cyclic.self = cyclic;
    expect(() => importTask(cyclic)).to.throw(TaskFormatError);
  });

  it('survives data nested 100,000 levels deep', () => {
    const depth = 100_000;
    const text = `{"data":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}},"annotations":[]}`;
    const imported = importTask(text);
    let innermost: unknown = imported.task.data.deep;
    for (let level = 1; level < depth; level++) innermost = (innermost as unknown[])[0];
    expect(innermost).to.deep.equal([]);
    expect(Object.isFrozen(innermost)).to.equal(true);
    expect(exportTask(imported)).to.equal(imported.source.json);
    // handed over as an object, it goes through JSON.stringify, which engines may refuse at some
    // depth: then the import is refused with a TaskFormatError, never a stack overflow
    const deepObject = JSON.parse(
      `{"data":{"deep":${'['.repeat(depth * 10)}${']'.repeat(depth * 10)}}}`,
    ) as unknown;
    try {
      expect(importTask(deepObject).source.shape).to.equal('task');
    } catch (error) {
      expect(error).to.be.instanceOf(TaskFormatError);
    }
  });

  it('keeps unreadable annotation lists and records aside, with issues', () => {
    const task = {
      data: {},
      annotations: [42, { id: 2 }, { id: 3, result: 'nope' }, { id: 4, result: [] }],
      predictions: 'broken',
    };
    const imported = importTask(task);
    expect(imported.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([
      ['predictions', 'bad-type'],
      ['annotations[0]', 'not-object'],
      ['annotations[1].result', 'missing-field'],
      ['annotations[2].result', 'bad-type'],
    ]);
    expect(imported.annotations.map((set) => set.result.length)).to.deep.equal([0, 0, 0, 0]);
    expect(imported.annotations[0].record).to.equal(undefined);
    expect(exportTask(imported)).to.deep.equal(task);
  });
});

describe('exportTask', () => {
  it('replaces the edited annotation in place and leaves everything else as it came', () => {
    const task = sampleTask();
    const imported = importTask(task);
    const edited: LSAnnotation = { id: 1002, result: [choice('bbbbbbbbbb', 'Neutral')] };
    const exported = exportTask(imported, { annotation: edited, annotationIndex: 1 });
    expect(Object.keys(exported)).to.deep.equal(Object.keys(task));
    expect(exported.annotations).to.deep.equal([task.annotations[0], edited]);
    expect((exported.annotations as unknown[])[0]).to.equal(imported.source.json.annotations![0 as never]);
    expect(exported.predictions).to.equal(imported.source.json.predictions);
    expect(exported.data).to.equal(imported.source.json.data);
    expect(Object.isFrozen(exported)).to.equal(true);
  });

  it('appends a new annotation', () => {
    const imported = importTask(sampleTask());
    const created: LSAnnotation = { result: [choice('gggggggggg', 'Positive')] };
    const exported = exportTask(imported, { annotation: created });
    expect((exported.annotations as unknown[]).length).to.equal(3);
    expect((exported.annotations as unknown[])[2]).to.equal(created);
    const bare = importTask({ data: { text: 'x' } });
    expect(exportTask(bare, { annotation: created })).to.deep.equal({
      data: { text: 'x' },
      annotations: [created],
    });
  });

  it('rejects an index that names no annotation', () => {
    const imported = importTask(sampleTask());
    const annotation: LSAnnotation = { result: [] };
    for (const annotationIndex of [2, -1, 0.5]) {
      expect(() => exportTask(imported, { annotation, annotationIndex })).to.throw(RangeError);
    }
  });
});

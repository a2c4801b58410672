import { expect } from '@open-wc/testing';
import { exportTask, importTask } from '../../src/format/index.js';
import type { LSAnnotation } from '../../src/format/index.js';
import { fixtureTasks, taskFiles } from './fixtures.js';

const tasks = await fixtureTasks();

describe('lossless round trip of every Label Studio fixture', () => {
  it('covers all 45 examples', async () => {
    const examples = new Set((await taskFiles()).map((path) => path.split('/')[0]));
    // datetime and image_classification ship a config only
    expect(examples.size).to.equal(43);
    expect(tasks.length).to.be.greaterThan(150);
  });

  for (const { name, task } of tasks) {
    it(`${name}: export(import(task)) is the task, key order included`, () => {
      const imported = importTask(task);
      const exported = exportTask(imported);
      expect(exported).to.deep.equal(task);
      expect(JSON.stringify(exported)).to.equal(JSON.stringify(task));
      expect(JSON.stringify(exportTask(importTask(JSON.stringify(task))))).to.equal(JSON.stringify(task));
    });
  }

  it('every fixture result item is usable', () => {
    const issues = tasks.flatMap(({ name, task }) =>
      importTask(task).issues.map((issue) => ({ name, ...issue })),
    );
    expect(issues).to.deep.equal([]);
  });

  it('puts an unedited annotation back in its place unchanged', () => {
    for (const { name, task } of tasks) {
      const imported = importTask(task);
      for (const set of imported.annotations) {
        const annotation = set.record as unknown as LSAnnotation;
        const exported = exportTask(imported, { annotation, annotationIndex: set.index });
        expect(JSON.stringify(exported), name).to.equal(JSON.stringify(task));
      }
    }
  });
});

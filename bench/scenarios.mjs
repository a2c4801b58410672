// Benchmark scenarios of ../shared/budgets.md that the library can run today. Each scenario is a
// function evaluated in the page (headless Chromium, 1280x800) that returns its figures in ms.
// Data is generated deterministically, the same for every run.

/** RectangleLabels with 10 labels, and an annotation of `count` boxes of 0.5-5 % of a 4000x3000 image. */
export function rectTask(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const labels = Array.from({ length: 10 }, (_, i) => `Class ${i}`);
  const result = Array.from({ length: count }, (_, i) => {
    const width = 0.5 + random() * 4.5;
    const height = 0.5 + random() * 4.5;
    return {
      original_width: 4000,
      original_height: 3000,
      image_rotation: 0,
      value: {
        x: random() * (100 - width),
        y: random() * (100 - height),
        width,
        height,
        rotation: 0,
        rectanglelabels: [labels[i % 10]],
      },
      id: `b${i}`,
      from_name: 'label',
      to_name: 'image',
      type: 'rectanglelabels',
      origin: 'manual',
    };
  });
  const config = `<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image">${labels
    .map((l) => `<Label value="${l}"/>`)
    .join('')}</RectangleLabels></View>`;
  return { config, task: { id: 1, data: { image: '' }, annotations: [{ id: 1, result }] } };
}

export const CLASSIFICATION_CONFIG = `<View>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="review" choice="single" required="true">
    <Choice value="Positive" hotkey="1"/><Choice value="Negative" hotkey="2"/>
  </Choices>
  <TextArea name="why" toName="review" visibleWhen="choice-selected" whenTagName="sentiment"/>
</View>`;

/**
 * The scenarios. `run` executes in the page: it gets the data made by `data` and returns figures.
 * Scenarios whose medium is not drawn yet (image, text spans, audio) are added with it.
 */
export const scenarios = [
  {
    id: 'classification-load',
    what: 'set config+task on a new <label-workspace> → label-ready (text + Choices + TextArea)',
    data: () => ({
      config: CLASSIFICATION_CONFIG,
      task: { id: 7, data: { text: 'Great product, slow delivery' } },
    }),
    run: async ({ config, task }) => {
      const ws = document.createElement('label-workspace');
      document.getElementById('stage').replaceChildren(ws);
      const t0 = performance.now();
      const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
      ws.config = config;
      ws.task = task;
      await ready;
      return { load: performance.now() - t0 };
    },
  },
  {
    id: 'classification-add',
    what: 'addResults([one choice]) → label-annotation-change → next painted frame',
    data: () => ({ config: CLASSIFICATION_CONFIG, task: { id: 7, data: { text: 'Great product' } } }),
    run: async ({ config, task }) => {
      const ws = document.createElement('label-workspace');
      document.getElementById('stage').replaceChildren(ws);
      const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
      ws.config = config;
      ws.task = task;
      await ready;
      const t0 = performance.now();
      const changed = new Promise((resolve) =>
        ws.addEventListener('label-annotation-change', resolve, { once: true }),
      );
      ws.addResults([
        { from_name: 'sentiment', to_name: 'review', type: 'choices', value: { choices: ['Positive'] } },
      ]);
      await changed;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { add: performance.now() - t0 };
    },
  },
  {
    id: 'export-20000',
    what: 'exportTask() of an annotation with 20,000 rectanglelabels regions (budget ≤ 100 ms)',
    data: () => rectTask(20000),
    run: async ({ config, task }) => {
      const ws = document.createElement('label-workspace');
      ws.style.display = 'none'; // the codec is measured, not the drawing
      document.getElementById('stage').replaceChildren(ws);
      ws.annotationId = 1;
      ws.config = config;
      ws.task = task;
      await ws.updateComplete;
      const t0 = performance.now();
      const exported = ws.exportTask();
      const exportMs = performance.now() - t0;
      const t1 = performance.now();
      const json = JSON.stringify(exported);
      const stringifyMs = performance.now() - t1;
      if (exported.annotations[0].result.length !== 20000) throw new Error('export lost regions');
      return { export: exportMs, 'export+stringify': exportMs + stringifyMs, bytes: json.length };
    },
  },
  {
    id: 'import-20000',
    what: 'setting a task with 20,000 regions until the workspace has updated (import, validation, store)',
    data: () => rectTask(20000),
    run: async ({ config, task }) => {
      const ws = document.createElement('label-workspace');
      ws.style.display = 'none';
      document.getElementById('stage').replaceChildren(ws);
      ws.annotationId = 1;
      ws.config = config;
      const t0 = performance.now();
      ws.task = task;
      await ws.updateComplete;
      return { import: performance.now() - t0 };
    },
  },
];

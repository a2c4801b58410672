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

/** A ~200,000-character text and `count` non-overlapping spans over 5 labels (text-spans-N). */
export function textTask(count, chars = 200_000) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'];
  let text = '';
  for (let i = 0; text.length < chars; i++)
    text += words[(i * 7) % words.length] + (i % 12 === 11 ? '.\n' : ' ');
  const labels = ['Person', 'Place', 'Org', 'Date', 'Thing'];
  const step = Math.floor(text.length / count);
  const result = Array.from({ length: count }, (_, i) => {
    const start = i * step;
    const end = start + Math.min(5, step - 1);
    return {
      value: { start, end, text: text.slice(start, end), labels: [labels[i % 5]] },
      id: `s${i}`,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
    };
  });
  const config = `<View><Labels name="label" toName="text">${labels.map((l) => `<Label value="${l}"/>`).join('')}</Labels><Text name="text" value="$text"/></View>`;
  return { config, task: { id: 1, data: { text }, annotations: [{ id: 1, result }] } };
}

/** In the page: mounts a workspace and resolves with the ms from setting the task to label-ready. */
const mountTimed = `async (config, task, prepare) => {
  const ws = document.createElement('label-workspace');
  document.getElementById('stage').replaceChildren(ws);
  ws.annotationId = 1;
  ws.config = config;
  if (prepare) await prepare(task);
  const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
  const t0 = performance.now();
  ws.task = task;
  await ready;
  return { ws, load: performance.now() - t0 };
}`;

/** In the page: frame intervals (median, p95) while setView zooms 1→4→1 twice and circles the centre for 3 s. */
const frameTimes = `async (ws) => {
  const gaps = [];
  let last = performance.now();
  const t0 = last;
  await new Promise((resolve) => {
    const tick = (now) => {
      gaps.push(now - last);
      last = now;
      const t = (now - t0) / 1000;
      if (t < 2) {
        const phase = (t % 1) * 2; // 0..2: in then out
        ws.setView({ zoom: 1 + 3 * (phase < 1 ? phase : 2 - phase), x: 50, y: 50 });
      } else if (t < 5) {
        const a = (t - 2) * Math.PI * 2 / 3;
        ws.setView({ zoom: 2, x: 50 + 15 * Math.cos(a), y: 50 + 15 * Math.sin(a) });
      } else return resolve();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  gaps.sort((a, b) => a - b);
  return { median: gaps[Math.floor(gaps.length / 2)], p95: gaps[Math.floor(gaps.length * 0.95)] };
}`;

/** A 4000×3000 PNG made in the page (no network): a gradient with a grid, as a blob: URL. */
const makeImage = `async (task) => {
  const canvas = new OffscreenCanvas(4000, 3000);
  const g = canvas.getContext('2d');
  const gradient = g.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#8ab'); gradient.addColorStop(1, '#dca');
  g.fillStyle = gradient; g.fillRect(0, 0, 4000, 3000);
  g.strokeStyle = '#0003';
  for (let x = 0; x < 4000; x += 100) { g.beginPath(); g.moveTo(x, 0); g.lineTo(x, 3000); g.stroke(); }
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  task.data.image = URL.createObjectURL(blob);
}`;

function imageScenario(count) {
  return {
    id: `image-rects-${count}`,
    what: `<Image> 4000×3000 + ${count} rectanglelabels boxes: load to label-ready, frames during setView zoom/pan, addResults of one box`,
    data: () => rectTask(count),
    run: `async ({ config, task }) => {
      const mount = ${mountTimed};
      const { ws, load } = await mount(config, task, ${makeImage});
      const frames = await (${frameTimes})(ws);
      ws.setView({ zoom: 1 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const t0 = performance.now();
      const changed = new Promise((resolve) => ws.addEventListener('label-annotation-change', resolve, { once: true }));
      ws.addResults([{ original_width: 4000, original_height: 3000, image_rotation: 0, value: { x: 40, y: 40, width: 5, height: 5, rotation: 0, rectanglelabels: ['Class 1'] }, from_name: 'label', to_name: 'image', type: 'rectanglelabels' }]);
      await changed;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const add = performance.now() - t0;
      return { load, 'frame median': frames.median, 'frame p95': frames.p95, add };
    }`,
  };
}

function textScenario(count) {
  return {
    id: `text-spans-${count}`,
    what: `<Text> of 200,000 characters + <Labels> with ${count} spans: load to label-ready, addResults of one span`,
    data: () => textTask(count),
    run: `async ({ config, task }) => {
      const mount = ${mountTimed};
      const { ws, load } = await mount(config, task);
      const t0 = performance.now();
      const changed = new Promise((resolve) => ws.addEventListener('label-annotation-change', resolve, { once: true }));
      ws.addResults([{ value: { start: 3, end: 8, labels: ['Person'] }, from_name: 'label', to_name: 'text', type: 'labels' }]);
      await changed;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { load, add: performance.now() - t0 };
    }`,
  };
}

/**
 * The scenarios. `run` executes in the page: it gets the data made by `data` and returns figures.
 * Scenarios whose medium is not drawn yet (image, text spans, audio) are added with it.
 */
export const scenarios = [
  ...[100, 1000, 5000, 20000].map(imageScenario),
  ...[1000, 5000].map(textScenario),
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

// The demo page's glue: what a host application writes around <label-workspace>. Plain ES
// module, no build step. Everything from tasks or events is shown with textContent, never HTML.
// A sample is a folder under ./samples/ (config.xml + task.json) plus one line in
// ./samples/index.json.

const EVENTS = [
  'label-ready',
  'label-config-error',
  'label-load-error',
  'label-annotation-change',
  'label-region-input',
  'label-region-change',
  'label-selection-change',
  'label-history-change',
  'label-submit',
  'label-validation-error',
];
/** Fired continuously while dragging: counted, not logged one by one. */
const NOISY = new Set(['label-region-input']);
const MAX_LOG_ITEMS = 200;

const ws = document.getElementById('ws');
const picker = document.getElementById('sample');
const annotationView = document.getElementById('annotation');
const revisionView = document.getElementById('revision');
const log = document.getElementById('log');
const buttons = {
  undo: document.getElementById('undo'),
  redo: document.getElementById('redo'),
  submit: document.getElementById('submit'),
  export: document.getElementById('export'),
};

function logLine(name, detail, { error = false } = {}) {
  const item = document.createElement('li');
  if (error) item.className = 'error';
  const time = new Date().toLocaleTimeString();
  const nameEl = document.createElement('span');
  nameEl.className = 'name';
  nameEl.textContent = name;
  const detailEl = document.createElement('span');
  detailEl.className = 'detail';
  detailEl.textContent = `${time} ${detail}`;
  item.append(nameEl, detailEl);
  log.prepend(item);
  while (log.children.length > MAX_LOG_ITEMS) log.lastElementChild.remove();
}

/** A one-line summary of an event's detail for the log. */
function summarise(type, detail) {
  switch (type) {
    case 'label-annotation-change':
      return `revision ${detail.revision}, ${detail.source}: ${detail.changes.map((c) => `${c.kind} ${c.id}`).join(', ')}`;
    case 'label-config-error':
      return detail.errors.map((e) => `${e.severity} ${e.line}:${e.column} ${e.message}`).join(' | ');
    case 'label-history-change':
      return `canUndo ${detail.canUndo}, canRedo ${detail.canRedo}`;
    case 'label-selection-change':
      return `selected [${detail.selected.join(', ')}]`;
    case 'label-validation-error':
      return [
        ...detail.problems.map((p) => p.message),
        ...detail.results.map((r) => `${r.path}: ${r.message}`),
      ].join(' | ');
    case 'label-submit':
      return `annotation with ${detail.annotation.result?.length ?? 0} results`;
    case 'label-load-error':
      return `${detail.object}: ${detail.message} (${detail.url})`;
    default:
      return detail ? JSON.stringify(detail).slice(0, 200) : '';
  }
}

let regionInputs = 0;
for (const type of EVENTS) {
  ws.addEventListener(type, (event) => {
    const detail = event.detail;
    if (NOISY.has(type)) {
      regionInputs += 1;
      return;
    }
    if (type === 'label-region-change' && regionInputs) {
      logLine('label-region-input', `×${regionInputs} during the edit`);
      regionInputs = 0;
    }
    const isError = type.endsWith('-error');
    logLine(type, summarise(type, detail), { error: isError });
    if (type === 'label-annotation-change') {
      annotationView.textContent = JSON.stringify(detail.annotation, null, 2);
      revisionView.textContent = `revision ${detail.revision}`;
    }
    if (type === 'label-history-change') {
      buttons.undo.disabled = !detail.canUndo;
      buttons.redo.disabled = !detail.canRedo;
    }
  });
}

/** Calls a workspace method; a throw or a missing method ends up in the log, not the console. */
function call(method, ...args) {
  try {
    if (typeof ws[method] !== 'function') throw new Error(`${method}() is not available`);
    return ws[method](...args);
  } catch (error) {
    logLine(`${method}()`, error.message, { error: true });
    return undefined;
  }
}

buttons.undo.addEventListener('click', () => call('undo'));
buttons.redo.addEventListener('click', () => call('redo'));
buttons.submit.addEventListener('click', () => call('submit'));
buttons.export.addEventListener('click', () => {
  const task = call('exportTask');
  if (task === undefined) return;
  annotationView.textContent = JSON.stringify(task, null, 2);
  revisionView.textContent = 'exportTask()';
  logLine('exportTask()', `${task.annotations?.length ?? 0} annotations`);
});
document.getElementById('readonly').addEventListener('change', (event) => {
  ws.readonly = event.target.checked;
});
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());

// Sample loading. The sample id comes from ?sample= or the picker, and is only ever used as one
// of the ids listed in index.json.
const samplesBase = new URL('./samples/', import.meta.url);

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${url.pathname}`);
  return response;
}

async function loadSample(sample) {
  const folder = new URL(`${encodeURIComponent(sample.id)}/`, samplesBase);
  try {
    const [config, task] = await Promise.all([
      fetchOk(new URL('config.xml', folder)).then((r) => r.text()),
      fetchOk(new URL('task.json', folder)).then((r) => r.json()),
    ]);
    annotationView.textContent = '(no change yet)';
    revisionView.textContent = '';
    buttons.undo.disabled = true;
    buttons.redo.disabled = true;
    ws.config = config;
    ws.task = task;
    logLine('sample', `${sample.title} (task ${task.id ?? 'without id'})`);
  } catch (error) {
    logLine('sample', `could not load ${sample.id}: ${error.message}`, { error: true });
  }
}

async function main() {
  await customElements.whenDefined('label-workspace');
  const samples = await fetchOk(new URL('index.json', samplesBase)).then((r) => r.json());
  for (const sample of samples) picker.append(new Option(sample.title, sample.id));

  const wanted = new URLSearchParams(location.search).get('sample');
  const initial = samples.find((s) => s.id === wanted) ?? samples[0];
  picker.value = initial.id;
  picker.addEventListener('change', () => {
    const sample = samples.find((s) => s.id === picker.value);
    const url = new URL(location.href);
    url.searchParams.set('sample', sample.id);
    history.replaceState(null, '', url);
    loadSample(sample);
  });
  await loadSample(initial);
}

main().catch((error) => logLine('demo', error.message, { error: true }));

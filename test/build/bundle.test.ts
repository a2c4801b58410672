/**
 * The drop-in build as a page loads it: dist/label-elements.bundle.js (built by `npm run build`
 * or `npm run build:bundle`; these tests are skipped when it is missing). Each test file runs in
 * its own page, so nothing else has loaded Lit or the library here.
 */
import { expect } from '@open-wc/testing';

const BUNDLE = '/dist/label-elements.bundle.js';
const bundleBuilt = (await fetch(BUNDLE, { method: 'HEAD' })).ok;

/** Globals Lit itself records (version lists, read by Lit's own duplicate-copy warning). */
const LIT_GLOBALS = new Set(['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions']);

(bundleBuilt ? describe : describe.skip)('dist/label-elements.bundle.js', () => {
  let globalsBefore: Set<string>;
  let bundle: Record<string, unknown>;

  before(async () => {
    globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
    bundle = await import(/* @vite-ignore */ BUNDLE);
  });

  it('registers <label-workspace> and exports the public API', async () => {
    expect(customElements.get('label-workspace')).to.equal(bundle.LabelWorkspace);
    for (const name of ['LabelWorkspace', 'LabelAnnotationChangeEvent', 'LabelSubmitEvent', 'VERSION']) {
      expect(bundle, name).to.have.property(name);
    }
    const pkg = await (await fetch('/package.json')).json();
    expect(bundle.VERSION).to.equal(pkg.version);
  });

  it("carries Lit's production build", async () => {
    // (The test harness itself loads Lit in dev mode, so look at the file, not the page.)
    const text = await (await fetch(BUNDLE)).text();
    expect(text).to.not.include('Lit is in dev mode');
    expect(text).to.not.include('litIssuedWarnings');
  });

  it('adds no globals of its own to window', () => {
    const added = Object.getOwnPropertyNames(globalThis).filter(
      (name) => !globalsBefore.has(name) && !LIT_GLOBALS.has(name),
    );
    expect(added).to.deep.equal([]);
  });

  it('can be loaded twice on one page (guarded define)', async () => {
    const second = await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    expect(second.LabelWorkspace).to.not.equal(bundle.LabelWorkspace);
    expect(customElements.get('label-workspace')).to.equal(bundle.LabelWorkspace);
  });

  it('renders a config and emits label-ready and label-annotation-change', async () => {
    const ws = document.createElement('label-workspace');
    const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
    ws.config = `<View><Text name="t" value="$text"/>
      <Choices name="c" toName="t"><Choice value="A"/><Choice value="B"/></Choices></View>`;
    ws.task = { id: 1, data: { text: 'hello' }, annotations: [] };
    document.body.append(ws);
    try {
      await ready;
      const change = new Promise<CustomEvent>((resolve) =>
        ws.addEventListener('label-annotation-change', resolve, { once: true }),
      );
      ws.addResults([{ id: 'r1', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['B'] } }]);
      const { detail } = await change;
      expect(detail.annotation.result).to.have.length(1);
      expect(JSON.parse(JSON.stringify(detail.annotation)).result[0].value).to.deep.equal({ choices: ['B'] });
    } finally {
      ws.remove();
    }
  });
});

import { expect } from '@open-wc/testing';
import { loadFixture, mountWorkspace, settle, withAnnotationIds, deepQuery } from './workspace-fixture.js';
import type { LSTask } from '../../src/format/types.js';

/**
 * bad-inputs S17 for the classification side: a page whose CSP allows no inline style and enforces
 * Trusted Types renders and edits every classification fixture with zero violations (config <Style>
 * goes into a constructed sheet, element styles through the CSSOM, HyperText through the library's
 * Trusted Types policy). A page keeps a CSP once it has one, so this file runs alone in its own page.
 */
const FIXTURES = [
  'sentiment_analysis',
  'classification_mixed',
  'nested_choices',
  'taxonomy',
  'pairwise',
  'ranker_buckets',
  'table',
  'dialogue_analysis',
  'repeater',
];

describe('classification controls under a strict CSP', () => {
  const violations: string[] = [];

  before(async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content =
      "style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html label-workspace";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(
        `${e.violatedDirective}: ${e.sample} ${(e.composedPath()[0] as Element)?.outerHTML?.slice(0, 120) ?? ''}`,
      ),
    );
    // the probe: an inline style element is refused (and reported) from now on
    const probe = document.createElement('style');
    probe.textContent = 'body { outline: 1px solid red }';
    document.head.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.length).to.be.greaterThan(0);
    probe.remove();
  });

  for (const name of FIXTURES) {
    it(`${name}: renders and takes input with no violation`, async () => {
      violations.length = 0;
      const { config, tasks, annotation } = await loadFixture(name);
      const base: LSTask = annotation ?? tasks[0]!;
      const task = withAnnotationIds({
        ...base,
        data: Object.keys(base.data ?? {}).length ? base.data : tasks[0]!.data,
      });
      const ws = await mountWorkspace(config, task, { annotationId: task.annotations?.[0]?.id });
      // touch every kind of input once: checkboxes and radios, the taxonomy field, buttons
      for (const selector of ['label-choices input', 'label-taxonomy button', 'label-pairwise button']) {
        const [host, inner] = selector.split(' ') as [string, string];
        const el = deepQuery(ws, host)?.shadowRoot?.querySelector<HTMLElement>(inner);
        el?.click();
        await settle(ws);
      }
      await new Promise((resolve) => setTimeout(resolve, 50)); // reports are queued as tasks
      expect(violations).to.deep.equal([]);
    });
  }
});

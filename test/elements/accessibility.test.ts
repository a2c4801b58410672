import { expect } from '@open-wc/testing';
import { mountWorkspace, loadFixture, withAnnotationIds, settle } from './workspace-fixture.js';
import type { LSTask } from '../../src/format/types.js';

/**
 * axe-core over the rendered workspace (open shadow roots included) for the classification fixtures:
 * names, roles, states and contrast of every control. Loaded as a classic script: its package is a
 * UMD build.
 */
interface AxeResult {
  readonly violations: readonly {
    id: string;
    impact: string;
    description: string;
    nodes: readonly { target: unknown }[];
  }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return window.axe!;
}

const FIXTURES = [
  'sentiment_analysis',
  'classification_mixed',
  'nested_choices',
  'references',
  'taxonomy',
  'pairwise',
  'ranker_buckets',
  'table',
  'dialogue_analysis',
];

describe('accessibility (axe-core)', () => {
  for (const name of FIXTURES) {
    it(`${name} has no axe violations`, async () => {
      const { config, tasks, annotation } = await loadFixture(name);
      const base: LSTask = annotation ?? tasks[0]!;
      const task = withAnnotationIds({
        ...base,
        data: Object.keys(base.data ?? {}).length ? base.data : tasks[0]!.data,
      });
      const ws = await mountWorkspace(config, task, { annotationId: task.annotations?.[0]?.id });
      await settle(ws);
      const axe = await loadAxe();
      // page-level rules (landmarks, title, lang) are the host page's business, not the element's
      const result = await axe.run(ws, { rules: { region: { enabled: false } } });
      const summary = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.description} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
      );
      expect(summary).to.deep.equal([]);
    });
  }
});

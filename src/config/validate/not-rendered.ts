/**
 * Tags we recognise but do not draw yet get a warning, so a host can tell its users; their
 * results still round-trip untouched.
 */
import type { ProblemLog } from '../problems.js';
import type { ConfigNode } from '../types.js';

export function warnNotRendered(nodes: readonly ConfigNode[], log: ProblemLog): void {
  for (const node of nodes) {
    if (node.spec?.rendered !== false) continue;
    log.warning(
      'not-rendered',
      `<${node.tag}> is recognised but not drawn by label-elements yet; its results are kept.`,
      node,
      node.tag,
    );
  }
}

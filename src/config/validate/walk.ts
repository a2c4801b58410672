/**
 * One pass over the parsed tree: every node once, in document order, its parent, and the object
 * and control tags. Options shared through a Taxonomy `sharedStore` sit under several parents;
 * they are listed once, under the first.
 */
import type { ConfigNode } from '../types.js';

export interface TreeIndex {
  /** Nodes in document order (pre-order). */
  readonly nodes: readonly ConfigNode[];
  readonly parentOf: ReadonlyMap<ConfigNode, ConfigNode>;
  readonly objects: readonly ConfigNode[];
  readonly controls: readonly ConfigNode[];
}

export function indexTree(root: ConfigNode): TreeIndex {
  const nodes: ConfigNode[] = [];
  const objects: ConfigNode[] = [];
  const controls: ConfigNode[] = [];
  const parentOf = new Map<ConfigNode, ConfigNode>();
  const pending: ConfigNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    nodes.push(node);
    const kind = node.spec?.kind;
    if (kind === 'object') objects.push(node);
    else if (kind === 'control') controls.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (parentOf.has(child)) continue;
      parentOf.set(child, node);
      pending.push(child);
    }
  }
  return { nodes, parentOf, objects, controls };
}

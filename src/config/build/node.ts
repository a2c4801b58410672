/**
 * Makes a `ConfigNode` immutable once built, as the contract promises: the node, its `attrs`,
 * `bound` record and `children` array are frozen. Values in `bound` are the host's task data and
 * are left as they are.
 */
import type { ConfigNode } from '../types.js';

export function freezeNode(node: ConfigNode): ConfigNode {
  Object.freeze(node.attrs);
  Object.freeze(node.bound);
  Object.freeze(node.children);
  return Object.freeze(node);
}

/**
 * `name` rules (ls-spec §2.2, §2.9): names are unique across the whole config (the backend checks
 * every `name="…"`), and visual tags do not take one. Returns the first node of every name.
 */
import type { ProblemLog } from '../problems.js';
import type { ConfigNode } from '../types.js';

export function checkNames(nodes: readonly ConfigNode[], log: ProblemLog): ReadonlyMap<string, ConfigNode> {
  const firstByName = new Map<string, ConfigNode>();
  for (const node of nodes) {
    const name = node.attrs.name;
    if (node.dynamic || typeof name !== 'string') continue;
    if (node.spec?.kind === 'visual') {
      log.warning(
        'visual-name',
        `<${node.tag}> is a layout tag and takes no name; Label Studio rejects name="${name}" here.`,
        node,
        node.tag,
      );
    }
    const first = firstByName.get(name);
    if (!first) firstByName.set(name, node);
    else {
      log.error(
        'duplicate-name',
        `name="${name}" is already used by <${first.tag}> on line ${first.line}; names must be unique.`,
        node,
        node.tag,
      );
    }
  }
  return firstByName;
}

/** Object and control tags by name, the first of each name (duplicates are reported above). */
export function objectsAndControlsByName(
  firstByName: ReadonlyMap<string, ConfigNode>,
): Map<string, ConfigNode> {
  const byName = new Map<string, ConfigNode>();
  for (const [name, node] of firstByName) {
    const kind = node.spec?.kind;
    if (kind === 'object' || kind === 'control') byName.set(name, node);
  }
  return byName;
}

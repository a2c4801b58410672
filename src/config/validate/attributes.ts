/**
 * Attribute rules that need the whole element (ls-spec §2.5, §2.9): required attributes (after
 * text content has become `value`), "one of these" requirements such as `Image value|valueList`,
 * and `perRegion` with `perItem`, which Label Studio refuses together. `toName` is checked with the
 * wiring, where a single object tag can stand in for it.
 */
import type { ProblemLog } from '../problems.js';
import { specTables } from '../tags/spec-tables.js';
import type { ConfigNode } from '../types.js';

export function checkAttributes(nodes: readonly ConfigNode[], log: ProblemLog): void {
  for (const node of nodes) {
    const { spec } = node;
    if (!spec || node.dynamic) continue;
    for (const name of specTables(spec).required) {
      if (node.attrs[name] !== undefined) continue;
      const orText = name === 'value' && spec.textAsValue ? ' (or text content)' : '';
      log.error(
        'missing-attribute',
        `<${node.tag}> is missing its required ${name} attribute${orText}.`,
        node,
        node.tag,
      );
    }
    const oneOf = spec.requiresOneOf;
    if (oneOf && !oneOf.some((name) => node.attrs[name] !== undefined)) {
      log.error('missing-attribute', `<${node.tag}> needs ${oneOf.join(' or ')}.`, node, node.tag);
    }
    if (node.attrs.perRegion === true && node.attrs.perItem === true) {
      log.error(
        'conflicting-attributes',
        `<${node.tag}> cannot have both perRegion and perItem: they are two different modes.`,
        node,
        node.tag,
      );
    }
  }
}

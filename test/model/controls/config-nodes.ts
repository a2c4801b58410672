import type { AttrValue, ConfigNode } from '../../../src/config/types.js';

/**
 * Hand-made config nodes for pure tests, shaped as the parser makes them: canonical attribute
 * names, typed values, unique keys.
 */
let next = 0;

export function node(
  tag: string,
  attrs: Record<string, AttrValue> = {},
  children: ConfigNode[] = [],
  bound: Record<string, unknown> = {},
): ConfigNode {
  next += 1;
  return { tag, spec: undefined, attrs, bound, children, line: 1, column: 1, key: `k${next}` };
}

/** `<Choice value=…>` with nested choices. */
export function choice(
  value: string,
  children: ConfigNode[] = [],
  attrs: Record<string, AttrValue> = {},
): ConfigNode {
  return node('Choice', { value, ...attrs }, children);
}

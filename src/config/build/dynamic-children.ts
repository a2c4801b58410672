/**
 * Options loaded from task data (ls-spec §2.6): `<Choices value="$options">` with
 * `data.options = [{ value: 'Cat', hotkey: 'c' }, …]` gets one `Choice` per item, after its static
 * children. Any attribute of the option tag may come from the item; nested `children` arrays become
 * nested `Choice`s (Taxonomy, `Choices allowNested`). Data problems are warnings: the config is fine,
 * this task's data is not. As in Label Studio, an item's `$variables` are resolved too, and a
 * `children` value that is not an array is ignored.
 */
import { MAX_NESTING_DEPTH } from '../limits.js';
import type { Positioned } from '../problems.js';
import type { ConfigNode, TagSpec } from '../types.js';
import { applyDefaults, bindVariables, buildAttrs, type RawAttr } from './attributes.js';
import type { BuildContext } from './context.js';
import { freezeNode } from './node.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface DynamicParent extends Positioned {
  readonly tag: string;
  readonly key: string;
  /** The `value` attribute as written, e.g. `$options`. */
  readonly template: string;
  /** What it resolved to. */
  readonly items: unknown;
}

export function buildDynamicChildren(
  parent: DynamicParent,
  optionSpec: TagSpec,
  firstIndex: number,
  context: BuildContext,
): ConfigNode[] {
  if (Array.isArray(parent.items))
    return buildItems(parent, parent.items, optionSpec, parent.key, firstIndex, 1, context);
  if (context.hasData) {
    context.log.warning(
      'dynamic-children',
      `<${parent.tag}> value="${parent.template}" should point at an array of objects in the task data, ` +
        `but found ${describe(parent.items)}; no ${optionSpec.name} was added from data.`,
      parent,
      parent.tag,
    );
  }
  return [];
}

function buildItems(
  parent: DynamicParent,
  items: readonly unknown[],
  optionSpec: TagSpec,
  parentKey: string,
  firstIndex: number,
  depth: number,
  context: BuildContext,
): ConfigNode[] {
  if (depth > MAX_NESTING_DEPTH) {
    warn(parent, `nests more than ${MAX_NESTING_DEPTH} levels deep; deeper items were left out.`, context);
    return [];
  }
  const nodes: ConfigNode[] = [];
  items.forEach((item, i) => {
    if (!context.takeNode(parent)) return;
    const node = buildItem(
      parent,
      item,
      i,
      optionSpec,
      `${parentKey}.${firstIndex + nodes.length}`,
      depth,
      context,
    );
    if (node) nodes.push(node);
  });
  return nodes;
}

function buildItem(
  parent: DynamicParent,
  item: unknown,
  index: number,
  optionSpec: TagSpec,
  key: string,
  depth: number,
  context: BuildContext,
): ConfigNode | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    warn(parent, `item ${index} is ${describe(item)}, not an object; it was skipped.`, context);
    return null;
  }
  const attrs = buildAttrs(optionSpec, itemAttributes(parent, item, index, context), (_name, problem) =>
    warn(parent, `item ${index}: ${problem}`, context),
  );
  if (attrs.value === undefined) {
    warn(parent, `item ${index} has no value; it was skipped.`, context);
    return null;
  }
  applyDefaults(optionSpec, attrs);
  const nested = Object.hasOwn(item, 'children') ? (item as { children: unknown }).children : undefined;
  const children =
    optionSpec.name === 'Choice' && Array.isArray(nested)
      ? buildItems(parent, nested, optionSpec, key, 0, depth + 1, context)
      : [];
  return freezeNode({
    tag: optionSpec.name,
    spec: optionSpec,
    attrs,
    bound: bindVariables(optionSpec, attrs, context.data),
    children,
    line: parent.line,
    column: parent.column,
    key,
    dynamic: true,
  });
}

/** Text, numbers and booleans become attribute values, exactly as if written in the XML. */
function itemAttributes(
  parent: DynamicParent,
  item: object,
  index: number,
  context: BuildContext,
): RawAttr[] {
  const raw: RawAttr[] = [];
  for (const [name, value] of Object.entries(item)) {
    if (name === 'children' || value === null || value === undefined) continue;
    if (FORBIDDEN_KEYS.has(name.toLowerCase())) {
      warn(parent, `item ${index} has a key named ${name}, which is never read.`, context);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      raw.push({ name, value: String(value) });
    } else {
      warn(
        parent,
        `item ${index}: ${name} holds ${describe(value)}; only text, numbers and booleans are used.`,
        context,
      );
    }
  }
  return raw;
}

function warn(parent: DynamicParent, problem: string, context: BuildContext): void {
  context.log.warning(
    'dynamic-children',
    `<${parent.tag}> value="${parent.template}": ${problem}`,
    parent,
    parent.tag,
  );
}

function describe(value: unknown): string {
  if (value === '' || value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turns the XML element tree into the `ConfigNode` tree: tag names canonical (`header` → `Header`,
 * `AudioPlus` → `Audio`), attributes typed and defaulted, text content as `value`, `$variables`
 * bound to the task data, `Repeater`s expanded and dynamic options appended. Unknown tags are
 * reported and kept, with `spec: undefined`, so the rest of the config is still checked.
 */
import { getTagSpec } from '../tags/index.js';
import type { Positioned } from '../problems.js';
import type { AttrValue, ConfigNode, TagSpec } from '../types.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { BuildContext } from './context.js';
import { buildDynamicChildren, type DynamicParent } from './dynamic-children.js';
import { elementParts } from './element-parts.js';
import { freezeNode } from './node.js';
import { hasVariable } from '../values/resolve-value.js';
import { repeatedViews } from './repeater.js';

export function buildTree(root: XmlElement, context: BuildContext): ConfigNode | null {
  return buildElement(root, '0', context);
}

function buildElement(element: XmlElement, key: string, context: BuildContext): ConfigNode | null {
  const { position, spec, tag, attrs, bound, text } = elementParts(element, context);
  if (!context.takeNode(position)) return null;

  let children =
    spec?.name === 'Repeater'
      ? buildChildren(
          repeatedViews(element, repeatCount(tag, attrs.on, bound.on, position, context), indexFlag(attrs)),
          key,
          context,
        )
      : buildChildren(element.children, key, context);
  const optionSpec = spec?.dynamicChildren ? getTagSpec(spec.dynamicChildren) : undefined;
  // Options come from data only for a `$field`; a literal `value` on Choices is not data.
  if (optionSpec && hasVariable(attrs.value)) {
    const parent = { tag, key, template: attrs.value, items: bound.value, ...position };
    children = [
      ...children,
      ...dynamicOptions(parent, optionSpec, attrs.sharedStore, children.length, context),
    ];
  }

  const node: ConfigNode = {
    tag,
    spec,
    attrs,
    bound,
    children,
    line: position.line,
    column: position.column,
    key,
  };
  return freezeNode(text === undefined ? node : { ...node, text });
}

/**
 * Options from task data; with `sharedStore="name"` (Taxonomy), built once and shared by every
 * control of that store, as Label Studio's shared choice store does. The shared nodes are the same
 * objects under each of those controls; `parentOf` gives the first.
 */
function dynamicOptions(
  parent: DynamicParent,
  optionSpec: TagSpec,
  sharedStore: AttrValue | undefined,
  firstIndex: number,
  context: BuildContext,
): readonly ConfigNode[] {
  const store = typeof sharedStore === 'string' && sharedStore ? sharedStore : undefined;
  const shared = store === undefined ? undefined : context.sharedOptions.get(store);
  if (shared) return shared;
  const options = buildDynamicChildren(parent, optionSpec, firstIndex, context);
  if (store !== undefined) context.sharedOptions.set(store, options);
  return options;
}

/** Leaves (most nodes) share one frozen empty list. */
const NO_CHILDREN: readonly ConfigNode[] = Object.freeze([]);

function buildChildren(
  elements: readonly XmlElement[],
  parentKey: string,
  context: BuildContext,
): readonly ConfigNode[] {
  if (elements.length === 0) return NO_CHILDREN;
  const nodes: ConfigNode[] = [];
  for (const element of elements) {
    const node = buildElement(element, `${parentKey}.${nodes.length}`, context);
    if (node) nodes.push(node);
  }
  return nodes;
}

function repeatCount(
  tag: string,
  on: AttrValue | undefined,
  items: unknown,
  position: Positioned,
  context: BuildContext,
): number {
  if (Array.isArray(items)) return items.length;
  if (context.hasData && on !== undefined) {
    context.log.warning(
      'repeater',
      `<${tag}> on="${String(on)}" should point at an array in the task data; nothing was repeated.`,
      position,
      tag,
    );
  }
  return 0;
}

function indexFlag(attrs: ConfigNode['attrs']): string {
  return typeof attrs.indexFlag === 'string' ? attrs.indexFlag : '{{idx}}';
}

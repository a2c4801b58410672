/**
 * Small readers of the parsed tree for the model and element layers, so that none of them has to
 * know how names are spelled or where options may sit.
 */
import { canonicalAttrName, getTagSpec } from './tags/index.js';
import type { AttrValue, ConfigNode } from './types.js';

/**
 * An attribute by name in any letter case (`toname`, `toName`), typed as the tag's spec types it:
 * booleans and numbers for boolean and numeric attributes, strings otherwise. `T` only narrows the
 * static type; ask for the type the spec declares.
 */
export function attr<T extends AttrValue = string>(node: ConfigNode, name: string): T | undefined {
  return node.attrs[canonicalAttrName(node.spec, name)] as T | undefined;
}

/** Direct children with the given tag (any letter case or alias), in document order. */
export function childrenOf(node: ConfigNode, tag: string): ConfigNode[] {
  const wanted = canonicalTag(tag);
  return node.children.filter((child) => child.tag === wanted);
}

/**
 * Descendants with the given tag, looking through layout wrappers but not into a match:
 * the `Choice` options of a `Choices`, even inside a `View`, without the nested `Choice`s of a
 * taxonomy tree (those belong to their parent `Choice`).
 */
export function descendantsOf(node: ConfigNode, tag: string): ConfigNode[] {
  const wanted = canonicalTag(tag);
  const found: ConfigNode[] = [];
  const visit = (parent: ConfigNode) => {
    for (const child of parent.children) {
      if (child.tag === wanted) found.push(child);
      else visit(child);
    }
  };
  visit(node);
  return found;
}

export function isObjectTag(node: ConfigNode): boolean {
  return node.spec?.kind === 'object';
}

export function isControlTag(node: ConfigNode): boolean {
  return node.spec?.kind === 'control';
}

/**
 * A comma-separated attribute (`toName="left,right"`, `whenLabelValue="A, B"`) as its parts,
 * trimmed, empty parts dropped. Label Studio splits without trimming; trimming only forgives
 * spaces that could never match a name anyway.
 */
export function splitList(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function canonicalTag(tag: string): string {
  return getTagSpec(tag)?.name ?? tag;
}

/**
 * What one source element says, wherever a copy of it sits: its source position, spec, canonical
 * tag, typed and defaulted attributes, text, and `$variable` bindings. None of it depends on the
 * node's place in the tree, so it is computed once per source element and shared, frozen, by every
 * `Repeater` copy of that element (446 pages of a 300-option taxonomy read their options once).
 */
import { getTagSpec } from '../tags/index.js';
import type { AttrValue, TagSpec } from '../types.js';
import type { SourcePosition } from '../xml/line-index.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { applyDefaults, bindVariables, buildAttrs } from './attributes.js';
import type { BuildContext } from './context.js';

export interface ElementParts {
  readonly position: SourcePosition;
  readonly spec: TagSpec | undefined;
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly bound: Readonly<Record<string, unknown>>;
  /** Raw text or markup, when it is not blank. */
  readonly text: string | undefined;
}

export function elementParts(element: XmlElement, context: BuildContext): ElementParts {
  let parts = context.elementParts.get(element);
  if (!parts) {
    parts = readParts(element, context);
    context.elementParts.set(element, parts);
  }
  return parts;
}

function readParts(element: XmlElement, context: BuildContext): ElementParts {
  const at = context.lines.positionOf(element.offset);
  const spec = getTagSpec(element.name);
  const tag = spec?.name ?? element.name;
  if (!spec) {
    context.log.error(
      'unknown-tag',
      `Unknown tag <${element.name}>: Label Studio refuses a config with a tag it does not know.`,
      at,
      element.name,
    );
  }
  const attrs = buildAttrs(spec, element.attrs, (_name, problem) =>
    context.log.error('attribute-value', `<${tag}> ${problem}`, at, tag),
  );
  const content = element.markup ?? element.text;
  const trimmed = content?.trim();
  if (spec?.textAsValue && trimmed) attrs.value = trimmed;
  applyDefaults(spec, attrs);
  const bound = bindVariables(spec, attrs, context.data);
  return {
    position: at,
    spec,
    tag,
    attrs: Object.freeze(attrs),
    bound: Object.freeze(bound),
    text: trimmed ? content : undefined,
  };
}

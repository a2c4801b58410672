/**
 * The `attrs` and `bound` records of a node. `attrs`: canonical names, typed values, Label Studio's
 * defaults for what is absent, unknown attributes kept lower-cased as strings (Label Studio ignores
 * them silently, so do we, but hosts may want them). `bound`: the `$variable`-resolved value of each
 * attribute that honours variables. Both are records that inherit nothing (see `createRecord`).
 */
import { canonicalAttrName } from '../tags/index.js';
import { specTables } from '../tags/spec-tables.js';
import type { AttrSpec, AttrValue, TagSpec } from '../types.js';
import { coerceAttrValue, typeResolvedValue } from '../values/coerce.js';
import { createRecord } from '../values/record.js';
import { resolveValue } from '../values/resolve-value.js';

export interface RawAttr {
  readonly name: string;
  readonly value: string;
}

/** Called with `(canonicalName, problem)` for a value that does not fit its attribute's type. */
export type AttrProblemReporter = (name: string, problem: string) => void;

export function buildAttrs(
  spec: TagSpec | undefined,
  raw: readonly RawAttr[],
  reportBadValue: AttrProblemReporter,
): Record<string, AttrValue> {
  const attrs = createRecord<AttrValue>();
  // Later spellings win, as when Label Studio lower-cases `toName="a" toname="b"` into one key.
  for (const { name, value } of raw) {
    const canonical = canonicalAttrName(spec, name);
    const attrSpec = attrSpecOf(spec, canonical);
    if (!attrSpec) {
      attrs[canonical] = value;
      continue;
    }
    const coerced = coerceAttrValue(canonical, value, attrSpec);
    if (coerced.ok) attrs[canonical] = coerced.value;
    else {
      delete attrs[canonical];
      reportBadValue(canonical, `${canonical}="${value}" is not valid: expected ${coerced.expected}.`);
    }
  }
  return attrs;
}

/** Fills in Label Studio's default for every known attribute that is still absent. */
export function applyDefaults(spec: TagSpec | undefined, attrs: Record<string, AttrValue>): void {
  if (!spec) return;
  for (const [name, value] of specTables(spec).defaults) {
    if (attrs[name] === undefined) attrs[name] = value;
  }
}

export function bindVariables(
  spec: TagSpec | undefined,
  attrs: Readonly<Record<string, AttrValue>>,
  data: unknown,
): Record<string, unknown> {
  const bound = createRecord<unknown>();
  if (!spec) return bound;
  for (const [name, attrSpec] of specTables(spec).variables) {
    const value = attrs[name];
    if (value === undefined) continue;
    bound[name] = typeof value === 'string' ? typeResolvedValue(resolveValue(value, data), attrSpec) : value;
  }
  return bound;
}

/** Own-property lookup: `spec.attrs` is a plain object and names come from configs and task data. */
export function attrSpecOf(spec: TagSpec | undefined, name: string): AttrSpec | undefined {
  return spec && Object.hasOwn(spec.attrs, name) ? spec.attrs[name] : undefined;
}

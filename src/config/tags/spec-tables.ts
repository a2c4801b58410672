/**
 * Per-spec lookup tables, computed once per tag and cached: building a large config touches the
 * same few specs hundreds of thousands of times (a `Repeater` over 446 pages of taxonomies), and
 * walking `spec.attrs` for every node would dominate the parse.
 */
import type { AttrSpec, AttrValue, TagSpec } from '../types.js';

export interface SpecTables {
  /** Lower-case attribute name → canonical spelling. */
  readonly canonicalNames: ReadonlyMap<string, string>;
  /** Attributes with a default, and the default. */
  readonly defaults: readonly (readonly [string, AttrValue])[];
  /** Attributes that honour `$variables`. */
  readonly variables: readonly (readonly [string, AttrSpec])[];
  /** Required attributes, `toName` excepted (a single object tag can stand in for it). */
  readonly required: readonly string[];
}

const cache = new WeakMap<TagSpec, SpecTables>();

export function specTables(spec: TagSpec): SpecTables {
  let tables = cache.get(spec);
  if (!tables) {
    const entries = Object.entries(spec.attrs);
    tables = {
      canonicalNames: new Map(entries.map(([name]) => [name.toLowerCase(), name])),
      defaults: entries.flatMap(([name, attr]) =>
        attr.default === undefined ? [] : [[name, attr.default] as const],
      ),
      variables: entries.filter(([, attr]) => attr.variable === true),
      required: entries
        .filter(([name, attr]) => attr.required === true && name !== 'toName')
        .map(([name]) => name),
    };
    cache.set(spec, tables);
  }
  return tables;
}

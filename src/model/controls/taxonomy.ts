import type { ConfigNode } from '../../config/types.js';
import { optionResultValue, optionValue } from '../options.js';

/**
 * Taxonomy semantics (ls-spec §6.16), free of the DOM: the tree of nested `Choice` nodes (static or
 * dynamic, already expanded into Choice nodes by the config layer), the selection as Label Studio
 * writes it (`{taxonomy: [["A", "B"], ["C"]]}`: one path root→node per selection, alias-aware),
 * selection rules (`leafsOnly`, `maxUsages`), search and the flat list of rows a tree view shows.
 */

/** A result path: the written value (alias, else value) of every level from the root. */
export type TaxonomyPath = readonly string[];

export interface TaxonomyItem {
  /** The Choice node's key: unique and stable within one parse. */
  readonly key: string;
  /** What the annotator reads: the Choice's value. */
  readonly label: string;
  /** What results hold for this item: its path of written values. */
  readonly path: TaxonomyPath;
  /** Display labels of every level, root first. */
  readonly labels: readonly string[];
  readonly parent: TaxonomyItem | undefined;
  readonly children: readonly TaxonomyItem[];
  readonly hint: string | undefined;
  /** `selected="true"` on the Choice: a new annotation starts with it selected. */
  readonly preselected: boolean;
}

export interface TaxonomyTree {
  readonly roots: readonly TaxonomyItem[];
  /** Every item, depth first in document order. */
  readonly items: readonly TaxonomyItem[];
  /** Items by {@link pathKey} of their path. */
  readonly byPath: ReadonlyMap<string, TaxonomyItem>;
}

export interface TaxonomyOptions {
  /** Only items without children can be selected. */
  readonly leafsOnly: boolean;
  /** At most this many selections; undefined = no limit. */
  readonly maxUsages: number | undefined;
}

/** A Map key for a path (values may contain any character, so no separator join). */
export function pathKey(path: TaxonomyPath): string {
  return JSON.stringify(path);
}

type MutableItem = { -readonly [K in keyof TaxonomyItem]: TaxonomyItem[K] } & { children: TaxonomyItem[] };

/**
 * Builds the tree from a Taxonomy node's Choice children. Like Label Studio, a sibling whose value
 * repeats an earlier sibling's is dropped: two items with one path could not be told apart in results.
 */
export function buildTaxonomyTree(control: ConfigNode): TaxonomyTree {
  const items: TaxonomyItem[] = [];
  const byPath = new Map<string, TaxonomyItem>();
  const visit = (nodes: readonly ConfigNode[], parent: MutableItem | undefined): TaxonomyItem[] => {
    const seen = new Set<string>();
    const level: TaxonomyItem[] = [];
    for (const node of nodes) {
      if (node.tag !== 'Choice') continue;
      const label = optionValue(node);
      if (seen.has(label)) continue;
      seen.add(label);
      const hint = node.attrs.hint;
      const item: MutableItem = {
        key: node.key,
        label,
        path: [...(parent?.path ?? []), optionResultValue(node)],
        labels: [...(parent?.labels ?? []), label],
        parent,
        children: [],
        hint: hint === undefined || hint === '' ? undefined : String(hint),
        preselected: node.attrs.selected === true,
      };
      items.push(item);
      byPath.set(pathKey(item.path), item);
      item.children = visit(node.children, item);
      level.push(item);
    }
    return level;
  };
  const roots = visit(control.children, undefined);
  return { roots, items, byPath };
}

/** Reads the options that shape selection from the Taxonomy's attributes. */
export function taxonomyOptions(control: ConfigNode): TaxonomyOptions {
  const max = Number(control.attrs.maxUsages);
  return {
    leafsOnly: control.attrs.leafsOnly === true,
    maxUsages: Number.isInteger(max) && max > 0 ? max : undefined,
  };
}

/**
 * The selection held by a result's `value.taxonomy`. Entries that are not paths of strings are
 * skipped; a bare string (seen in hand-written predictions) is read as a one-level path; a path
 * listed twice is one selection.
 */
export function readTaxonomyPaths(payload: unknown): TaxonomyPath[] {
  if (!Array.isArray(payload)) return [];
  const paths = new Map<string, TaxonomyPath>();
  for (const entry of payload) {
    const path = typeof entry === 'string' ? [entry] : entry;
    if (!Array.isArray(path) || path.length === 0 || !path.every((part) => typeof part === 'string'))
      continue;
    const key = pathKey(path as string[]);
    if (!paths.has(key)) paths.set(key, path as string[]);
  }
  return [...paths.values()];
}

/** The `selected="true"` choices, in tree order. */
export function preselectedPaths(tree: TaxonomyTree): TaxonomyPath[] {
  return tree.items.filter((item) => item.preselected).map((item) => item.path);
}

/**
 * The result a *new* annotation starts with when a Taxonomy has `selected="true"` choices: Label
 * Studio (`Annotation.setDefaultValues`) writes them when it creates the annotation, as it does for
 * Choices. Undefined when there are none.
 */
export function preselectedTaxonomyPayload(control: ConfigNode): string[][] | undefined {
  const paths = preselectedPaths(buildTaxonomyTree(control));
  return paths.length > 0 ? paths.map((path) => [...path]) : undefined;
}

export function isSelectable(item: TaxonomyItem, options: TaxonomyOptions): boolean {
  return !(options.leafsOnly && item.children.length > 0);
}

export function limitReached(selection: readonly TaxonomyPath[], options: TaxonomyOptions): boolean {
  return options.maxUsages !== undefined && selection.length >= options.maxUsages;
}

export function includesPath(selection: readonly TaxonomyPath[], path: TaxonomyPath): boolean {
  const key = pathKey(path);
  return selection.some((selected) => pathKey(selected) === key);
}

/**
 * Adds or removes one path. Returns the selection unchanged when the item cannot be picked
 * (`leafsOnly` parent) or the `maxUsages` limit is reached; removing is always allowed.
 */
export function toggleTaxonomyPath(
  selection: readonly TaxonomyPath[],
  item: TaxonomyItem,
  options: TaxonomyOptions,
): readonly TaxonomyPath[] {
  const key = pathKey(item.path);
  if (selection.some((selected) => pathKey(selected) === key)) {
    return selection.filter((selected) => pathKey(selected) !== key);
  }
  if (!isSelectable(item, options) || limitReached(selection, options)) return selection;
  return [...selection, item.path];
}

export function removeTaxonomyPath(
  selection: readonly TaxonomyPath[],
  path: TaxonomyPath,
): readonly TaxonomyPath[] {
  const key = pathKey(path);
  return selection.filter((selected) => pathKey(selected) !== key);
}

export interface ChipOptions {
  readonly showFullPath: boolean;
  readonly pathSeparator: string;
}

/**
 * What a selection's chip says: the item's label, or every level's label joined by the separator
 * with `showFullPath`. Levels the tree does not know (a result written with another config) show
 * their written value, so nothing selected is ever invisible.
 */
export function chipText(tree: TaxonomyTree, path: TaxonomyPath, options: ChipOptions): string {
  const labels = path.map(
    (value, depth) => tree.byPath.get(pathKey(path.slice(0, depth + 1)))?.label ?? value,
  );
  return options.showFullPath ? labels.join(options.pathSeparator) : (labels.at(-1) ?? '');
}

/** Items that match a search and the items shown for them (the matches and their ancestors). */
export interface TaxonomySearch {
  readonly query: string;
  readonly matches: ReadonlySet<TaxonomyItem>;
  readonly shown: ReadonlySet<TaxonomyItem>;
}

/**
 * Case-insensitive substring search over labels. The query is plain text: no pattern syntax, so
 * `.*(` finds those three characters (bad-inputs S9). A blank query searches nothing.
 */
export function searchTaxonomy(tree: TaxonomyTree, query: string): TaxonomySearch | undefined {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return undefined;
  const matches = new Set<TaxonomyItem>();
  const shown = new Set<TaxonomyItem>();
  for (const item of tree.items) {
    if (!item.label.toLocaleLowerCase().includes(needle)) continue;
    matches.add(item);
    for (let at: TaxonomyItem | undefined = item; at && !shown.has(at); at = at.parent) shown.add(at);
  }
  return { query: needle, matches, shown };
}

/** Keys of the items whose branches a search opens: every shown item that has shown children. */
export function searchExpansion(search: TaxonomySearch): Set<string> {
  const keys = new Set<string>();
  for (const item of search.shown) if (item.parent) keys.add(item.parent.key);
  return keys;
}

/** Splits a label around the first occurrence of the search text, for highlighting. */
export function splitMatch(label: string, query: string): [before: string, match: string, after: string] {
  const at = query === '' ? -1 : label.toLocaleLowerCase().indexOf(query);
  if (at < 0) return [label, '', ''];
  return [label.slice(0, at), label.slice(at, at + query.length), label.slice(at + query.length)];
}

/** One line of the tree view. `level`, `setSize` and `position` are 1-based, as ARIA wants them. */
export interface TaxonomyRow {
  readonly item: TaxonomyItem;
  readonly level: number;
  readonly setSize: number;
  readonly position: number;
}

/**
 * The rows a tree view shows, depth first: an item is listed when every ancestor is expanded and,
 * during a search, when it is a match or an ancestor of one. Only open branches are walked, so a
 * tree of thousands of items costs what is on screen.
 */
export function visibleRows(
  tree: TaxonomyTree,
  expanded: ReadonlySet<string>,
  search?: TaxonomySearch,
): TaxonomyRow[] {
  const rows: TaxonomyRow[] = [];
  const walk = (items: readonly TaxonomyItem[], level: number) => {
    const listed = search ? items.filter((item) => search.shown.has(item)) : items;
    listed.forEach((item, i) => {
      rows.push({ item, level, setSize: listed.length, position: i + 1 });
      if (item.children.length > 0 && expanded.has(item.key)) walk(item.children, level + 1);
    });
  };
  walk(tree.roots, 1);
  return rows;
}

import type { ConfigNode } from '../../config/types.js';

/**
 * Ranker semantics (ls-spec §6.19), free of the DOM. A Ranker shows the items of a `List` in
 * columns and writes `value.ranker` as an object: column id → ordered item ids.
 *
 * - Without `Bucket`s there is one column, keyed by the Ranker's own name: `{rank: ["b", "a"]}`.
 * - With `Bucket`s there is one column per bucket (keyed by its `name`), plus the original list as
 *   column `"_"` unless a bucket is `default="true"`, in which case the items start there.
 * - The old flat form `{ranker: ["b", "a"]}` (fixture `ranker`) is read as the default column.
 *
 * The written object has every column in column order, then any key the result had that the config
 * does not (kept, never dropped), as Label Studio 1.22 writes it (`{...columnStubs, ...result}`).
 */

/** Column of the original list when no bucket is the default (Label Studio's `ORIGINAL_ITEMS_KEY`). */
export const ORIGINAL_LIST_COLUMN = '_';

export interface ListItem {
  /** The item's `id`, as a string (Label Studio stringifies ids). */
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** Raw HTML from the task: untrusted, must be sanitised before display. */
  readonly html: string | undefined;
}

export interface RankerColumn {
  readonly id: string;
  readonly title: string;
}

export interface RankerBoard {
  readonly columns: readonly RankerColumn[];
  /** Where items not placed anywhere are shown: the default bucket, the Ranker's own column or `"_"`. */
  readonly homeColumn: string;
  readonly items: ReadonlyMap<string, ListItem>;
}

/** Column id → item ids, in order. May hold columns and ids the board does not know. */
export type Ranking = Readonly<Record<string, readonly string[]>>;

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/**
 * The items of a List's data (its bound `value`): objects with an `id`, a `title`, a `body` and an
 * optional `html`. Entries without a string or number id cannot be ranked and are left out; a
 * repeated id keeps its first item, as Label Studio's id-keyed index does.
 */
export function listItems(data: unknown): ListItem[] {
  if (!Array.isArray(data)) return [];
  const items = new Map<string, ListItem>();
  for (const entry of data) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const record = entry as Record<string, unknown>;
    if (typeof record.id !== 'string' && typeof record.id !== 'number') continue;
    const id = String(record.id);
    if (items.has(id)) continue;
    const html = typeof record.html === 'string' && record.html !== '' ? record.html : undefined;
    items.set(id, { id, title: text(record.title), body: text(record.body), html });
  }
  return [...items.values()];
}

/** The board of a Ranker over its List: columns from the Buckets, items from the List's data. */
export function rankerBoard(ranker: ConfigNode, list: ConfigNode | undefined): RankerBoard {
  const name = text(ranker.attrs.name);
  const listTitle = text(list?.attrs.title);
  const items = new Map(listItems(list?.bound.value).map((item) => [item.id, item]));
  const buckets = ranker.children.filter((child) => child.tag === 'Bucket');
  if (buckets.length === 0) return { columns: [{ id: name, title: listTitle }], homeColumn: name, items };
  const columns: RankerColumn[] = buckets.map((bucket) => ({
    id: text(bucket.attrs.name),
    title: text(bucket.attrs.title),
  }));
  const defaultBucket = buckets.find((bucket) => bucket.attrs.default === true);
  if (defaultBucket) return { columns, homeColumn: text(defaultBucket.attrs.name), items };
  return {
    columns: [{ id: ORIGINAL_LIST_COLUMN, title: listTitle }, ...columns],
    homeColumn: ORIGINAL_LIST_COLUMN,
    items,
  };
}

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The full ranking a result stands for, ready to display and edit: every column present, and every
 * List item placed somewhere. Items the result does not place (new in the data, or left in the
 * original list) go to the end of the home column; Label Studio hides them when a bucket is the
 * default, which would make them impossible to rank, so we show them. Keys and ids the board does
 * not know are kept as they are.
 */
export function readRanking(board: RankerBoard, payload: unknown): Ranking {
  const ranking: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const column of board.columns) ranking[column.id] = [];
  if (Array.isArray(payload)) {
    ranking[board.homeColumn] = idList(payload);
  } else if (payload !== null && typeof payload === 'object') {
    for (const [key, ids] of Object.entries(payload)) ranking[key] = idList(ids);
  }
  const placed = new Set(board.columns.flatMap((column) => ranking[column.id] ?? []));
  const unplaced = [...board.items.keys()].filter((id) => !placed.has(id));
  ranking[board.homeColumn] = [...(ranking[board.homeColumn] ?? []), ...unplaced];
  return ranking;
}

/**
 * The items each column shows, in order: known items only, each once (the first column that lists
 * it wins), in the board's columns.
 */
export function columnItems(board: RankerBoard, ranking: Ranking): Map<string, ListItem[]> {
  const shown = new Set<string>();
  const out = new Map<string, ListItem[]>();
  for (const column of board.columns) {
    const items: ListItem[] = [];
    for (const id of ranking[column.id] ?? []) {
      const item = board.items.get(id);
      if (!item || shown.has(id)) continue;
      shown.add(id);
      items.push(item);
    }
    out.set(column.id, items);
  }
  return out;
}

/** Where an item is shown: its column and its position among the items that column shows. */
export interface Placement {
  readonly column: string;
  readonly index: number;
}

export function placementOf(board: RankerBoard, ranking: Ranking, itemId: string): Placement | undefined {
  for (const [column, items] of columnItems(board, ranking)) {
    const index = items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { column, index };
  }
  return undefined;
}

/**
 * Moves an item to a column, before the item shown at `index` there (at the end when `index` is
 * past the last one). The item leaves every list it was in, unknown columns included, so it is
 * never in two places; ids the board does not know stay where they are.
 */
export function moveItem(board: RankerBoard, ranking: Ranking, itemId: string, to: Placement): Ranking {
  const next: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [key, ids] of Object.entries(ranking)) next[key] = ids.filter((id) => id !== itemId);
  const target = next[to.column] ?? [];
  const shown = columnItems(board, next).get(to.column) ?? [];
  const before = shown[Math.max(0, to.index)];
  const at = before ? target.indexOf(before.id) : -1;
  if (at >= 0) target.splice(at, 0, itemId);
  else target.push(itemId);
  next[to.column] = target;
  return next;
}

/** The `value.ranker` object to write: the board's columns in order, then the keys it does not know. */
export function rankingPayload(board: RankerBoard, ranking: Ranking): Record<string, string[]> {
  const payload: Record<string, string[]> = {};
  // keys come from configs and task data: define them, so `__proto__` is a key, not a prototype
  const put = (key: string, ids: readonly string[]) =>
    Object.defineProperty(payload, key, {
      value: [...ids],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const column of board.columns) put(column.id, ranking[column.id] ?? []);
  for (const [key, ids] of Object.entries(ranking)) if (!Object.hasOwn(payload, key)) put(key, ids);
  return payload;
}

/** Whether two rankings place the same ids in the same order in every column. */
export function sameRanking(a: Ranking, b: Ranking): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key] ?? [];
    const y = b[key] ?? [];
    if (x.length !== y.length || x.some((id, i) => id !== y[i])) return false;
  }
  return true;
}

export type Step = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/**
 * Where a held item goes with one keyboard step: up/down within its column, left/right to the
 * neighbouring column at the same position (or its end), first/last in its column. Returns the
 * current placement at an edge.
 */
export function stepPlacement(
  board: RankerBoard,
  ranking: Ranking,
  itemId: string,
  step: Step,
): Placement | undefined {
  const at = placementOf(board, ranking, itemId);
  if (!at) return undefined;
  const shown = columnItems(board, ranking);
  const columnIndex = board.columns.findIndex((column) => column.id === at.column);
  const lastIndex = (shown.get(at.column)?.length ?? 1) - 1;
  switch (step) {
    case 'up':
      return { column: at.column, index: Math.max(0, at.index - 1) };
    case 'down':
      return { column: at.column, index: Math.min(lastIndex, at.index + 1) };
    case 'first':
      return { column: at.column, index: 0 };
    case 'last':
      return { column: at.column, index: lastIndex };
    default: {
      const next = board.columns[columnIndex + (step === 'left' ? -1 : 1)];
      if (!next) return at;
      return { column: next.id, index: Math.min(at.index, shown.get(next.id)?.length ?? 0) };
    }
  }
}

/**
 * The item keyboard focus moves to from `itemId` (nothing held): up/down/first/last within the
 * column; left/right to the nearest column that has items, at the same position or its last item.
 */
export function neighbourItem(
  board: RankerBoard,
  ranking: Ranking,
  itemId: string,
  step: Step,
): string | undefined {
  const at = placementOf(board, ranking, itemId);
  if (!at) return undefined;
  const shown = columnItems(board, ranking);
  const own = shown.get(at.column) ?? [];
  switch (step) {
    case 'up':
      return own[Math.max(0, at.index - 1)]?.id;
    case 'down':
      return own[Math.min(own.length - 1, at.index + 1)]?.id;
    case 'first':
      return own[0]?.id;
    case 'last':
      return own.at(-1)?.id;
    default: {
      const direction = step === 'left' ? -1 : 1;
      const start = board.columns.findIndex((column) => column.id === at.column);
      for (let i = start + direction; i >= 0 && i < board.columns.length; i += direction) {
        const items = shown.get(board.columns[i]!.id) ?? [];
        if (items.length > 0) return items[Math.min(at.index, items.length - 1)]!.id;
      }
      return itemId;
    }
  }
}

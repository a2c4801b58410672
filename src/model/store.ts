import type { LSResult } from '../format/types.js';
import { deepFreeze } from '../format/json.js';
import { History } from './history.js';
import { ResultIndex } from './result-index.js';

/**
 * The annotation store: the result of the annotation being edited, kept as an ordered list of frozen
 * Label Studio result items. Imported items stay the very objects that came in until an edit replaces
 * them, so an unedited annotation exports exactly as imported, unknown fields and result types
 * included. Items that failed validation on import are "set aside": kept in place in the list (and so
 * exported back as they came) but invisible to lookups, drawing and editing.
 *
 * Framework-free: elements subscribe and translate DOM input into {@link AnnotationStore.apply} calls
 * (through `commands.ts`).
 */

/** One change to the item list. Items are compared by identity. */
export type ItemOp =
  | { readonly op: 'add'; readonly item: LSResult; readonly after?: LSResult }
  | { readonly op: 'replace'; readonly from: LSResult; readonly to: LSResult }
  | { readonly op: 'remove'; readonly item: LSResult };

export interface StoreChange {
  readonly kind: 'add' | 'update' | 'remove';
  readonly id: string;
  readonly control?: string;
}

export type CommitSource = 'user' | 'undo' | 'redo' | 'host';

export interface StoreCommit {
  readonly items: readonly LSResult[];
  readonly revision: number;
  readonly changes: readonly StoreChange[];
  readonly source: CommitSource;
}

export interface ApplyOptions {
  /** Commits with the same key in a short burst merge into one undo step. */
  readonly mergeKey?: string;
  readonly source?: 'user' | 'host';
  /** Describes the edit for `label-annotation-change`; derived from the ops when omitted. */
  readonly changes?: readonly StoreChange[];
}

export interface StoreOptions {
  readonly items?: readonly LSResult[];
  /** Imported items that failed validation: kept and exported, never used. */
  readonly setAside?: ReadonlySet<LSResult>;
  /** Every id already used anywhere in the task (annotations and predictions): never handed out again. */
  readonly takenIds?: Iterable<string>;
  readonly now?: () => number;
  readonly mergeWindowMs?: number;
}

type Listener = (commit: StoreCommit) => void;
type SelectionListener = (selection: readonly string[]) => void;

export class AnnotationStore {
  readonly #history: History<readonly LSResult[]>;
  readonly #setAside: ReadonlySet<LSResult>;
  readonly #takenIds: Set<string>;
  readonly #listeners = new Set<Listener>();
  readonly #selectionListeners = new Set<SelectionListener>();
  #revision = 0;
  #index: ResultIndex | undefined;
  #selection: readonly string[] = Object.freeze([]);

  constructor(options: StoreOptions = {}) {
    const items = Object.freeze([...(options.items ?? [])].map((item) => deepFreeze(item)));
    this.#history = new History(items, { now: options.now, mergeWindowMs: options.mergeWindowMs });
    this.#setAside = options.setAside ?? new Set();
    this.#takenIds = new Set(options.takenIds ?? []);
    for (const item of items) if (typeof item.id === 'string') this.#takenIds.add(item.id);
  }

  /** The current result list (frozen). */
  get items(): readonly LSResult[] {
    return this.#history.state;
  }
  get revision(): number {
    return this.#revision;
  }
  get canUndo(): boolean {
    return this.#history.canUndo;
  }
  get canRedo(): boolean {
    return this.#history.canRedo;
  }
  get selection(): readonly string[] {
    return this.#selection;
  }

  /** Lookups over the current items, built once per state. */
  get index(): ResultIndex {
    const items = this.items;
    if (this.#index?.items !== items)
      this.#index = new ResultIndex(items, (item) => !this.#setAside.has(item));
    return this.#index;
  }

  isSetAside(item: LSResult): boolean {
    return this.#setAside.has(item);
  }

  /** Ids in use anywhere in the task or handed out in this session. */
  get takenIds(): ReadonlySet<string> {
    return this.#takenIds;
  }

  /** Marks an id as used (call with every id you create). */
  reserveId(id: string): void {
    this.#takenIds.add(id);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  subscribeSelection(listener: SelectionListener): () => void {
    this.#selectionListeners.add(listener);
    return () => this.#selectionListeners.delete(listener);
  }

  /** Applies one committed edit. Items added or replacing others are deep-frozen. A no-op edit
   *  (nothing changes) commits nothing. */
  apply(ops: readonly ItemOp[], options: ApplyOptions = {}): void {
    if (ops.length === 0) return;
    const next = applyOps(this.items, ops);
    if (next === this.items) return;
    for (const op of ops) {
      const added = op.op === 'add' ? op.item : op.op === 'replace' ? op.to : undefined;
      if (added && typeof added.id === 'string') this.#takenIds.add(added.id);
    }
    this.#history.push(next, options.mergeKey);
    this.#emit(options.source ?? 'user', options.changes ?? describe(ops));
    this.#pruneSelection();
  }

  /** Ends the current typing burst so the next edit starts a new undo step. */
  sealBurst(): void {
    this.#history.seal();
  }

  undo(): boolean {
    const before = this.items;
    if (this.#history.undo() === undefined) return false;
    this.#emit('undo', diff(before, this.items));
    this.#pruneSelection();
    return true;
  }

  redo(): boolean {
    const before = this.items;
    if (this.#history.redo() === undefined) return false;
    this.#emit('redo', diff(before, this.items));
    this.#pruneSelection();
    return true;
  }

  select(ids: readonly string[]): void {
    const next = Object.freeze([...new Set(ids)]);
    if (next.length === this.#selection.length && next.every((id, i) => id === this.#selection[i])) return;
    this.#selection = next;
    for (const listener of [...this.#selectionListeners]) listener(next);
  }

  #emit(source: CommitSource, changes: readonly StoreChange[]): void {
    this.#revision += 1;
    const commit: StoreCommit = Object.freeze({
      items: this.items,
      revision: this.#revision,
      changes: Object.freeze(changes.map((c) => Object.freeze({ ...c }))),
      source,
    });
    for (const listener of [...this.#listeners]) listener(commit);
  }

  /** A region that no longer exists cannot stay selected. */
  #pruneSelection(): void {
    const index = this.index;
    const kept = this.#selection.filter((id) => index.itemsOf(id).length > 0);
    if (kept.length !== this.#selection.length) this.select(kept);
  }
}

function applyOps(items: readonly LSResult[], ops: readonly ItemOp[]): readonly LSResult[] {
  const next = [...items];
  let changed = false;
  for (const op of ops) {
    if (op.op === 'add') {
      const at = op.after ? next.indexOf(op.after) : -1;
      if (at >= 0) next.splice(at + 1, 0, deepFreeze(op.item));
      else next.push(deepFreeze(op.item));
      changed = true;
    } else if (op.op === 'replace') {
      const at = next.indexOf(op.from);
      if (at < 0)
        throw new Error(
          `Cannot replace a result item that is not in the annotation (id ${op.from.id ?? '-'})`,
        );
      if (op.from !== op.to) {
        next[at] = deepFreeze(op.to);
        changed = true;
      }
    } else {
      const at = next.indexOf(op.item);
      if (at < 0)
        throw new Error(
          `Cannot remove a result item that is not in the annotation (id ${op.item.id ?? '-'})`,
        );
      next.splice(at, 1);
      changed = true;
    }
  }
  return changed ? Object.freeze(next) : items;
}

function changeId(item: LSResult): string {
  return item.type === 'relation' ? `${String(item.from_id)}>${String(item.to_id)}` : String(item.id ?? '');
}

function describe(ops: readonly ItemOp[]): StoreChange[] {
  const changes = new Map<string, StoreChange>();
  for (const op of ops) {
    const item = op.op === 'replace' ? op.to : op.item;
    const kind = op.op === 'replace' ? 'update' : op.op;
    const id = changeId(item);
    const prior = changes.get(id);
    // add + remove of parts of one region within an edit is an update of that region
    const merged = prior && prior.kind !== kind ? 'update' : kind;
    changes.set(id, { kind: merged, id, ...(item.from_name ? { control: item.from_name } : {}) });
  }
  return [...changes.values()];
}

/** Changes between two states (for undo/redo): by region id, comparing item identity. */
function diff(before: readonly LSResult[], after: readonly LSResult[]): StoreChange[] {
  const group = (items: readonly LSResult[]) => {
    const map = new Map<string, LSResult[]>();
    for (const item of items) {
      const id = changeId(item);
      const list = map.get(id);
      if (list) list.push(item);
      else map.set(id, [item]);
    }
    return map;
  };
  const a = group(before);
  const b = group(after);
  const changes: StoreChange[] = [];
  for (const [id, items] of b) {
    const old = a.get(id);
    if (!old) changes.push({ kind: 'add', id });
    else if (old.length !== items.length || old.some((item, i) => item !== items[i]))
      changes.push({ kind: 'update', id });
  }
  for (const id of a.keys()) if (!b.has(id)) changes.push({ kind: 'remove', id });
  return changes;
}

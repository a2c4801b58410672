import type { LSResult } from '../format/types.js';
import {
  classificationItem,
  geometryOf,
  type AudioMedia,
  type ClassificationWrite,
  type ImageMedia,
} from '../format/index.js';
import type { AnnotationStore, ItemOp } from './store.js';
import type { ClassificationScope } from './result-index.js';

/**
 * Edits the elements ask of the store, expressed as item operations. Each function is one committed,
 * undoable change (or a no-op when nothing would change).
 */

/** What a classification control needs to write its result. */
export interface ClassificationTarget {
  /** Control name (`from_name`). */
  readonly name: string;
  /** Object name (`to_name`); Pairwise writes its own name here. */
  readonly toName: string;
  /** Result `type`, e.g. `choices`. */
  readonly type: string;
  /** Key inside `value`, e.g. `choices`, `text`, `rating`. */
  readonly valueKey: string;
}

export interface EditOptions {
  /** Makes a fresh region id that collides with nothing in the task. */
  readonly createId: (taken: ReadonlySet<string>) => string;
  readonly mergeKey?: string;
  readonly source?: 'user' | 'host';
}

/** The region's geometry, media size and item index, which a per-region result repeats (§5.3). */
function regionEnvelope(
  store: AnnotationStore,
  regionId: string,
): Pick<ClassificationWrite, 'geometry' | 'media' | 'itemIndex'> {
  const primary = store.index.itemsOf(regionId)[0];
  if (!primary) return {};
  const media: ImageMedia | AudioMedia | undefined =
    typeof primary.original_width === 'number' && typeof primary.original_height === 'number'
      ? {
          original_width: primary.original_width,
          original_height: primary.original_height,
          image_rotation: primary.image_rotation ?? 0,
        }
      : typeof primary.original_length === 'number'
        ? { original_length: primary.original_length }
        : undefined;
  return {
    geometry: geometryOf(primary.type, primary.value ?? {}),
    ...(media ? { media } : {}),
    ...(primary.item_index !== undefined ? { itemIndex: primary.item_index } : {}),
  };
}

/**
 * Sets (or, with `payload === undefined`, clears) a classification control's result. An existing item
 * keeps its id, key order and every other field; only `value[valueKey]` changes.
 */
export function setClassification(
  store: AnnotationStore,
  target: ClassificationTarget,
  payload: unknown,
  scope: ClassificationScope,
  options: EditOptions,
): void {
  const existing = store.index.classification(target.name, target.toName, scope);
  const ops: ItemOp[] = [];
  if (payload === undefined) {
    if (existing) ops.push({ op: 'remove', item: existing });
  } else if (existing) {
    if (sameJson(existing.value?.[target.valueKey], payload)) return;
    ops.push({
      op: 'replace',
      from: existing,
      to: { ...existing, value: { ...existing.value, [target.valueKey]: payload } },
    });
  } else {
    const region = scope.regionId !== undefined ? regionEnvelope(store, scope.regionId) : {};
    const item = classificationItem({
      id: scope.regionId ?? options.createId(store.takenIds),
      toName: target.toName,
      fromName: target.name,
      type: target.type,
      payload,
      ...(scope.itemIndex !== undefined ? { itemIndex: scope.itemIndex } : {}),
      ...region,
    });
    ops.push({ op: 'add', item });
  }
  store.apply(ops, { mergeKey: options.mergeKey, source: options.source });
}

/** Removes a region: every item sharing its id and every relation touching it. */
export function removeRegion(store: AnnotationStore, regionId: string): void {
  const index = store.index;
  const ops: ItemOp[] = index.itemsOf(regionId).map((item) => ({ op: 'remove', item }));
  for (const relation of index.relations) {
    if (relation.from_id === regionId || relation.to_id === regionId)
      ops.push({ op: 'remove', item: relation });
  }
  store.apply(ops);
}

/**
 * Adds result items from the host (a model's suggestions) as one undoable change. Items without an id
 * get a fresh one; an item whose id is already taken by another region gets a fresh one too, and items
 * sharing an id in the input stay together.
 */
export function addResults(
  store: AnnotationStore,
  items: readonly LSResult[],
  options: EditOptions,
): string[] {
  const renamed = new Map<string, string>();
  const taken = new Set(store.takenIds);
  const ops: ItemOp[] = [];
  const ids: string[] = [];
  for (const source of items) {
    const item = structuredClone(source) as LSResult;
    if (item.type !== 'relation') {
      const original = typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
      let id = original !== undefined ? renamed.get(original) : undefined;
      if (id === undefined) {
        id = original !== undefined && !taken.has(original) ? original : options.createId(taken);
        if (original !== undefined) renamed.set(original, id);
        taken.add(id);
        ids.push(id);
      }
      item.id = id;
    }
    ops.push({ op: 'add', item });
  }
  for (const op of ops) {
    if (op.op !== 'add' || op.item.type !== 'relation') continue;
    const item = op.item;
    if (typeof item.from_id === 'string') item.from_id = renamed.get(item.from_id) ?? item.from_id;
    if (typeof item.to_id === 'string') item.to_id = renamed.get(item.to_id) ?? item.to_id;
  }
  store.apply(ops, { source: options.source ?? 'host' });
  return ids;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

import type { LSResult } from '../format/types.js';
import { carriesLabels, payloadKey, writeRegionItems, type RegionWrite } from '../format/index.js';
import type { AnnotationStore, ItemOp } from './store.js';

/**
 * Region edits shared by every medium (image shapes, text spans, audio segments): create a region in
 * the form Label Studio writes, move/reshape it (every item of the region repeats the geometry, §5.3,
 * so all of them change together), relabel it. Each call is one committed, undoable change.
 */
export interface RegionEditOptions {
  readonly mergeKey?: string;
  readonly source?: 'user' | 'host';
}

/** Adds a new region; returns its id (fresh, colliding with nothing in the task). */
export function createRegion(
  store: AnnotationStore,
  region: Omit<RegionWrite, 'id'>,
  createId: (taken: ReadonlySet<string>) => string,
  options: RegionEditOptions = {},
): string {
  const id = createId(store.takenIds);
  const items = writeRegionItems({ ...region, id });
  store.apply(
    items.map((item) => ({ op: 'add', item })),
    { ...options, changes: [{ kind: 'add', id, control: region.tool.name }] },
  );
  return id;
}

/**
 * Sets geometry keys of a region in every one of its items, keeping each item's own payload and key
 * order. Editing a region copied from a prediction turns its `origin` into `prediction-changed`
 * (ls-spec §4.2). Drags pass a `mergeKey` so a gesture is one undo step.
 */
export function updateRegionGeometry(
  store: AnnotationStore,
  id: string,
  geometry: Readonly<Record<string, unknown>>,
  options: RegionEditOptions = {},
): void {
  const ops: ItemOp[] = [];
  for (const item of store.index.itemsOf(id)) {
    const value = { ...(item.value ?? {}) };
    let changed = false;
    for (const [key, next] of Object.entries(geometry)) {
      if (key === payloadKey(item.type)) continue;
      if (JSON.stringify(value[key]) !== JSON.stringify(next)) changed = true;
      value[key] = next;
    }
    if (!changed) continue;
    ops.push({ op: 'replace', from: item, to: withEditedOrigin({ ...item, value }) });
  }
  store.apply(ops, { ...options, changes: [{ kind: 'update', id }] });
}

/**
 * Sets the labels one labelling control gives a region. For a merged `*labels` item of that control
 * its list is replaced; in the split form (bare tool + `Labels`) the control's `labels` item is
 * replaced, added (repeating the geometry) or removed when the list empties (unless `allowEmpty`).
 */
export function setRegionLabels(
  store: AnnotationStore,
  id: string,
  control: { readonly name: string; readonly type: string; readonly allowEmpty?: boolean },
  values: readonly string[],
  options: RegionEditOptions = {},
): void {
  const items = store.index.itemsOf(id);
  const own = items.find((item) => item.from_name === control.name && carriesLabels(item.type));
  const key = payloadKey(own?.type ?? control.type) ?? 'labels';
  const ops: ItemOp[] = [];
  if (own) {
    const keepEmpty = control.allowEmpty === true || own.type !== 'labels' || items.length === 1;
    if (values.length === 0 && !keepEmpty) ops.push({ op: 'remove', item: own });
    else
      ops.push({
        op: 'replace',
        from: own,
        to: withEditedOrigin({ ...own, value: { ...own.value, [key]: [...values] } }),
      });
  } else if (values.length > 0 || control.allowEmpty) {
    const primary = items[0];
    if (!primary) return;
    const geometry = Object.fromEntries(
      Object.entries(primary.value ?? {}).filter(([k]) => k !== payloadKey(primary.type)),
    );
    const added: LSResult = {
      ...primary,
      value: { ...geometry, labels: [...values] },
      from_name: control.name,
      type: 'labels',
    };
    ops.push({ op: 'add', item: withEditedOrigin(added), after: items[items.length - 1] });
  }
  store.apply(ops, { ...options, changes: [{ kind: 'update', id, control: control.name }] });
}

function withEditedOrigin(item: LSResult): LSResult {
  return item.origin === 'prediction' ? { ...item, origin: 'prediction-changed' } : item;
}

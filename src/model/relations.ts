import type { LSResult } from '../format/types.js';
import type { AnnotationStore } from './store.js';

/**
 * Relations between regions (ls-spec §6.20), as Label Studio's `RelationStore` keeps them: one
 * `relation` item per linked pair, `{from_id, to_id, type, direction}` plus `labels` whenever the
 * config has a `<Relations>` tag (its chosen `<Relation>` values, possibly none). A pair is linked at
 * most once in one direction of reading; a relation goes when either region goes (`removeRegion`).
 * Each function is one undoable commit.
 */
export type RelationDirection = 'right' | 'left' | 'bi';

/** Label Studio's `rotateDirection` order. */
const ROTATION: readonly RelationDirection[] = ['left', 'right', 'bi'];

export function relationBetween(store: AnnotationStore, fromId: string, toId: string): LSResult | undefined {
  return store.index.relations.find((r) => r.from_id === fromId && r.to_id === toId);
}

/**
 * Links `fromId` to `toId`. Returns false (and changes nothing) when either region does not exist,
 * they are the same region, or they are already linked that way.
 */
export function addRelation(
  store: AnnotationStore,
  fromId: string,
  toId: string,
  options: { readonly withLabels: boolean },
): boolean {
  const index = store.index;
  if (fromId === toId || index.itemsOf(fromId).length === 0 || index.itemsOf(toId).length === 0) return false;
  if (relationBetween(store, fromId, toId)) return false;
  const item: LSResult = {
    from_id: fromId,
    to_id: toId,
    type: 'relation',
    direction: 'right',
    ...(options.withLabels ? { labels: [] } : {}),
  };
  store.apply([{ op: 'add', item }], { changes: [{ kind: 'add', id: `${fromId}>${toId}` }] });
  return true;
}

/** right → bi → left → right, as Label Studio's direction button turns. */
export function rotateRelationDirection(store: AnnotationStore, relation: LSResult): void {
  const current = ROTATION.indexOf(relation.direction as RelationDirection);
  const next = ROTATION[(current + 1) % ROTATION.length]!;
  store.apply([{ op: 'replace', from: relation, to: { ...relation, direction: next } }]);
}

export function setRelationLabels(
  store: AnnotationStore,
  relation: LSResult,
  labels: readonly string[],
): void {
  if (JSON.stringify(relation.labels ?? []) === JSON.stringify(labels) && relation.labels !== undefined)
    return;
  store.apply([{ op: 'replace', from: relation, to: { ...relation, labels: [...labels] } }]);
}

export function removeRelation(store: AnnotationStore, relation: LSResult): void {
  store.apply([{ op: 'remove', item: relation }]);
}

import type { LSResult } from '../format/types.js';
import { carriesLabels, payloadKey } from '../format/result-types.js';

/**
 * Lookups over one immutable list of result items, built once per list (the store memoises it per
 * state). Items of one region share an `id` (ls-spec §5.3); classifications are found by control
 * name, and, for per-region ones, by region id too.
 */
export class ResultIndex {
  readonly #byId = new Map<string, LSResult[]>();
  readonly #byControl = new Map<string, LSResult[]>();
  readonly relations: readonly LSResult[];

  constructor(
    readonly items: readonly LSResult[],
    isUsable: (item: LSResult) => boolean,
  ) {
    const relations: LSResult[] = [];
    for (const item of items) {
      if (!isUsable(item)) continue;
      if (item.type === 'relation') {
        relations.push(item);
        continue;
      }
      if (typeof item.id === 'string') push(this.#byId, item.id, item);
      if (typeof item.from_name === 'string') push(this.#byControl, item.from_name, item);
    }
    this.relations = relations;
  }

  /** Every usable item of a region, in list order. */
  itemsOf(id: string): readonly LSResult[] {
    return this.#byId.get(id) ?? [];
  }

  /** Every usable item written by a control, in list order. */
  itemsFrom(control: string): readonly LSResult[] {
    return this.#byControl.get(control) ?? [];
  }

  ids(): IterableIterator<string> {
    return this.#byId.keys();
  }

  /**
   * The item a classification control wrote. Whole-object classifications are the control's item
   * on `toName` that belongs to no other region; per-region ones share the region's id.
   */
  classification(control: string, toName: string, scope: ClassificationScope = {}): LSResult | undefined {
    for (const item of this.itemsFrom(control)) {
      if (item.to_name !== toName) continue;
      if (scope.regionId !== undefined) {
        if (item.id === scope.regionId) return item;
        continue;
      }
      if (scope.itemIndex !== undefined && item.item_index !== scope.itemIndex) continue;
      if (scope.itemIndex === undefined && item.item_index !== undefined) continue;
      if (typeof item.id === 'string' && this.isRegion(item.id, control)) continue;
      return item;
    }
    return undefined;
  }

  /** True when items other than `control`'s share this id: the id names a region, not a classification. */
  isRegion(id: string, control?: string): boolean {
    return this.itemsOf(id).some((item) => item.from_name !== control);
  }

  /** Labels carried by a region, across every labelling control, without duplicates. */
  labelsOf(id: string): string[] {
    const labels = new Set<string>();
    for (const item of this.itemsOf(id)) {
      const key = carriesLabels(item.type) ? payloadKey(item.type) : undefined;
      const list = key === undefined ? undefined : item.value?.[key];
      if (Array.isArray(list)) for (const label of list) if (typeof label === 'string') labels.add(label);
    }
    return [...labels];
  }
}

export interface ClassificationScope {
  readonly regionId?: string;
  readonly itemIndex?: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

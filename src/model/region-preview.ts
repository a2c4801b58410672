import type { LSResult } from '../format/types.js';
import { payloadKey } from '../format/index.js';

/**
 * A region's items as they would read with new geometry, without committing anything: what
 * `label-region-input` reports while a drag runs. Same rule as `updateRegionGeometry` (every item
 * repeats the geometry, ls-spec §5.3; each keeps its own payload key and key order).
 */
export function itemsWithGeometry(
  items: readonly LSResult[],
  geometry: Readonly<Record<string, unknown>>,
): LSResult[] {
  return items.map((item) => {
    const value: Record<string, unknown> = { ...(item.value ?? {}) };
    const own = payloadKey(item.type);
    for (const [key, next] of Object.entries(geometry)) if (key !== own) value[key] = next;
    return { ...item, value };
  });
}

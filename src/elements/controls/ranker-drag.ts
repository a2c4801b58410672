import type { Placement } from '../../model/controls/ranker.js';

/**
 * Pointer drag of a Ranker item: where, given the pointer, the item would land. Columns are the
 * elements with `data-column`; their items are the elements with `data-item`. The column under the
 * pointer (or the nearest one horizontally) is the target, and the position is the number of its
 * other items whose middle is above the pointer.
 */

/** Pixels the pointer must travel before a press becomes a drag (a shorter press is a click). */
export const DRAG_THRESHOLD = 4;

export interface PointerDrag {
  readonly itemId: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly started: boolean;
  readonly target: Placement | undefined;
}

export function dropPlacement(root: ParentNode, itemId: string, x: number, y: number): Placement | undefined {
  const columns = [...root.querySelectorAll<HTMLElement>('[data-column]')];
  let best: { column: HTMLElement; distance: number } | undefined;
  for (const column of columns) {
    const rect = column.getBoundingClientRect();
    const distance = x < rect.left ? rect.left - x : x > rect.right ? x - rect.right : 0;
    const vertical = y < rect.top ? rect.top - y : y > rect.bottom ? y - rect.bottom : 0;
    const score = distance + vertical;
    if (!best || score < best.distance) best = { column, distance: score };
  }
  if (!best) return undefined;
  const others = [...best.column.querySelectorAll<HTMLElement>('[data-item]')].filter(
    (el) => el.dataset.item !== itemId,
  );
  const index = others.filter((el) => {
    const rect = el.getBoundingClientRect();
    return rect.top + rect.height / 2 < y;
  }).length;
  return { column: best.column.dataset.column ?? '', index };
}

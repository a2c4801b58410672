/**
 * Spatial index of the regions on one image, for picking and culling: the stage never asks Pixi to
 * hit-test thousands of shapes (design.md "Scale"). An R-tree (`rbush`, the maintained library the
 * design names) answers "which shapes touch this rectangle" in O(log n); the exact test against the
 * rotated box or the polygon runs only on those few candidates.
 */
import RBush from 'rbush';
import type { Bounds, PixelRect, Point } from './geometry.js';
import { shapeArea, shapeBounds, shapeContains, type Shape } from './shapes.js';

interface Entry extends Bounds {
  readonly id: string;
  readonly shape: Shape;
  /** Drawing order: a higher one is drawn later (on top). */
  readonly order: number;
}

export class RegionIndex {
  readonly #tree = new RBush<Entry>();
  readonly #entries = new Map<string, Entry>();

  get size(): number {
    return this.#entries.size;
  }

  set(id: string, shape: Shape, order: number): void {
    this.delete(id);
    const entry: Entry = { ...shapeBounds(shape), id, shape, order };
    this.#entries.set(id, entry);
    this.#tree.insert(entry);
  }

  /** Replaces everything at once (bulk loading builds a better tree than one insert at a time). */
  load(regions: Iterable<{ readonly id: string; readonly shape: Shape; readonly order: number }>): void {
    this.clear();
    const entries: Entry[] = [];
    for (const { id, shape, order } of regions) {
      const entry: Entry = { ...shapeBounds(shape), id, shape, order };
      this.#entries.set(id, entry);
      entries.push(entry);
    }
    this.#tree.load(entries);
  }

  delete(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#tree.remove(entry);
    this.#entries.delete(id);
  }

  clear(): void {
    this.#tree.clear();
    this.#entries.clear();
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  shapeOf(id: string): Shape | undefined {
    return this.#entries.get(id)?.shape;
  }

  /** The region's box, when it is a rectangle. */
  rectOf(id: string): PixelRect | undefined {
    const shape = this.#entries.get(id)?.shape;
    return shape?.kind === 'rectangle' ? shape.rect : undefined;
  }

  orderOf(id: string): number | undefined {
    return this.#entries.get(id)?.order;
  }

  /** Ids of regions whose bounds touch `bounds`, in drawing order. */
  search(bounds: Bounds): string[] {
    return this.#tree
      .search(bounds)
      .sort((a, b) => a.order - b.order)
      .map((e) => e.id);
  }

  /**
   * The region under a point (image pixels): the smallest one containing it, so a box inside another
   * can always be picked; among equal areas the one drawn on top. `tolerance` (image pixels) lets a
   * click land on a thin shape's edge.
   */
  pick(p: Point, tolerance = 0): string | undefined {
    const candidates = this.#tree.search({
      minX: p.x - tolerance,
      minY: p.y - tolerance,
      maxX: p.x + tolerance,
      maxY: p.y + tolerance,
    });
    let best: Entry | undefined;
    let bestArea = Infinity;
    for (const entry of candidates) {
      if (!shapeContains(entry.shape, p, tolerance)) continue;
      const a = shapeArea(entry.shape);
      if (!best || a < bestArea || (a === bestArea && entry.order > best.order)) {
        best = entry;
        bestArea = a;
      }
    }
    return best?.id;
  }
}

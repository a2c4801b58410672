/**
 * Reads the regions one `<Image>` draws out of the annotation store, and keeps reading them cheaply:
 * after a commit only the regions whose items changed (compared by identity: the store's items are
 * frozen and replaced, never mutated) are read again. Pure: no Pixi, no DOM.
 */
import type { ConfigNode, ParsedConfig } from '../../config/types.js';
import type { LSResult } from '../../format/types.js';
import { readRegions, type Region } from '../../format/index.js';
import type { ResultIndex } from '../../model/result-index.js';
import { optionResultValue, optionValue } from '../../model/options.js';
import type { RegionChanges, RegionShape, RegionStyle } from './types.js';
import type { PercentRect } from './geometry.js';

const DEFAULT_COLOUR = '#f48a42';

export class ImageRegionReader {
  /** Items each drawn region was read from, to tell what changed. */
  readonly #seen = new Map<string, readonly LSResult[]>();
  /** Drawing order of each region: kept across edits, so an edited box stays at its depth. */
  readonly #orders = new Map<string, number>();
  readonly #styles = new Map<string, RegionStyle>();
  #nextOrder = 0;

  constructor(
    readonly config: ParsedConfig,
    /** The Image's `name` (results' `to_name`). */
    readonly objectName: string,
  ) {}

  /** Every region of this image, in result order. */
  readAll(index: ResultIndex): RegionShape[] {
    this.#seen.clear();
    this.#orders.clear();
    this.#styles.clear();
    this.#nextOrder = 0;
    const shapes: RegionShape[] = [];
    for (const id of index.ids()) {
      const shape = this.#read(id, index.itemsOf(id));
      if (shape) shapes.push(shape);
    }
    return shapes;
  }

  /** What changed for these region ids since the last read. */
  readChanged(index: ResultIndex, ids: Iterable<string>): RegionChanges {
    const upsert: RegionShape[] = [];
    const remove: string[] = [];
    for (const id of ids) {
      const items = index.itemsOf(id);
      const before = this.#seen.get(id);
      if (before && sameItems(before, items)) continue;
      const shape = this.#read(id, items, before === undefined ? undefined : this.#orders.get(id));
      if (shape) upsert.push(shape);
      else if (before) remove.push(id);
    }
    return { upsert, remove };
  }

  /** Ids of the drawn regions, in drawing order. */
  ids(): string[] {
    return [...this.#orders.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  styleOf(id: string): RegionStyle | undefined {
    return this.#styles.get(id);
  }

  #read(id: string, items: readonly LSResult[], order?: number): RegionShape | undefined {
    this.#seen.delete(id);
    this.#orders.delete(id);
    this.#styles.delete(id);
    if (items.length === 0) return undefined;
    const region = readRegions(items).regions[0];
    if (!region || region.toName !== this.objectName || region.itemIndex !== undefined) return undefined;
    const rect = region.kind === 'rectangle' ? percentRect(region.geometry) : undefined;
    const points = region.kind === 'polygon' ? percentPoints(region.geometry.points) : undefined;
    if (!rect && !points) return undefined;
    const drawOrder = order ?? this.#nextOrder++;
    this.#seen.set(id, items);
    this.#orders.set(id, drawOrder);
    const style = regionStyle(this.config, region);
    this.#styles.set(id, style);
    const base = { id, order: drawOrder, style };
    // `closed` is absent in older polygons: they are closed (ls-spec §6.2)
    return rect
      ? { ...base, kind: 'rectangle', rect }
      : { ...base, kind: 'polygon', points: points!, closed: region.geometry.closed !== false };
  }
}

function sameItems(a: readonly LSResult[], b: readonly LSResult[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function percentRect(geometry: Readonly<Record<string, unknown>>): PercentRect | undefined {
  const { x, y, width, height } = geometry;
  const rotation = geometry.rotation ?? 0;
  const numbers = [x, y, width, height, rotation];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  return { x, y, width, height, rotation } as PercentRect;
}

function percentPoints(value: unknown): [number, number][] | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const points: [number, number][] = [];
  for (const p of value) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
      return undefined;
    points.push([p[0] as number, p[1] as number]);
  }
  return points;
}

/**
 * How Label Studio colours a region: its first label's `background`, else the tool's own colours;
 * fill alpha from the tool's `fillOpacity`, else its `opacity` (0.2 by default); stroke width from
 * `strokeWidth`.
 */
export function regionStyle(config: ParsedConfig, region: Pick<Region, 'tool' | 'labels'>): RegionStyle {
  const tool = config.byName.get(region.tool.fromName);
  const labelColour = firstLabelColour(config, region);
  const toolStroke = colourAttr(tool, 'strokeColor');
  const toolFill = colourAttr(tool, 'fillColor');
  const stroke = labelColour ?? toolStroke ?? DEFAULT_COLOUR;
  return {
    stroke,
    fill: labelColour ?? toolFill ?? stroke,
    fillAlpha: numberAttr(tool, 'fillOpacity') ?? numberAttr(tool, 'opacity') ?? 0.2,
    strokeWidth: numberAttr(tool, 'strokeWidth') ?? 1,
  };
}

/** The style a new box drawn with this tool and these labels will have. */
export function toolStyle(
  config: ParsedConfig,
  toolName: string,
  labels: readonly { fromName: string; values: readonly string[] }[],
): RegionStyle {
  return regionStyle(config, {
    tool: { fromName: toolName, type: '' },
    labels: labels.map((l) => ({ fromName: l.fromName, type: 'labels', values: l.values })),
  });
}

/** The `Label` node of a labelling control that a result value names (its value, or its alias). */
export function labelNode(control: ConfigNode | undefined, value: string): ConfigNode | undefined {
  if (!control) return undefined;
  let found: ConfigNode | undefined;
  const walk = (nodes: readonly ConfigNode[]): void => {
    for (const node of nodes) {
      if (found) return;
      if (node.tag === 'Label' && (optionResultValue(node) === value || optionValue(node) === value))
        found = node;
      else walk(node.children);
    }
  };
  walk(control.children);
  return found;
}

function firstLabelColour(config: ParsedConfig, region: Pick<Region, 'labels'>): string | undefined {
  for (const pick of region.labels) {
    const value = pick.values[0];
    if (value === undefined) continue;
    const colour = colourAttr(labelNode(config.byName.get(pick.fromName), value), 'background');
    if (colour) return colour;
  }
  return undefined;
}

function colourAttr(node: ConfigNode | undefined, name: string): string | undefined {
  const v = node?.attrs[name];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function numberAttr(node: ConfigNode | undefined, name: string): number | undefined {
  const v = node?.attrs[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

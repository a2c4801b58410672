/**
 * Reads a result list as regions. Every item of a region shares the region's id and repeats its
 * geometry (ls-spec §5.3), and image labels come in two forms that mean the same (§5.4): merged
 * (`rectanglelabels`: geometry and labels in one item) and split (`rectangle` + `labels` items
 * sharing an id). Both read as one region with its geometry and the labels of every control.
 */
import { isJsonObject } from './json.js';
import { carriesLabels, geometryOf, payloadKey } from './result-types.js';
import type { LSResult } from './types.js';

export type RegionKind =
  | 'rectangle'
  | 'polygon'
  | 'ellipse'
  | 'keypoint'
  | 'brush'
  | 'bitmask'
  | 'vector'
  /** a span of a Text (code-point offsets) */
  | 'span'
  | 'hypertext'
  | 'paragraph'
  | 'audio'
  | 'timeseries'
  | 'video'
  | 'timeline'
  /** no geometry: a whole-object classification (Choices, TextArea, Rating, …) */
  | 'classification'
  | 'other';

/** The labels one control gave a region. */
export interface RegionLabels {
  readonly fromName: string;
  readonly type: string;
  readonly values: readonly string[];
}

export interface Region {
  /** `undefined` for the rare item without an id (legacy Ranker results): a region of its own. */
  readonly id: string | undefined;
  readonly toName: string;
  /** Which image of an Image `valueList` the region is on. */
  readonly itemIndex?: number;
  readonly kind: RegionKind;
  /** The item that states the region's shape: a bare tool's (`rectangle`) before a labelling
   *  one's (`rectanglelabels`, `labels`) before a per-region classification's. */
  readonly tool: { readonly fromName: string; readonly type: string };
  /** That item's `value` without its payload key: the shape, for drawing and for writing back. */
  readonly geometry: Readonly<Record<string, unknown>>;
  readonly labels: readonly RegionLabels[];
  /** Indexes of the region's items in the list, in order. */
  readonly items: readonly number[];
}

export interface Relation {
  readonly fromId: string;
  readonly toId: string;
  /** `right` (from → to) when the item does not say. */
  readonly direction: string;
  readonly labels: readonly string[];
  /** Index of the relation item in the list. */
  readonly item: number;
}

export interface ReadRegionsOptions {
  /** The import verdicts (`ImportedResultSet.usable`): items marked `false` are skipped. */
  readonly usable?: readonly boolean[];
  /** The tag of an object by name (`Audio`, `Text`, `HyperText`, …), from the config. A text span
   *  and an audio segment both read `{start, end}`; the object they sit on tells them apart. */
  readonly objectTag?: (toName: string) => string | undefined;
}

const KIND_BY_TYPE: ReadonlyMap<string, RegionKind> = new Map([
  ['rectangle', 'rectangle'],
  ['rectanglelabels', 'rectangle'],
  ['polygon', 'polygon'],
  ['polygonlabels', 'polygon'],
  ['ellipse', 'ellipse'],
  ['ellipselabels', 'ellipse'],
  ['keypoint', 'keypoint'],
  ['keypointlabels', 'keypoint'],
  ['brush', 'brush'],
  ['brushlabels', 'brush'],
  ['magicwand', 'brush'],
  ['bitmask', 'bitmask'],
  ['bitmasklabels', 'bitmask'],
  ['vector', 'vector'],
  ['vectorlabels', 'vector'],
  ['hypertextlabels', 'hypertext'],
  ['htmllabels', 'hypertext'],
  ['paragraphlabels', 'paragraph'],
  ['timeserieslabels', 'timeseries'],
  ['videorectangle', 'video'],
  ['videovector', 'video'],
  ['videovectorlabels', 'video'],
  ['timelinelabels', 'timeline'],
]);

const KIND_BY_OBJECT_TAG: ReadonlyMap<string, RegionKind> = new Map([
  ['Text', 'span'],
  ['HyperText', 'hypertext'],
  ['Paragraphs', 'paragraph'],
  ['Audio', 'audio'],
  ['AudioPlus', 'audio'],
  ['TimeSeries', 'timeseries'],
  ['Video', 'video'],
]);

/** Groups items by region id (first appearance order) and reads relations. Items that are not
 *  objects with a string `type` are skipped, like those marked unusable. */
export function readRegions(
  items: readonly LSResult[],
  options: ReadRegionsOptions = {},
): { regions: Region[]; relations: Relation[] } {
  const groups: number[][] = [];
  const groupById = new Map<string, number[]>();
  const relations: Relation[] = [];
  items.forEach((item, i) => {
    if (options.usable?.[i] === false || !isJsonObject(item) || typeof item.type !== 'string') return;
    if (item.type === 'relation') {
      relations.push(readRelation(item, i));
      return;
    }
    const existing = typeof item.id === 'string' ? groupById.get(item.id) : undefined;
    if (existing) {
      existing.push(i);
      return;
    }
    const group = [i];
    groups.push(group);
    if (typeof item.id === 'string') groupById.set(item.id, group);
  });
  return { regions: groups.map((group) => readRegion(items, group, options.objectTag)), relations };
}

function readRelation(item: LSResult, index: number): Relation {
  return Object.freeze({
    fromId: String(item.from_id),
    toId: String(item.to_id),
    direction: typeof item.direction === 'string' ? item.direction : 'right',
    labels: Object.freeze(Array.isArray(item.labels) ? item.labels.filter((l) => typeof l === 'string') : []),
    item: index,
  });
}

function readRegion(
  items: readonly LSResult[],
  group: number[],
  objectTag: ReadRegionsOptions['objectTag'],
): Region {
  const members = group.map((i) => items[i]);
  const tool = members.reduce((best, item) => (toolRank(item.type) < toolRank(best.type) ? item : best));
  const geometry = Object.freeze(geometryOf(tool.type, tool.value ?? {}));
  const toName = String(tool.to_name);
  const labels = members.filter((item) => carriesLabels(item.type)).map(labelsOf);
  return Object.freeze({
    id: tool.id,
    toName,
    ...(typeof tool.item_index === 'number' ? { itemIndex: tool.item_index } : {}),
    kind: kindOf(tool, geometry, objectTag?.(toName)),
    tool: Object.freeze({ fromName: String(tool.from_name), type: tool.type }),
    geometry,
    labels: Object.freeze(labels),
    items: Object.freeze(group),
  });
}

function labelsOf(item: LSResult): RegionLabels {
  const key = payloadKey(item.type);
  const values = key === undefined ? undefined : item.value?.[key];
  return Object.freeze({
    fromName: String(item.from_name),
    type: item.type,
    values: Object.freeze(Array.isArray(values) ? values.filter((v) => typeof v === 'string') : []),
  });
}

/** Bare tools state the shape; labelling items repeat it; classifications come last. */
function toolRank(type: string): number {
  if (KIND_BY_TYPE.has(type) && !carriesLabels(type)) return 0;
  return carriesLabels(type) ? 1 : 2;
}

function kindOf(
  tool: LSResult,
  geometry: Readonly<Record<string, unknown>>,
  objectTag: string | undefined,
): RegionKind {
  const byType = KIND_BY_TYPE.get(tool.type);
  if (byType) return byType;
  if (Object.keys(geometry).length === 0) return 'classification';
  const byObject = objectTag === undefined ? undefined : KIND_BY_OBJECT_TAG.get(objectTag);
  return byObject ?? kindOfShape(geometry, tool.original_length !== undefined);
}

/** The kind a bare `labels` item (or a per-region classification) has, judged by its geometry. */
function kindOfShape(geometry: Readonly<Record<string, unknown>>, hasAudioLength: boolean): RegionKind {
  const has = (key: string) => Object.hasOwn(geometry, key);
  if (has('rle')) return 'brush';
  if (has('imageDataURL')) return 'bitmask';
  if (has('points')) return 'polygon';
  if (has('vertices')) return 'vector';
  if (has('sequence')) return 'video';
  if (has('ranges')) return 'timeline';
  if (has('radiusX')) return 'ellipse';
  if (has('x') && has('y')) return has('height') ? 'rectangle' : 'keypoint';
  if (!has('start') || !has('end')) return 'other';
  if (has('globalOffsets')) return 'hypertext';
  if (has('startOffset')) return /^\d+$/.test(String(geometry.start)) ? 'paragraph' : 'hypertext';
  if (has('channel') || hasAudioLength) return 'audio';
  if (has('instant')) return 'timeseries';
  return 'span';
}

/**
 * Writes result items the way Label Studio's editor writes them (its `Result.serialize`): the
 * object's media fields, `value` (geometry, then the payload key), `meta`, `parentID`, `id`,
 * `from_name`, `to_name`, `type`, `origin`, `score`, `readonly`, in that key order.
 *
 * - A `*Labels` tool (`rectanglelabels`) writes one merged item; a Text/Audio/HyperText `Labels`
 *   control is the tool of its spans and writes one `labels` item.
 * - A bare tool (`rectangle`) with a `Labels` control writes the tool's item plus one `labels` item
 *   per control, sharing the id and each repeating the geometry (split form, ls-spec §5.4).
 * - Video tools take every control's labels into their own `value.labels` (§5.4).
 * - Classifications (`choices`, `textarea`, …) write one item; per-region ones repeat the region's
 *   geometry (§5.3).
 *
 * Items are deep-frozen, and what you pass in (geometry, payloads) becomes part of them rather than
 * being copied: a polygon of 100,000 points is not copied on every drag. Hand over fresh data.
 */
import { deepFreeze } from './json.js';
import { carriesLabels, collectsAllLabels, payloadKey } from './result-types.js';
import type { LSResult, RegionOrigin } from './types.js';

export interface ImageMedia {
  readonly original_width: number;
  readonly original_height: number;
  readonly image_rotation: number;
}
export interface AudioMedia {
  readonly original_length: number;
}

/** What every item of a region (or a classification) says besides its value. */
export interface ItemEnvelope {
  readonly id: string;
  readonly toName: string;
  /** Image items carry the image's natural size and rotation; audio items its duration. */
  readonly media?: ImageMedia | AudioMedia;
  /** Which image of an Image `valueList` (multi-image tasks). */
  readonly itemIndex?: number;
  /** `manual` for regions drawn here; `prediction-changed` once a copied prediction is edited. */
  readonly origin?: RegionOrigin | string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly parentID?: string;
  readonly score?: number;
  readonly readonly?: boolean;
}

/** The labels one control picks for a region. */
export interface LabelPick {
  /** The labelling control's name. */
  readonly fromName: string;
  /** Its result type; `labels` when absent. */
  readonly type?: string;
  readonly values: readonly string[];
  /** Write the item even with no values (`allowEmpty="true"` on the control). */
  readonly allowEmpty?: boolean;
}

export interface RegionWrite extends ItemEnvelope {
  /** The control that draws the region, and the result type of its spec (`rectangle`,
   *  `rectanglelabels`, `labels` for Text spans, `videorectangle`, …). */
  readonly tool: { readonly name: string; readonly type: string };
  /** The shape, keys in the order Label Studio writes them (`x, y, width, height, rotation`). */
  readonly geometry: Readonly<Record<string, unknown>>;
  /** Picks of labelling controls; for a merged tool, its own picks are the entry named like it. */
  readonly labels?: readonly LabelPick[];
}

export interface ClassificationWrite extends ItemEnvelope {
  readonly fromName: string;
  /** `choices`, `textarea`, `rating`, `number`, `datetime`, `taxonomy`, `pairwise`, `ranker`, … */
  readonly type: string;
  /** What goes under the type's value key: `["Positive"]`, `["a line"]`, `4`, `"left"`, … */
  readonly payload: unknown;
  /** The region's geometry, for a per-region classification. */
  readonly geometry?: Readonly<Record<string, unknown>>;
}

/** The items of one region, in the order Label Studio writes them. */
export function writeRegionItems(region: RegionWrite): LSResult[] {
  const { tool, geometry, labels = [] } = region;
  if (!carriesLabels(tool.type)) {
    const labelItems = labels
      .filter((pick) => pick.values.length > 0 || pick.allowEmpty)
      .map((pick) => labelledItem(region, pick.fromName, pick.type ?? 'labels', pick.values));
    return [buildItem(region, tool.name, tool.type, { ...geometry }), ...labelItems];
  }
  const own = collectsAllLabels(tool.type) ? labels : labels.filter((pick) => pick.fromName === tool.name);
  const others = collectsAllLabels(tool.type) ? [] : labels.filter((pick) => pick.fromName !== tool.name);
  const ownValues = [...new Set(own.flatMap((pick) => pick.values))];
  return [
    labelledItem(region, tool.name, tool.type, ownValues),
    ...others
      .filter((pick) => pick.values.length > 0 || pick.allowEmpty)
      .map((pick) => labelledItem(region, pick.fromName, pick.type ?? 'labels', pick.values)),
  ];
}

/** The item of a classification control (whole-object, per-item or per-region). */
export function classificationItem(classification: ClassificationWrite): LSResult {
  const { fromName, type, payload, geometry = {} } = classification;
  return buildItem(classification, fromName, type, withPayload(geometry, payloadKey(type) ?? type, payload));
}

function labelledItem(
  region: RegionWrite,
  fromName: string,
  type: string,
  values: readonly string[],
): LSResult {
  return buildItem(
    region,
    fromName,
    type,
    withPayload(region.geometry, payloadKey(type) ?? 'labels', [...values]),
  );
}

function withPayload(
  geometry: Readonly<Record<string, unknown>>,
  key: string,
  payload: unknown,
): Record<string, unknown> {
  return Object.fromEntries([...Object.entries(geometry).filter(([k]) => k !== key), [key, payload]]);
}

function buildItem(
  envelope: ItemEnvelope,
  fromName: string,
  type: string,
  value: Record<string, unknown>,
): LSResult {
  const { media, itemIndex, meta, parentID, score } = envelope;
  // Image objects write item_index with their media fields, before value; other objects at the end.
  const indexWithMedia = itemIndex !== undefined && media !== undefined && 'original_width' in media;
  const entries: [string, unknown][] = [];
  if (media !== undefined) entries.push(...mediaEntries(media));
  if (indexWithMedia) entries.push(['item_index', itemIndex]);
  entries.push(['value', value]);
  if (meta !== undefined) entries.push(['meta', meta]);
  if (parentID !== undefined) entries.push(['parentID', parentID]);
  entries.push(
    ['id', envelope.id],
    ['from_name', fromName],
    ['to_name', envelope.toName],
    ['type', type],
    ['origin', envelope.origin ?? 'manual'],
  );
  if (score !== undefined) entries.push(['score', score]);
  if (envelope.readonly) entries.push(['readonly', true]);
  if (itemIndex !== undefined && !indexWithMedia) entries.push(['item_index', itemIndex]);
  return deepFreeze(Object.fromEntries(entries) as LSResult);
}

function mediaEntries(media: ImageMedia | AudioMedia): [string, unknown][] {
  return 'original_length' in media
    ? [['original_length', media.original_length]]
    : [
        ['original_width', media.original_width],
        ['original_height', media.original_height],
        ['image_rotation', media.image_rotation],
      ];
}

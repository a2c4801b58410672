/**
 * What the codec knows about Label Studio result `type`s (ls-spec §5.2): which key of `value`
 * carries a control's payload, and which types carry label lists. Maps, not objects, so a type
 * or key named `constructor` or `__proto__` finds nothing (bad-inputs S12).
 */

/** Payload keys that differ from the type name. Other `*labels` types use their own name. */
const PAYLOAD_KEYS: ReadonlyMap<string, string> = new Map([
  ['labels', 'labels'],
  ['videorectangle', 'labels'],
  ['videovector', 'labels'],
  ['videovectorlabels', 'labels'],
  ['textarea', 'text'],
  ['pairwise', 'selected'],
  ['choices', 'choices'],
  ['taxonomy', 'taxonomy'],
  ['ranker', 'ranker'],
  ['number', 'number'],
  ['rating', 'rating'],
  ['datetime', 'datetime'],
  ['chatmessage', 'chatmessage'],
  ['reactcode', 'reactcode'],
]);

/** Video tools keep the region's labels in their own item's `value.labels` (Video merges labels and
 *  results, ls-spec §5.4). */
const VIDEO_TOOLS: ReadonlySet<string> = new Set(['videorectangle', 'videovector']);

/**
 * The key inside `value` that holds what the control of this result type says (`rectanglelabels`
 * → `rectanglelabels`, `textarea` → `text`, `pairwise` → `selected`); `undefined` for tool-only
 * types (`rectangle`, `polygon`, …) and types we do not know, whose whole value is geometry.
 */
export function payloadKey(type: string): string | undefined {
  return PAYLOAD_KEYS.get(type) ?? (type.endsWith('labels') ? type : undefined);
}

/**
 * Whether the payload of this type is a list of label values: `labels`, every `*labels`, and the
 * video tools. A tool of such a type writes its labels into its own item (merged form); other
 * tools need a separate `labels` item (split form, ls-spec §5.4).
 */
export function carriesLabels(type: string): boolean {
  return type.endsWith('labels') || VIDEO_TOOLS.has(type);
}

/** Whether a tool of this type takes the picks of every Labels control on its object into its own
 *  item (Video), instead of only its own picks. */
export function collectsAllLabels(toolType: string): boolean {
  return VIDEO_TOOLS.has(toolType);
}

/**
 * The region's geometry as one item states it: its `value` without the payload key (ls-spec §5.3:
 * every item of a region repeats the geometry). Keys keep their order.
 */
export function geometryOf(type: string, value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const key = payloadKey(type);
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}

import type { ConfigNode, ParsedConfig } from '../../../config/types.js';
import type { LabelPick } from '../../../format/write-items.js';
import type { LSResult } from '../../../format/types.js';
import type { ResultIndex } from '../../../model/result-index.js';
import { labelNodes } from '../../../model/relabel.js';
import { optionResultValue, optionValue } from '../../../model/options.js';
import type { SpanColour } from '../../../render/text/text-spans.js';

/**
 * The labelled segments of one `<Audio>` (ls-spec §6.11), read from the store's index: a region is a
 * segment of this object when one of its items targets it with numeric `start`/`end` in seconds.
 * Older Label Studio data without `channel` or `original_length` (the audio_regions fixture) reads
 * the same; a segment's items stay exactly as they are until it is edited.
 */
export interface AudioSegment {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly channel: number;
  readonly labels: readonly string[];
  readonly colour: string;
  readonly items: readonly LSResult[];
}

export function readAudioSegments(
  index: ResultIndex,
  objectName: string,
  colourOf: SpanColour,
): AudioSegment[] {
  const segments: AudioSegment[] = [];
  for (const id of index.ids()) {
    const items = index.itemsOf(id);
    const shape = items.find((item) => item.to_name === objectName && isSpan(item.value));
    if (!shape) continue;
    const value = shape.value as { start: number; end: number; channel?: unknown };
    const labels = index.labelsOf(id);
    segments.push({
      id,
      start: Math.min(value.start, value.end),
      end: Math.max(value.start, value.end),
      channel: typeof value.channel === 'number' ? value.channel : 0,
      labels,
      colour: colourOf(items, labels),
      items,
    });
  }
  return segments;
}

function isSpan(value: LSResult['value']): boolean {
  return (
    value !== undefined &&
    Number.isFinite(value.start) &&
    Number.isFinite(value.end) &&
    typeof value.start === 'number' &&
    typeof value.end === 'number'
  );
}

/** How new segments of an `<Audio>` are labelled: its `Labels` controls and what their palettes hold. */
export interface AudioLabelling {
  /** `Labels` controls whose `toName` names this object, in config order. */
  readonly controls: readonly ConfigNode[];
  /** Picks for a new segment, one per control with a chosen label (result values: aliases applied). */
  readonly picks: readonly LabelPick[];
}

export function audioLabelling(
  config: ParsedConfig,
  objectName: string,
  chosen: ReadonlyMap<string, readonly string[]>,
): AudioLabelling {
  const controls = config.controls.filter(
    (c) => c.tag === 'Labels' && (config.targets.get(String(c.attrs.name ?? '')) ?? []).includes(objectName),
  );
  const picks: LabelPick[] = [];
  for (const control of controls) {
    const values = chosen.get(String(control.attrs.name ?? '')) ?? [];
    const nodes = labelNodes(control).filter((node) => values.includes(optionValue(node)));
    if (nodes.length === 0) continue;
    picks.push({
      fromName: String(control.attrs.name ?? ''),
      type: 'labels',
      values: nodes.map(optionResultValue),
    });
  }
  return { controls, picks };
}

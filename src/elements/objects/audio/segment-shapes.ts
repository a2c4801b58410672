import type { ConfigNode } from '../../../config/types.js';
import type { LSResult } from '../../../format/types.js';
import { assignLanes, type LanePlace } from '../../../render/audio/lanes.js';
import type { SegmentShape, Span } from '../../../render/audio/segment-geometry.js';
import { spanColours } from '../../../render/text/span-colours.js';
import type { SpanColour } from '../../../render/text/text-spans.js';
import type { WorkspaceContextValue } from '../../workspace/context.js';
import { audioLabelling, readAudioSegments, type AudioSegment } from './audio-segments.js';

/** A running drag's segment: where it would be, and on which track (channel). */
export interface SegmentPreview {
  readonly id: string;
  readonly span: Span;
  readonly track: number;
}

/**
 * The segments of one `<Audio>` as the renderer draws them: read from the store, laid out in lanes,
 * marked selected, with a running drag's preview in place. Memoised on what they derive from (the
 * store's item list, the selection, the preview), so the renderer, which redraws a layer only when
 * its input changes identity, rebuilds the segments only after an edit, a selection or a drag step,
 * not on every new workspace context.
 */
export class SegmentShapes {
  #segmentsKey: { items: readonly LSResult[]; node: ConfigNode | undefined } | undefined;
  #segments: readonly AudioSegment[] = [];
  #colours: { node: ConfigNode; colourOf: SpanColour } | undefined;
  #shapesKey:
    | { segments: readonly AudioSegment[]; selection: readonly string[]; preview: string; tracks: number }
    | undefined;
  #shapes: readonly SegmentShape[] = [];

  segments(ws: WorkspaceContextValue | undefined, node: ConfigNode | undefined): readonly AudioSegment[] {
    if (!ws || !node) return [];
    const items = ws.store.items;
    if (this.#segmentsKey?.items !== items || this.#segmentsKey.node !== node) {
      this.#segmentsKey = { items, node };
      this.#segments = readAudioSegments(
        ws.store.index,
        String(node.attrs.name ?? ''),
        this.#colourOf(ws, node),
      );
    }
    return this.#segments;
  }

  /**
   * @param tracks drawn tracks: the channel count with `splitChannels`, else 1 (every segment on it)
   */
  shapes(
    ws: WorkspaceContextValue | undefined,
    node: ConfigNode | undefined,
    preview: SegmentPreview | undefined,
    tracks: number,
  ): readonly SegmentShape[] {
    const segments = this.segments(ws, node);
    if (!ws || !node) return [];
    const selection = ws.store.selection;
    const previewKey = preview
      ? `${preview.id}:${preview.span.start}:${preview.span.end}:${preview.track}`
      : '';
    const key = this.#shapesKey;
    if (
      key?.segments === segments &&
      key.selection === selection &&
      key.preview === previewKey &&
      key.tracks === tracks
    )
      return this.#shapes;
    this.#shapesKey = { segments, selection, preview: previewKey, tracks };
    const trackOf = (channel: number) =>
      tracks > 1 ? Math.min(Math.max(0, Math.round(channel)), tracks - 1) : 0;
    const spans = segments.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      colour: s.colour,
      track: trackOf(s.channel),
    }));
    if (preview) {
      const existing = spans.find((s) => s.id === preview.id);
      if (existing) Object.assign(existing, preview.span, { track: trackOf(preview.track) });
      else
        spans.push({
          id: preview.id,
          ...preview.span,
          colour: this.#newColour(ws, node),
          track: trackOf(preview.track),
        });
    }
    // lanes are laid out per track: segments of different channels never share a band
    const lanes = new Map<string, LanePlace>();
    for (let t = 0; t < Math.max(1, tracks); t++)
      for (const [id, place] of assignLanes(spans.filter((s) => s.track === t))) lanes.set(id, place);
    const selected = new Set(selection);
    if (preview) selected.add(preview.id);
    this.#shapes = spans.map((s) => ({
      ...s,
      selected: selected.has(s.id),
      lane: lanes.get(s.id)?.lane ?? 0,
      lanes: lanes.get(s.id)?.lanes ?? 1,
    }));
    return this.#shapes;
  }

  #colourOf(ws: WorkspaceContextValue, node: ConfigNode): SpanColour {
    if (this.#colours?.node !== node) this.#colours = { node, colourOf: spanColours(ws.config, node) };
    return this.#colours.colourOf;
  }

  /** The colour a segment drawn now will have: that of the first chosen label. */
  #newColour(ws: WorkspaceContextValue, node: ConfigNode): string {
    const pick = audioLabelling(ws.config, String(node.attrs.name ?? ''), ws.chosenLabels).picks[0];
    const items = pick ? [{ type: 'labels', from_name: pick.fromName } as LSResult] : [];
    return this.#colourOf(ws, node)(items, pick?.values ?? []);
  }
}

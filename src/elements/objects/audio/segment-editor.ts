import type { LSResult } from '../../../format/types.js';
import { writeRegionItems, type RegionWrite } from '../../../format/write-items.js';
import { createRegion, updateRegionGeometry } from '../../../model/region-commands.js';
import { removeRegion } from '../../../model/commands.js';
import { itemsWithGeometry } from '../../../model/region-preview.js';
import { LabelRegionChangeEvent, LabelRegionInputEvent } from '../../../events/index.js';
import {
  dragSpan,
  hitTest,
  layoutSegments,
  type SegmentDrag,
  type SegmentHit,
  type SegmentShape,
  type Span,
} from '../../../render/audio/segment-geometry.js';
import type { TimeScale } from '../../../render/audio/time-scale.js';
import type { WorkspaceContextValue } from '../../workspace/context.js';
import { audioLabelling, type AudioSegment } from './audio-segments.js';

/** What the editor works on, read fresh at every gesture. */
export interface EditorSource {
  readonly host: HTMLElement;
  workspace(): WorkspaceContextValue | undefined;
  objectName(): string;
  scale(): TimeScale | undefined;
  /** Canvas height in pixels (all tracks). */
  height(): number;
  /** Drawn tracks: the channel count with `splitChannels`, else 1. */
  tracks(): number;
  duration(): number;
  segments(): readonly AudioSegment[];
  shapes(): readonly SegmentShape[];
  playhead(): number;
  seek(time: number): void;
  /** Something the editor shows changed (preview, mark, hint): redraw. */
  changed(): void;
  /** A short message for the user (e.g. "Choose a label first"). */
  hint(text: string): void;
}

/** Pixels the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 3;

interface Gesture {
  readonly pointerId: number;
  readonly downX: number;
  /** What the press would do if it turns into a drag (undefined: a seek on release). */
  readonly drag: SegmentDrag | undefined;
  readonly hit: SegmentHit | undefined;
  /** The id a new segment will get (drawn with it during the drag, committed with it). */
  readonly newId: string | undefined;
  /** The track (channel) the segment is on: where a new one was started, or the edited one's. */
  readonly track: number;
  active: boolean;
  span: Span | undefined;
}

/**
 * Segment editing on the waveform by pointer and keyboard: a drag on empty waveform with a label
 * chosen creates a segment, an edge drag resizes, a body drag moves, a click selects (or, on empty
 * waveform, seeks); `[`/`]` set in- and out-points at the playhead; Delete removes. A drag is shown
 * as a preview and reported with `label-region-input` while it runs, then committed once on release
 * (one undo step, one `label-region-change`).
 */
export class SegmentEditor {
  readonly #source: EditorSource;
  #gesture: Gesture | undefined;
  #inMark: number | undefined;

  constructor(source: EditorSource) {
    this.#source = source;
  }

  /** The in-point marked by `[` with no segment selected, waiting for `]`. */
  get inMark(): number | undefined {
    return this.#inMark;
  }

  /** The segment a running drag shows, replacing (or adding to) the stored ones. */
  get preview(): { readonly id: string; readonly span: Span; readonly track: number } | undefined {
    const g = this.#gesture;
    if (!g?.active || !g.span) return undefined;
    const id = g.newId ?? (g.drag && g.drag.kind !== 'create' ? g.drag.id : undefined);
    return id === undefined ? undefined : { id, span: g.span, track: g.track };
  }

  /** The cursor that says what a press at (x, y) would do. */
  cursorAt(x: number, y: number): string {
    if (this.#gesture?.active) return this.#gesture.drag?.kind === 'move' ? 'grabbing' : 'ew-resize';
    const hit = this.#hit(x, y);
    if (!hit || this.#readonly()) return hit ? 'pointer' : 'text';
    return hit.kind === 'body' ? 'grab' : 'ew-resize';
  }

  pointerDown(pointerId: number, x: number, y: number): void {
    const scale = this.#source.scale();
    const ws = this.#source.workspace();
    if (!scale || !ws) return;
    const time = scale.clampedTimeAt(x);
    const hit = this.#hit(x, y);
    if (hit) ws.store.select([hit.id]);
    let drag: SegmentDrag | undefined;
    let newId: string | undefined;
    const segment = hit ? this.#source.segments().find((s) => s.id === hit.id) : undefined;
    const tracks = this.#source.tracks();
    const track = segment
      ? segment.channel
      : Math.min(tracks - 1, Math.max(0, Math.floor((y / this.#source.height()) * tracks)));
    if (!this.#readonly()) {
      if (hit && segment && !isReadonlyRegion(segment)) {
        drag =
          hit.kind === 'body'
            ? { kind: 'move', id: hit.id, start: segment.start, end: segment.end, grab: time }
            : { kind: hit.kind, id: hit.id, start: segment.start, end: segment.end };
      } else if (!hit && this.#picks().length > 0) {
        drag = { kind: 'create', anchor: time };
        newId = ws.createId(ws.store.takenIds);
      }
    }
    this.#gesture = { pointerId, downX: x, drag, hit, newId, track, active: false, span: undefined };
  }

  pointerMove(pointerId: number, x: number): void {
    const g = this.#gesture;
    const scale = this.#source.scale();
    if (!g || g.pointerId !== pointerId || !scale) return;
    if (!g.active && Math.abs(x - g.downX) < DRAG_THRESHOLD) return;
    g.active = true;
    if (!g.drag) return;
    g.span = dragSpan(g.drag, scale.xToTime(x), this.#source.duration());
    const preview = this.preview;
    if (preview)
      this.#source.host.dispatchEvent(
        new LabelRegionInputEvent({ id: preview.id, items: this.#previewItems(g, preview.span) }),
      );
    this.#source.changed();
  }

  pointerUp(pointerId: number, x: number): void {
    const g = this.#gesture;
    if (!g || g.pointerId !== pointerId) return;
    this.#gesture = undefined;
    const scale = this.#source.scale();
    const ws = this.#source.workspace();
    if (!scale || !ws) return;
    if (g.active && g.drag && g.span) {
      this.#commit(g, g.span);
    } else if (!g.hit) {
      // a click on empty waveform: move the playhead there, drop the selection
      this.#source.seek(scale.clampedTimeAt(g.active ? g.downX : x));
      const mine = new Set(this.#source.segments().map((s) => s.id));
      ws.store.select(ws.store.selection.filter((id) => !mine.has(id)));
      // a drag that could not create anything: say why, when a label would have made it work
      const labelling = audioLabelling(ws.config, this.#source.objectName(), ws.chosenLabels);
      if (g.active && !g.drag && !this.#readonly() && labelling.controls.length > 0)
        this.#source.hint('Choose a label, then drag across the waveform to mark a segment.');
    }
    this.#source.changed();
  }

  pointerCancel(pointerId: number): void {
    if (this.#gesture?.pointerId !== pointerId) return;
    this.#gesture = undefined;
    this.#source.changed();
  }

  /** `[`: the selected segment starts at the playhead; with none selected, marks an in-point. */
  inPoint(): void {
    if (this.#readonly()) return;
    const time = this.#source.playhead();
    const selected = this.#selected();
    if (!selected) {
      this.#inMark = time;
      this.#source.hint('In-point marked: move to the end of the segment and press ].');
      return this.#source.changed();
    }
    if (time >= selected.end) return this.#source.hint('The in-point must come before the segment’s end.');
    this.#reshape(selected, { start: time, end: selected.end });
  }

  /** `]`: the selected segment ends at the playhead; with none selected, creates a segment from the
   *  marked in-point (with the labels chosen in the palette). */
  outPoint(): void {
    if (this.#readonly()) return;
    const time = this.#source.playhead();
    const selected = this.#selected();
    if (selected) {
      if (time <= selected.start)
        return this.#source.hint('The out-point must come after the segment’s start.');
      return this.#reshape(selected, { start: selected.start, end: time });
    }
    const mark = this.#inMark;
    if (mark === undefined) return this.#source.hint('Press [ first to mark where the segment starts.');
    if (time === mark) return this.#source.hint('Move the playhead away from the in-point first.');
    if (this.#picks().length === 0) return this.#source.hint('Choose a label first.');
    const ws = this.#source.workspace()!;
    this.#inMark = undefined;
    const id = this.#create(
      ws.createId(ws.store.takenIds),
      { start: Math.min(mark, time), end: Math.max(mark, time) },
      0,
    );
    this.#announce(id);
  }

  /** Deletes the selected segments of this object. */
  deleteSelected(): void {
    const ws = this.#source.workspace();
    if (!ws || this.#readonly()) return;
    const mine = new Set(
      this.#source
        .segments()
        .filter((s) => !isReadonlyRegion(s))
        .map((s) => s.id),
    );
    for (const id of ws.store.selection.filter((id) => mine.has(id))) {
      removeRegion(ws.store, id);
      this.#source.host.dispatchEvent(new LabelRegionChangeEvent({ id, items: [] }));
    }
  }

  /** Escape: drops the mark and the selection of this object's segments. */
  escape(): void {
    const ws = this.#source.workspace();
    this.#inMark = undefined;
    this.#gesture = undefined;
    if (ws) {
      const mine = new Set(this.#source.segments().map((s) => s.id));
      ws.store.select(ws.store.selection.filter((id) => !mine.has(id)));
    }
    this.#source.changed();
  }

  /** The one selected segment of this object, if exactly one is selected. */
  #selected(): AudioSegment | undefined {
    const id = this.#source.workspace()?.selectedRegion;
    return id === undefined ? undefined : this.#source.segments().find((s) => s.id === id);
  }

  #readonly(): boolean {
    return this.#source.workspace()?.readonly !== false;
  }

  #picks() {
    const ws = this.#source.workspace();
    return ws ? audioLabelling(ws.config, this.#source.objectName(), ws.chosenLabels).picks : [];
  }

  #hit(x: number, y: number): SegmentHit | undefined {
    const scale = this.#source.scale();
    return scale
      ? hitTest(
          layoutSegments(this.#source.shapes(), scale, this.#source.height(), this.#source.tracks()),
          x,
          y,
        )
      : undefined;
  }

  /** A new segment on `channel` (0 unless `splitChannels` shows channels apart), as LS writes it. */
  #newRegion(id: string, span: Span, channel: number): RegionWrite {
    const picks = this.#picks();
    return {
      id,
      toName: this.#source.objectName(),
      media: { original_length: this.#source.duration() },
      tool: { name: picks[0]!.fromName, type: 'labels' },
      geometry: { start: span.start, end: span.end, channel },
      labels: picks,
    };
  }

  #previewItems(g: Gesture, span: Span): LSResult[] {
    if (g.newId !== undefined) return writeRegionItems(this.#newRegion(g.newId, span, g.track));
    const ws = this.#source.workspace();
    const id = g.drag && g.drag.kind !== 'create' ? g.drag.id : '';
    return ws ? itemsWithGeometry(ws.store.index.itemsOf(id), { start: span.start, end: span.end }) : [];
  }

  #commit(g: Gesture, span: Span): void {
    if (g.drag?.kind === 'create') {
      const scale = this.#source.scale()!;
      // a drag that came back to where it started is a click, not a segment
      if ((span.end - span.start) * scale.pxPerSecond < 1) return;
      if (this.#picks().length === 0) return;
      this.#announce(this.#create(g.newId!, span, g.track));
    } else if (g.drag) {
      const segment = this.#source.segments().find((s) => s.id === (g.drag as { id: string }).id);
      if (segment) this.#reshape(segment, span);
    }
  }

  /** Commits a new segment, selects it (its per-region controls, such as a transcription, show). */
  #create(id: string, span: Span, channel: number): string {
    const ws = this.#source.workspace()!;
    const region = this.#newRegion(id, span, channel);
    const fresh = ws.store.takenIds.has(id) ? ws.createId(ws.store.takenIds) : id;
    const { id: _unused, ...rest } = region;
    const created = createRegion(ws.store, rest, () => fresh);
    ws.store.select([created]);
    return created;
  }

  #reshape(segment: AudioSegment, span: Span): void {
    const ws = this.#source.workspace()!;
    if (span.start === segment.start && span.end === segment.end) return;
    updateRegionGeometry(ws.store, segment.id, { start: span.start, end: span.end });
    this.#announce(segment.id);
  }

  #announce(id: string): void {
    const ws = this.#source.workspace()!;
    this.#source.host.dispatchEvent(new LabelRegionChangeEvent({ id, items: ws.store.index.itemsOf(id) }));
    this.#source.changed();
  }
}

/** A region imported with `readonly: true` is shown but not edited. */
function isReadonlyRegion(segment: AudioSegment): boolean {
  return segment.items.some((item) => item.readonly === true);
}

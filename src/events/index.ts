/**
 * The public events of `<label-workspace>`: one class per event, its detail type, and the
 * `GlobalEventHandlersEventMap` entry that types `addEventListener` for hosts.
 */
import { LabelEvent } from './label-event.js';
import type { LSAnnotation, LSResult, LSTask, ResultIssue } from '../format/types.js';

export { LabelEvent };

/** Every payload that carries annotation JSON says which format and version it is (data-safety 10). */
export interface FormatStamp {
  readonly format: 'label-studio';
  readonly formatVersion: 1;
  /** Version of label-elements that wrote the payload. */
  readonly version: string;
}

export interface ReadyDetail {
  /** Object tags whose media are loaded and drawn. */
  readonly objects: readonly string[];
}
/** Media are loaded and every region is drawn on screen (a frame has been painted). */
export class LabelReadyEvent extends LabelEvent<ReadyDetail> {
  static readonly eventName = 'label-ready';
  constructor(detail: ReadyDetail) {
    super(LabelReadyEvent.eventName, detail);
  }
}

export interface ConfigErrorItem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly tag?: string;
  readonly severity: 'error' | 'warning';
  readonly code: string;
}
export interface ConfigErrorDetail {
  readonly errors: readonly ConfigErrorItem[];
}
/** The config has errors or warnings (line and column are 1-based positions in the XML). */
export class LabelConfigErrorEvent extends LabelEvent<ConfigErrorDetail> {
  static readonly eventName = 'label-config-error';
  constructor(detail: ConfigErrorDetail) {
    super(LabelConfigErrorEvent.eventName, detail);
  }
}

export interface LoadErrorDetail {
  /** The object tag whose media failed. */
  readonly object: string;
  readonly url: string;
  readonly message: string;
}
/** A media file (image, audio, text URL) could not be loaded or was refused. */
export class LabelLoadErrorEvent extends LabelEvent<LoadErrorDetail> {
  static readonly eventName = 'label-load-error';
  constructor(detail: LoadErrorDetail) {
    super(LabelLoadErrorEvent.eventName, detail);
  }
}

/** One change inside a committed edit. */
export interface AnnotationChange {
  readonly kind: 'add' | 'update' | 'remove';
  /** Region id (or classification result id); relations use `from_id>to_id`. */
  readonly id: string;
  /** The control (`from_name`) the change came through, when there is one. */
  readonly control?: string;
}
export interface AnnotationChangeDetail extends FormatStamp {
  /** Frozen, JSON-serialisable snapshot of the whole annotation being edited. */
  readonly annotation: Readonly<LSAnnotation>;
  /** Rises by one with every committed change, undo and redo included. */
  readonly revision: number;
  readonly changes: readonly AnnotationChange[];
  /** What caused it: a user edit, `undo`, `redo`, or the host's `addResults`. */
  readonly source: 'user' | 'undo' | 'redo' | 'host';
}
/** A committed change: persist `detail.annotation`. */
export class LabelAnnotationChangeEvent extends LabelEvent<AnnotationChangeDetail> {
  static readonly eventName = 'label-annotation-change';
  constructor(detail: AnnotationChangeDetail) {
    super(LabelAnnotationChangeEvent.eventName, detail);
  }
}

export interface RegionDetail {
  readonly id: string;
  /** The region's result items as they stand. */
  readonly items: readonly Readonly<LSResult>[];
}
/** Continuous, during a drag: for live read-outs, not for saving. */
export class LabelRegionInputEvent extends LabelEvent<RegionDetail> {
  static readonly eventName = 'label-region-input';
  constructor(detail: RegionDetail) {
    super(LabelRegionInputEvent.eventName, detail);
  }
}
/** A region edit was committed (pointer released, key handled). */
export class LabelRegionChangeEvent extends LabelEvent<RegionDetail> {
  static readonly eventName = 'label-region-change';
  constructor(detail: RegionDetail) {
    super(LabelRegionChangeEvent.eventName, detail);
  }
}

export interface SelectionDetail {
  readonly selected: readonly string[];
}
export class LabelSelectionChangeEvent extends LabelEvent<SelectionDetail> {
  static readonly eventName = 'label-selection-change';
  constructor(detail: SelectionDetail) {
    super(LabelSelectionChangeEvent.eventName, detail);
  }
}

export interface HistoryDetail {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}
export class LabelHistoryChangeEvent extends LabelEvent<HistoryDetail> {
  static readonly eventName = 'label-history-change';
  constructor(detail: HistoryDetail) {
    super(LabelHistoryChangeEvent.eventName, detail);
  }
}

export interface SubmitDetail extends FormatStamp {
  readonly annotation: Readonly<LSAnnotation>;
  readonly task: Readonly<LSTask>;
}
/** `submit()` or Ctrl+Enter with a valid annotation. Cancelable: `preventDefault()` keeps the
 *  workspace in its editing state. */
export class LabelSubmitEvent extends LabelEvent<SubmitDetail> {
  static readonly eventName = 'label-submit';
  constructor(detail: SubmitDetail) {
    super(LabelSubmitEvent.eventName, detail, { cancelable: true });
  }
}

export interface ValidationProblem {
  /** `required`, `max-usages`, `min`, `max`, or a result-item problem code. */
  readonly code: string;
  readonly message: string;
  /** The control the problem is on, when there is one. */
  readonly control?: string;
  readonly regionId?: string;
}
export interface ValidationErrorDetail {
  /** Why `submit()` was refused: controls that need input. */
  readonly problems: readonly ValidationProblem[];
  /** Imported result items set aside (kept and exported back untouched). */
  readonly results: readonly ResultIssue[];
}
/** Submit was refused, or imported results were set aside as invalid. */
export class LabelValidationErrorEvent extends LabelEvent<ValidationErrorDetail> {
  static readonly eventName = 'label-validation-error';
  constructor(detail: ValidationErrorDetail) {
    super(LabelValidationErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'label-ready': LabelReadyEvent;
    'label-config-error': LabelConfigErrorEvent;
    'label-load-error': LabelLoadErrorEvent;
    'label-annotation-change': LabelAnnotationChangeEvent;
    'label-region-input': LabelRegionInputEvent;
    'label-region-change': LabelRegionChangeEvent;
    'label-selection-change': LabelSelectionChangeEvent;
    'label-history-change': LabelHistoryChangeEvent;
    'label-submit': LabelSubmitEvent;
    'label-validation-error': LabelValidationErrorEvent;
  }
}

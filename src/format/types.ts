/**
 * Label Studio's task and result JSON, as it travels between hosts and this library
 * (ls-spec §4-§6). Types are open: any field we do not model is kept and written back untouched.
 */

/** A JSON value. Task data and result values are JSON from other people. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (a task, an annotation record, a result item as it came). */
export type JsonObject = { [key: string]: Json };

export type RegionOrigin = 'manual' | 'prediction' | 'prediction-changed';

/** One result item of an annotation or prediction. Relations have no `id`/`from_name`/`value`. */
export interface LSResult {
  id?: string;
  from_name?: string;
  to_name?: string;
  type: string;
  value?: Record<string, unknown>;
  origin?: RegionOrigin | string;
  score?: number;
  readonly?: boolean;
  hidden?: boolean;
  parentID?: string;
  meta?: Record<string, unknown>;
  item_index?: number;
  original_width?: number;
  original_height?: number;
  image_rotation?: number;
  original_length?: number;
  // relation items
  from_id?: string;
  to_id?: string;
  direction?: 'left' | 'right' | 'bi' | string;
  labels?: string[];
  [key: string]: unknown;
}

export interface LSAnnotation {
  id?: number | string;
  result: LSResult[];
  lead_time?: number;
  was_cancelled?: boolean;
  ground_truth?: boolean;
  completed_by?: unknown;
  created_at?: string;
  updated_at?: string;
  parent_prediction?: number | null;
  parent_annotation?: number | null;
  draft_id?: number | null;
  started_at?: string;
  [key: string]: unknown;
}

export interface LSPrediction {
  id?: number | string;
  model_version?: string;
  score?: number;
  result: LSResult[];
  [key: string]: unknown;
}

export interface LSTask {
  id?: number | string;
  data: Record<string, unknown>;
  annotations?: LSAnnotation[];
  predictions?: LSPrediction[];
  [key: string]: unknown;
}

/** Why a result item was set aside instead of being used (bad-inputs S14, S15). Every issue names
 *  an item (or a list) that is kept aside: exported back exactly as it came, never drawn or edited. */
export interface ResultIssue {
  /** Where the item sits: `annotations[0].result[3]`, `predictions[1].result[0]`. */
  readonly path: string;
  /** The item's id, when it has one. */
  readonly id?: string;
  readonly message: string;
  readonly code:
    | 'not-object'
    | 'missing-value'
    | 'bad-number'
    | 'negative-size'
    | 'too-large'
    | 'duplicate-id'
    | 'missing-field'
    | 'bad-type'
    /** A relation whose `from_id`/`to_id` names no usable region of the same result list. */
    | 'unknown-region';
  /** `error`: the item is malformed (S14).
   *  `warning`: the item is well-formed but lost to an earlier item with the same id (S15, first wins). */
  readonly severity: 'error' | 'warning';
}

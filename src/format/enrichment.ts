/**
 * The payload a host stores as an "enrichment" of a dataset row: the whole task JSON with the
 * current annotation, its UTF-8 bytes, and the annotation's class names for a `<name>.labels.str`
 * column that can be filtered without parsing the JSON.
 */
import { annotationsKeyOf } from './import-task.js';
import { isJsonObject, withEntry } from './json.js';
import { carriesLabels, payloadKey } from './result-types.js';
import type { LSAnnotation } from './types.js';

/** Joins the steps of a nested choice or a taxonomy path: Label Studio's default `pathSeparator`. */
export const LABEL_PATH_SEPARATOR = ' / ';

export interface EnrichmentPayload {
  /** The whole task with the annotation in place. */
  readonly task: Readonly<Record<string, unknown>>;
  readonly annotation: LSAnnotation | undefined;
  /** `JSON.stringify(task)`. */
  readonly json: string;
  /** `json` in UTF-8. */
  readonly bytes: Uint8Array;
  /** The annotation's distinct class names, sorted by UTF-16 code unit order (locale-independent). */
  readonly labels: readonly string[];
}

/**
 * Builds the enrichment payload. The annotation is put into `task.annotations` (or `completions`
 * for a pre-1.0 task): left where it is if the list already holds this very object (as in
 * `exportTask`'s output), replacing the entry with the same `id`, or appended.
 */
export function toEnrichment(
  task: Readonly<Record<string, unknown>>,
  annotation?: LSAnnotation,
): EnrichmentPayload {
  const placed = annotation === undefined ? task : placeAnnotation(task, annotation);
  const json = JSON.stringify(placed);
  return Object.freeze({
    task: placed,
    annotation,
    json,
    bytes: new TextEncoder().encode(json),
    labels: Object.freeze(annotationLabels(annotation)),
  });
}

/**
 * The class names an annotation gives, sorted and without repeats: the label lists of `labels`,
 * every `*labels` type and the video tools; `choices` (a nested choice as its path joined with
 * {@link LABEL_PATH_SEPARATOR}); `taxonomy` paths joined the same way. Free text (`textarea`),
 * numbers, ratings, dates, `pairwise` sides, `ranker` orders and relation labels are not classes
 * of the content and are left out. Every item counts, kept-aside ones too: they are part of the
 * annotation that is stored.
 */
export function annotationLabels(annotation: LSAnnotation | undefined): string[] {
  const labels = new Set<string>();
  const result: unknown = annotation?.result;
  if (!Array.isArray(result)) return [];
  for (const item of result) {
    if (!isJsonObject(item) || typeof item.type !== 'string' || !isJsonObject(item.value)) continue;
    const key = payloadKey(item.type);
    const payload = key === undefined ? undefined : item.value[key];
    if (!Array.isArray(payload)) continue;
    if (carriesLabels(item.type)) {
      for (const label of payload) if (typeof label === 'string') labels.add(label);
    } else if (item.type === 'choices' || item.type === 'taxonomy') {
      for (const choice of payload) {
        const path = typeof choice === 'string' ? choice : joinPath(choice);
        if (path !== undefined) labels.add(path);
      }
    }
  }
  return [...labels].sort();
}

function joinPath(path: unknown): string | undefined {
  const isPath = Array.isArray(path) && path.length > 0 && path.every((step) => typeof step === 'string');
  return isPath ? path.join(LABEL_PATH_SEPARATOR) : undefined;
}

function placeAnnotation(task: Readonly<Record<string, unknown>>, annotation: LSAnnotation) {
  const key = annotationsKeyOf(task);
  const existing = task[key];
  const list: unknown[] = Array.isArray(existing) ? [...existing] : [];
  if (list.includes(annotation)) return task;
  const sameId = (entry: unknown) =>
    annotation.id != null &&
    isJsonObject(entry) &&
    entry.id != null &&
    String(entry.id) === String(annotation.id);
  const at = list.findIndex(sameId);
  if (at >= 0) list[at] = annotation;
  else list.push(annotation);
  return withEntry(task, key, Object.freeze(list));
}

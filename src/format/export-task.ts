/**
 * Writes a task back as Label Studio JSON with the annotation being edited in place. Everything
 * else is the imported copy itself: unknown fields, other annotations, predictions, kept-aside
 * items, key order and the shape the task came in (`completions`, no `data`, flat data).
 */
import type { ImportedTask } from './import-task.js';
import { withEntry } from './json.js';
import type { LSAnnotation } from './types.js';

/** The annotation being edited, and which imported annotation it replaces. */
export interface CurrentAnnotation {
  /** The annotation as the store snapshots it (frozen; it becomes part of the output as it is). */
  readonly annotation?: LSAnnotation;
  /** Index of the imported annotation it replaces (`ImportedResultSet.index`); absent for a new
   *  annotation, which is appended. */
  readonly annotationIndex?: number;
}

/** A task object as Label Studio reads it; frozen. Its shape is the imported one (see `TaskShape`). */
export type ExportedTask = Readonly<Record<string, unknown>>;

/**
 * The whole task with the current annotation in place. Without an annotation it is the imported
 * task exactly (a lossless round trip). A flat task (data only) gains `data` and `annotations`
 * keys once it has an annotation to carry; an annotations value that is not a list (reported on
 * import) gives way to a list holding the annotation, so the user's work is never the loser.
 * Throws `RangeError` for an index that names no imported annotation.
 */
export function exportTask(imported: ImportedTask, current: CurrentAnnotation = {}): ExportedTask {
  const { json, shape, annotationsKey } = imported.source;
  const { annotation, annotationIndex } = current;
  if (annotation === undefined) return json;
  if (shape === 'flat') return Object.freeze({ data: json, annotations: Object.freeze([annotation]) });
  const existing = json[annotationsKey];
  const list: unknown[] = Array.isArray(existing) ? [...existing] : [];
  if (annotationIndex === undefined) {
    list.push(annotation);
  } else if (Number.isInteger(annotationIndex) && annotationIndex >= 0 && annotationIndex < list.length) {
    list[annotationIndex] = annotation;
  } else {
    throw new RangeError(
      `annotationIndex ${annotationIndex} names none of the task's ${list.length} annotations`,
    );
  }
  return withEntry(json, annotationsKey, Object.freeze(list));
}

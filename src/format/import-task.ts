/**
 * Reads a Label Studio task as a host hands it over (ls-spec §4.1) into a frozen copy plus what the
 * editor needs to know before it trusts a result item: which items are usable, which are kept
 * aside and why, and every id already taken. Nothing is changed, dropped or "fixed": export writes
 * the task back from the same copy (`export-task.ts`).
 */
import { describe, issueAt } from './issue-report.js';
import { copyJson, deepFreeze, isJsonObject, withEntry } from './json.js';
import type { Json, JsonObject, LSResult, LSTask, ResultIssue } from './types.js';
import { validateResultSet } from './validate-result-set.js';

/** The input is not a task at all (not JSON, not an object, `data` not an object). */
export class TaskFormatError extends Error {
  override readonly name = 'TaskFormatError';
}

/**
 * - `task`: has a `data` key, the usual shape.
 * - `no-data`: no `data`, but annotations or predictions (exports of results only, as in several
 *   Label Studio examples); `data` reads as `{}` and is not written back.
 * - `flat`: no `data`, no annotations, no predictions: the whole object is the data (ls-spec §4.1).
 */
export type TaskShape = 'task' | 'no-data' | 'flat';

/** How a task arrived, so that export writes it back the same way. */
export interface TaskSource {
  /** The task exactly as it came, as a frozen copy. */
  readonly json: JsonObject;
  readonly shape: TaskShape;
  /** The key annotations came under: `completions` in pre-1.0 exports, `annotations` otherwise. */
  readonly annotationsKey: 'annotations' | 'completions';
}

/** One annotation or prediction and the verdict on each of its result items. */
export interface ImportedResultSet {
  /** Position in the task's annotations (or predictions) list. */
  readonly index: number;
  /** Where it sits in the task JSON: `annotations[0]`, `completions[2]`, `predictions[1]`. */
  readonly path: string;
  /** The annotation or prediction object as it came (frozen); `undefined` when the entry is not an object. */
  readonly record: JsonObject | undefined;
  /** Its result items as they came (frozen), in order; `[]` when `result` is not a list. Where
   *  `usable[i]` is false the item may be anything (it is kept aside exactly as it came). */
  readonly result: readonly LSResult[];
  /** Aligned with `result`: `true` where the item can be drawn and edited. */
  readonly usable: readonly boolean[];
  readonly issues: readonly ResultIssue[];
}

export interface ImportedTask {
  /** The task, normalised: `data` is always an object (the whole body of a flat task, `{}` when
   *  absent) and annotations are under `annotations` whatever key they came under. Frozen. */
  readonly task: LSTask;
  readonly annotations: readonly ImportedResultSet[];
  readonly predictions: readonly ImportedResultSet[];
  /** Every issue of every set, annotations first. */
  readonly issues: readonly ResultIssue[];
  /** Every id in the task: annotations, predictions, drafts and their result items (usable or
   *  not), as strings. A new region id must not be one of them. */
  readonly ids: ReadonlySet<string>;
  readonly source: TaskSource;
}

/**
 * Imports a task: an object, or its JSON text. The input is copied through JSON (so the host's
 * objects are never kept or touched, and keys such as `"__proto__"` stay plain keys), then frozen.
 * Throws {@link TaskFormatError} when the input is not a task; problems inside result lists never
 * throw, they become issues.
 */
export function importTask(input: unknown): ImportedTask {
  const json = readJson(input);
  const annotationsKey = annotationsKeyOf(json);
  const shape = shapeOf(json, annotationsKey);
  if (shape === 'task' && !isJsonObject(json.data)) {
    throw new TaskFormatError(`A task's data must be an object, not ${describe(json.data)}`);
  }
  const listIssues: ResultIssue[] = [];
  const annotations = importSets(json[annotationsKey], annotationsKey, listIssues);
  const predictions = importSets(json.predictions, 'predictions', listIssues);
  const setIssues = [...annotations, ...predictions].flatMap((set) => set.issues);
  return Object.freeze({
    task: normalise(json, shape, annotationsKey),
    annotations: Object.freeze(annotations),
    predictions: Object.freeze(predictions),
    issues: Object.freeze([...listIssues, ...setIssues]),
    ids: collectIds(json, annotationsKey),
    source: Object.freeze({ json, shape, annotationsKey }),
  });
}

/** The key a task keeps its annotations under: `completions` only for a pre-1.0 task that has no
 *  `annotations`. */
export function annotationsKeyOf(task: Readonly<Record<string, unknown>>): 'annotations' | 'completions' {
  return !Object.hasOwn(task, 'annotations') && Object.hasOwn(task, 'completions')
    ? 'completions'
    : 'annotations';
}

function readJson(input: unknown): JsonObject {
  let json: Json;
  try {
    json = copyJson(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TaskFormatError(`The task is not JSON: ${reason}`, { cause: error });
  }
  if (Array.isArray(json)) throw new TaskFormatError('A task must be one object, not a list of tasks');
  if (!isJsonObject(json)) throw new TaskFormatError(`A task must be an object, not ${describe(json)}`);
  return deepFreeze(json);
}

function shapeOf(json: JsonObject, annotationsKey: string): TaskShape {
  if (Object.hasOwn(json, 'data')) return 'task';
  return Object.hasOwn(json, annotationsKey) || Object.hasOwn(json, 'predictions') ? 'no-data' : 'flat';
}

function importSets(list: Json | undefined, key: string, listIssues: ResultIssue[]): ImportedResultSet[] {
  if (list == null) return [];
  if (Array.isArray(list)) return list.map((record, index) => importSet(record, index, `${key}[${index}]`));
  listIssues.push(issueAt(key, 'bad-type', `${key} is ${describe(list)}, not a list`));
  return [];
}

function importSet(record: Json, index: number, path: string): ImportedResultSet {
  const set = (result: readonly Json[], usable: readonly boolean[], issues: readonly ResultIssue[]) =>
    Object.freeze({
      index,
      path,
      record: isJsonObject(record) ? record : undefined,
      result: result as readonly LSResult[],
      usable: Object.freeze(usable),
      issues: Object.freeze(issues),
    });
  if (!isJsonObject(record)) {
    return set([], [], [issueAt(path, 'not-object', `${path} is ${describe(record)}, not an object`)]);
  }
  const result = record.result;
  if (Array.isArray(result)) {
    const check = validateResultSet(result, `${path}.result`);
    return set(result, check.usable, check.issues);
  }
  const issue =
    result == null
      ? issueAt(`${path}.result`, 'missing-field', `${path} has no result list`)
      : issueAt(`${path}.result`, 'bad-type', `${path}.result is ${describe(result)}, not a list`);
  return set([], [], [issue]);
}

/** The task as `ImportedTask.task` describes it, sharing every value with the imported copy. */
function normalise(json: JsonObject, shape: TaskShape, annotationsKey: string): LSTask {
  if (shape === 'flat') return Object.freeze({ data: json });
  let task = json;
  if (annotationsKey === 'completions') {
    const renamed = Object.entries(task).map(([key, value]) => [
      key === 'completions' ? 'annotations' : key,
      value,
    ]);
    task = Object.freeze(Object.fromEntries(renamed));
  }
  if (shape === 'no-data') task = withEntry(task, 'data', Object.freeze({}));
  return task as LSTask;
}

function collectIds(json: JsonObject, annotationsKey: string): ReadonlySet<string> {
  const ids = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id === 'string' || typeof id === 'number') ids.add(String(id));
  };
  for (const key of [annotationsKey, 'predictions', 'drafts']) {
    const list = json[key];
    if (!Array.isArray(list)) continue;
    for (const record of list) {
      if (!isJsonObject(record)) continue;
      add(record.id);
      if (!Array.isArray(record.result)) continue;
      for (const item of record.result) if (isJsonObject(item)) add(item.id);
    }
  }
  return ids;
}

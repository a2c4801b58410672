/**
 * Checks one result item on its own (bad-inputs S14): is it an object with a `type`, the names and
 * `value` its type needs, numbers that are numbers, finite and of sane size, sizes that are not
 * negative, spans that do not end before they start, point lists under the hard cap. Rules go by
 * field name, so they hold for every type that uses the field, unknown types included. Checks that
 * need the whole result list (duplicate ids, relation targets) are in `validate-result-set.ts`.
 */
import { IssueReport, describe } from './issue-report.js';
import { isJsonObject } from './json.js';
import { RESULT_LIMITS } from './result-limits.js';
import { carriesLabels, payloadKey } from './result-types.js';
import type { ResultIssue } from './types.js';

type Value = Readonly<Record<string, unknown>>;

const POSITION_FIELDS = ['x', 'y', 'rotation'] as const;
const SIZE_FIELDS = ['width', 'height', 'radiusX', 'radiusY'] as const;
const KEYFRAME_FIELDS = ['frame', 'time', 'x', 'y', 'width', 'height', 'rotation'] as const;
const OFFSET = { max: RESULT_LIMITS.maxOffset } as const;
const NON_NEGATIVE_OFFSET = { max: RESULT_LIMITS.maxOffset, min: 0 } as const;
const SIZE = { min: 0, belowMin: 'negative-size' } as const;

const BOX = ['x', 'y', 'width', 'height'];
const ELLIPSE = ['x', 'y', 'radiusX', 'radiusY'];
const POINT = ['x', 'y'];
const SPAN = ['start', 'end'];

/** Geometry a region of these types cannot be drawn without. */
const REQUIRED_GEOMETRY: ReadonlyMap<string, readonly string[]> = new Map([
  ['rectangle', BOX],
  ['rectanglelabels', BOX],
  ['ellipse', ELLIPSE],
  ['ellipselabels', ELLIPSE],
  ['keypoint', POINT],
  ['keypointlabels', POINT],
  ['polygon', ['points']],
  ['polygonlabels', ['points']],
  ['hypertextlabels', SPAN],
  ['paragraphlabels', SPAN],
  ['timeserieslabels', SPAN],
  ['videorectangle', ['sequence']],
  ['timelinelabels', ['ranges']],
]);

const RELATION_DIRECTIONS: ReadonlySet<unknown> = new Set(['left', 'right', 'bi']);

/**
 * The issues of one result item; empty when it can be used. `path` says where the item sits
 * (`annotations[0].result[3]`) and is copied into every issue.
 */
export function validateResult(item: unknown, path: string): ResultIssue[] {
  if (!isJsonObject(item)) {
    const report = new IssueReport(path, undefined);
    report.add('not-object', `result item is ${describe(item)}, not an object`);
    return report.issues;
  }
  const id = typeof item.id === 'string' ? item.id : undefined;
  const report = new IssueReport(path, id);
  if (item.id != null && (typeof item.id !== 'string' || item.id === '')) {
    report.add('bad-type', `id is ${describe(item.id)}, not a non-empty string`);
  }
  if (item.type === undefined) {
    report.add('missing-field', 'type is missing');
  } else if (typeof item.type !== 'string') {
    report.add('bad-type', `type is ${describe(item.type)}, not a string`);
  } else if (item.type === 'relation') {
    checkRelation(report, item);
  } else {
    checkRegionItem(report, item, item.type);
  }
  return report.issues;
}

function checkRelation(report: IssueReport, item: Value): void {
  for (const field of ['from_id', 'to_id']) {
    const value = item[field];
    if (value == null) {
      report.add('missing-field', `${field} is missing (a relation links two regions)`);
    } else if (typeof value !== 'string' || value === '') {
      report.add('bad-type', `${field} is ${describe(value)}, not a region id`);
    }
  }
  if (item.direction !== undefined && !RELATION_DIRECTIONS.has(item.direction)) {
    report.add('bad-type', `direction is ${describe(item.direction)}, not left, right or bi`);
  }
  if (item.labels !== undefined) report.strings('labels', item.labels);
}

function checkRegionItem(report: IssueReport, item: Value, type: string): void {
  for (const field of ['from_name', 'to_name']) {
    const value = item[field];
    if (value == null) {
      report.add('missing-field', `${field} is missing`);
    } else if (typeof value !== 'string') {
      report.add('bad-type', `${field} is ${describe(value)}, not a string`);
    }
  }
  checkEnvelopeNumbers(report, item);
  if (item.value == null) {
    report.add('missing-value', `value is missing (a ${type} result needs one)`);
  } else if (!isJsonObject(item.value)) {
    report.add('bad-type', `value is ${describe(item.value)}, not an object`);
  } else {
    checkValue(report, type, item.value);
  }
}

/** Optional numbers next to `value`; `null` counts as absent (JSON written from Python's `None`). */
function checkEnvelopeNumbers(report: IssueReport, item: Value): void {
  const optional = (field: string, rule?: Parameters<IssueReport['number']>[2]) => {
    if (item[field] != null) report.number(field, item[field], rule);
  };
  optional('original_width', { min: 0 });
  optional('original_height', { min: 0 });
  optional('image_rotation');
  optional('original_length', NON_NEGATIVE_OFFSET);
  optional('item_index', { ...NON_NEGATIVE_OFFSET, integer: true });
  optional('score', { max: Number.MAX_VALUE });
}

function checkValue(report: IssueReport, type: string, value: Value): void {
  const has = (field: string) => Object.hasOwn(value, field);
  for (const field of REQUIRED_GEOMETRY.get(type) ?? []) {
    if (!has(field)) report.add('missing-field', `value.${field} is missing (a ${type} result needs it)`);
  }
  for (const field of POSITION_FIELDS) if (has(field)) report.number(`value.${field}`, value[field]);
  for (const field of SIZE_FIELDS) if (has(field)) report.number(`value.${field}`, value[field], SIZE);
  if (has('points')) checkPoints(report, value.points);
  checkSpan(report, value);
  if (has('channel')) report.number('value.channel', value.channel, { min: 0, integer: true });
  if (has('rle')) checkRle(report, value.rle);
  if (has('sequence')) checkKeyframes(report, value.sequence);
  if (has('vertices')) checkVertices(report, value.vertices);
  if (has('ranges')) checkRanges(report, value.ranges);
  checkPayload(report, type, value);
}

function checkPoints(report: IssueReport, points: unknown): void {
  if (!report.list('value.points', points)) return;
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    if (!Array.isArray(point) || point.length < 2) {
      report.add('bad-type', `value.points[${i}] is ${describe(point)}, not an [x, y] pair`);
      return;
    }
    const fine =
      report.number(`value.points[${i}][0]`, point[0]) && report.number(`value.points[${i}][1]`, point[1]);
    if (!fine) return;
  }
}

/**
 * `start`/`end` are code points (Text), seconds (Audio), XPaths (HyperText), paragraph indexes as
 * strings (Paragraphs) or time-column values (TimeSeries), so numbers and strings are both fine;
 * order is checked when both are numbers or both are whole-number strings.
 */
function checkSpan(report: IssueReport, value: Value): void {
  const fine = [checkBound(report, 'start', value.start), checkBound(report, 'end', value.end)];
  if (fine[0] && fine[1]) checkOrder(report, 'value', value.start, value.end);
  for (const field of ['startOffset', 'endOffset']) {
    if (Object.hasOwn(value, field)) report.number(`value.${field}`, value[field], NON_NEGATIVE_OFFSET);
  }
  if (Object.hasOwn(value, 'globalOffsets')) checkGlobalOffsets(report, value.globalOffsets);
}

function checkBound(report: IssueReport, field: string, bound: unknown): boolean {
  if (bound === undefined || typeof bound === 'string') return true;
  if (typeof bound === 'number') return report.number(`value.${field}`, bound, OFFSET);
  report.add('bad-type', `value.${field} is ${describe(bound)}, not a number or a string`);
  return false;
}

function checkGlobalOffsets(report: IssueReport, offsets: unknown): void {
  if (!isJsonObject(offsets)) {
    report.add('bad-type', `value.globalOffsets is ${describe(offsets)}, not an object`);
    return;
  }
  const fine =
    report.number('value.globalOffsets.start', offsets.start, NON_NEGATIVE_OFFSET) &&
    report.number('value.globalOffsets.end', offsets.end, NON_NEGATIVE_OFFSET);
  if (fine) checkOrder(report, 'value.globalOffsets', offsets.start, offsets.end);
}

function checkOrder(report: IssueReport, at: string, start: unknown, end: unknown): void {
  const [from, to] = [asNumber(start), asNumber(end)];
  if (to < from) {
    report.add('negative-size', `${at}.end (${String(end)}) is before ${at}.start (${String(start)})`);
  }
}

/** A number, or a whole-number string (a paragraph index) as a number; NaN for anything else. */
function asNumber(bound: unknown): number {
  if (typeof bound === 'number') return bound;
  return typeof bound === 'string' && /^\d+$/.test(bound) ? Number(bound) : NaN;
}

function checkRle(report: IssueReport, rle: unknown): void {
  if (!Array.isArray(rle)) {
    report.add('bad-type', `value.rle is ${describe(rle)}, not a list of bytes`);
    return;
  }
  const at = rle.findIndex(
    (byte) => typeof byte !== 'number' || !Number.isInteger(byte) || byte < 0 || byte > 255,
  );
  if (at >= 0) report.add('bad-type', `value.rle[${at}] is ${describe(rle[at])}, not a byte`);
}

/** Video keyframes: finite numbers; negative sizes occur in real Label Studio data, so they pass. */
function checkKeyframes(report: IssueReport, sequence: unknown): void {
  if (!report.list('value.sequence', sequence)) return;
  for (const [i, frame] of sequence.entries()) {
    const at = `value.sequence[${i}]`;
    if (!isJsonObject(frame)) return report.add('bad-type', `${at} is ${describe(frame)}, not an object`);
    for (const field of KEYFRAME_FIELDS) {
      if (Object.hasOwn(frame, field) && !report.number(`${at}.${field}`, frame[field])) return;
    }
  }
}

function checkVertices(report: IssueReport, vertices: unknown): void {
  if (!report.list('value.vertices', vertices)) return;
  for (const [i, vertex] of vertices.entries()) {
    const at = `value.vertices[${i}]`;
    if (!isJsonObject(vertex)) return report.add('bad-type', `${at} is ${describe(vertex)}, not an object`);
    if (!report.number(`${at}.x`, vertex.x) || !report.number(`${at}.y`, vertex.y)) return;
  }
}

function checkRanges(report: IssueReport, ranges: unknown): void {
  if (!report.list('value.ranges', ranges)) return;
  for (const [i, range] of ranges.entries()) {
    const at = `value.ranges[${i}]`;
    if (!isJsonObject(range)) return report.add('bad-type', `${at} is ${describe(range)}, not an object`);
    if (!report.number(`${at}.start`, range.start, OFFSET) || !report.number(`${at}.end`, range.end, OFFSET))
      return;
    checkOrder(report, at, range.start, range.end);
  }
}

/** The control's own payload: label lists are lists of strings, and so on per §6.15–§6.19. */
function checkPayload(report: IssueReport, type: string, value: Value): void {
  const key = payloadKey(type);
  if (key === undefined || !Object.hasOwn(value, key)) return;
  const payload = value[key];
  const field = `value.${key}`;
  if (carriesLabels(type)) {
    report.strings(field, payload);
    return;
  }
  switch (key) {
    case 'choices':
      // a flat choice, or a path of nested choices (`allowNested`)
      if (report.list(field, payload)) {
        payload.every((choice, i) => typeof choice === 'string' || report.strings(`${field}[${i}]`, choice));
      }
      break;
    case 'taxonomy':
      if (report.list(field, payload)) payload.every((path, i) => report.strings(`${field}[${i}]`, path));
      break;
    case 'text':
      if (typeof payload !== 'string') report.strings(field, payload);
      break;
    case 'number':
    case 'rating':
      report.number(field, payload, { max: Number.MAX_VALUE });
      break;
    case 'datetime':
    case 'selected':
      if (typeof payload !== 'string') {
        report.add('bad-type', `${field} is ${describe(payload)}, not a string`);
      }
      break;
    case 'ranker':
      // current form: column → ordered ids; legacy form (fixture `ranker`): one flat list of ids
      if (Array.isArray(payload)) {
        report.strings(field, payload);
      } else if (isJsonObject(payload)) {
        Object.entries(payload).every(([column, ids]) => report.strings(`${field}.${column}`, ids));
      } else {
        report.add('bad-type', `${field} is ${describe(payload)}, not a list or an object`);
      }
      break;
  }
}

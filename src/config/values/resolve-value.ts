/**
 * The `$variable` algorithm of Label Studio's `parseValue` (ls-spec §3), reproduced exactly:
 * - a token is `$` followed by word characters, dots, brackets and braces;
 * - when the whole template is one token, the looked-up value comes back as it is (an array, an
 *   object, a number…), or `""` when it is missing;
 * - otherwise every token is replaced by its value as JavaScript would stringify it, so a missing
 *   one reads `undefined` ("Hi $nope" → "Hi undefined");
 * - a template without tokens is a literal.
 * Lookups follow own properties only (see `getDataPath`); task data given as a JSON string is parsed.
 */
import { getDataPath } from './data-path.js';

const TOKEN = /\$[\w[\].{}]+/g;
const FIRST_TOKEN = /\$[\w[\].{}]+/;

/** Whether a template holds at least one `$variable` token, i.e. depends on task data. */
export function hasVariable(template: unknown): template is string {
  return typeof template === 'string' && FIRST_TOKEN.test(template);
}

export function resolveValue(template: string, data: unknown): unknown {
  if (!template) return '';
  const first = FIRST_TOKEN.exec(template);
  if (!first) return template;
  const root = parseIfJson(data);
  if (first[0] === template) return getDataPath(root, template.slice(1)) ?? '';
  return template.replace(TOKEN, (token) => stringifyLikeJs(getDataPath(root, token.slice(1))));
}

/** `data` as Label Studio reads it: a JSON string is parsed; an unparsable one holds nothing. */
export function parseIfJson(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * `String(value)` as `String.prototype.replace` would apply it, without ever calling code that came
 * with the data: objects give `[object Object]` even when they carry a `toString` key, and arrays
 * join their items (holes and null/undefined as empty), like `Array.prototype.join`.
 */
function stringifyLikeJs(value: unknown, seen: Set<unknown> = new Set()): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (!Array.isArray(value)) return '[object Object]';
  if (seen.has(value)) return '';
  seen.add(value);
  const items = Array.from(value, (item: unknown) =>
    item === null || item === undefined ? '' : stringifyLikeJs(item, seen),
  );
  seen.delete(value);
  return items.join(',');
}

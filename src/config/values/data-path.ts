/**
 * Reads a path such as `pages[2].src` out of task data the way lodash `get` does, which is what
 * Label Studio's `parseValue` uses (ls-spec §3), but only ever through own properties: task data
 * comes from other people, and `__proto__`, `constructor` and `prototype` are never followed, so a
 * path can neither read nor reach anything on a prototype (bad-inputs S12).
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** lodash `isKey`: a path without `.` or `[…]` is one key. */
const DEEP_PATH = /\.|\[[^[\]]*\]/;

/**
 * lodash `stringToPath`'s segment pattern without its quoted-key branch: the `$variable` token
 * pattern admits no quotes, so that branch could never match. Empty segments (`a..b`, a trailing
 * `.`) come out as `''`, as in lodash, so `$url.` finds nothing.
 */
const SEGMENT = /[^.[\]]+|\[(-?\d+(?:\.\d+)?)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;

export function getDataPath(data: unknown, path: string): unknown {
  if (hasOwn(data, path) || !DEEP_PATH.test(path)) return ownValue(data, path);
  let value = data;
  for (const key of pathSegments(path)) {
    if (value === null || value === undefined) return undefined;
    value = ownValue(value, key);
  }
  return value;
}

function pathSegments(path: string): string[] {
  const segments = path.startsWith('.') ? [''] : [];
  for (const match of path.matchAll(SEGMENT)) segments.push(match[1] ?? match[0]);
  return segments;
}

function ownValue(container: unknown, key: string): unknown {
  if (FORBIDDEN_KEYS.has(key) || !hasOwn(container, key)) return undefined;
  return (container as Record<string, unknown>)[key];
}

/** Strings count: lodash reads `"abc"[0]` and `"abc".length`, and so do we. */
function hasOwn(container: unknown, key: string): boolean {
  if (container === null || container === undefined) return false;
  if (typeof container !== 'object' && typeof container !== 'string') return false;
  return Object.hasOwn(Object(container) as object, key);
}

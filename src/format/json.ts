/**
 * JSON plumbing for the codec. Task JSON comes from other people, so every copy keeps JSON's own
 * semantics: keys are own data properties (a `"__proto__"` key stays a key and never becomes a
 * prototype, bad-inputs S12), key order is kept, and nothing the host still holds is shared.
 */
import type { Json, JsonObject } from './types.js';

/** A plain JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The JSON value a host handed us, as a fresh copy: a string is parsed, anything else goes through
 * `JSON.stringify` first, so what we keep is exactly what the host's own serialiser would send
 * (`toJSON` applied, `undefined` and functions dropped). `JSON.parse` defines every key with
 * CreateDataProperty, which is what keeps `"__proto__"` an ordinary key. Throws what `JSON` throws
 * (syntax errors, cycles, BigInt, nesting too deep for the engine).
 */
export function copyJson(input: unknown): Json {
  if (typeof input === 'string') return JSON.parse(input.replace(/^\uFEFF/, '')) as Json;
  const text = JSON.stringify(input);
  if (text === undefined) throw new TypeError(`${typeof input} is not JSON`);
  return JSON.parse(text) as Json;
}

/**
 * Freezes a value and everything reachable from it, in place, and returns it. Iterative, so deeply
 * nested task data cannot overflow the stack. An object that is already frozen is taken to be
 * frozen all the way down (that is how every frozen object in this library is made), which keeps
 * re-freezing shared subtrees cheap.
 */
export function deepFreeze<T>(root: T): T {
  const pending: object[] = [];
  const visit = (value: unknown) => {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) pending.push(value);
  };
  visit(root);
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (Object.isFrozen(value)) continue;
    Object.freeze(value);
    if (Array.isArray(value)) for (const element of value) visit(element);
    else for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
  }
  return root;
}

/**
 * A frozen shallow copy of `source` with `key` set to `value`: in place when the key exists (key
 * order kept), appended otherwise. Built with `Object.fromEntries`, never by assignment, so any key,
 * `"__proto__"` included, stays an own data property.
 */
export function withEntry<T extends object>(source: T, key: string, value: unknown): T {
  const entries: [string, unknown][] = Object.entries(source);
  const at = entries.findIndex(([k]) => k === key);
  if (at >= 0) entries[at] = [key, value];
  else entries.push([key, value]);
  return Object.freeze(Object.fromEntries(entries)) as T;
}

/** Structural equality of JSON values (key order ignored). Iterative, for large geometry. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const pairs: [unknown, unknown][] = [[a, b]];
  for (let pair = pairs.pop(); pair !== undefined; pair = pairs.pop()) {
    const [x, y] = pair;
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xKeys = Object.keys(x);
    if (xKeys.length !== Object.keys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key)) return false;
      pairs.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

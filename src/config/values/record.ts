/**
 * String-keyed records that inherit nothing (bad-inputs S12): `record.toString`, `record.constructor`
 * are undefined, and a `__proto__` key is an ordinary key, since no `__proto__` accessor sits on the
 * chain. Their prototype is one shared empty object that itself has no prototype, instead of none
 * at all: V8 keeps `Object.create(null)` objects in slow dictionary mode, and configs with a
 * `Repeater` build hundreds of thousands of these.
 */
const NOTHING: object = Object.freeze(Object.create(null) as object);

export function createRecord<T>(): Record<string, T> {
  return Object.create(NOTHING) as Record<string, T>;
}

/**
 * Typing of attribute values (ls-spec §2.1): `"true"`/`"false"` become booleans and numeric
 * attributes numbers, enumerations are checked, and `value` always stays a string, as in Label
 * Studio. A value that holds a `$variable` stays a string here; it is typed once resolved.
 */
import type { AttrSpec, AttrValue } from '../types.js';
import { hasVariable } from './resolve-value.js';

export type Coercion =
  { readonly ok: true; readonly value: AttrValue } | { readonly ok: false; readonly expected: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function coerceAttrValue(name: string, raw: string, spec: AttrSpec): Coercion {
  if (name === 'value') return { ok: true, value: raw };
  if (spec.variable && hasVariable(raw)) return { ok: true, value: raw };
  const { type } = spec;
  if (type === 'boolean') {
    if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
    return { ok: false, expected: 'true or false' };
  }
  if (type === 'number') {
    const number = parseDecimal(raw);
    return number === undefined ? { ok: false, expected: 'a number' } : { ok: true, value: number };
  }
  if (typeof type !== 'string') {
    if (type.includes(raw)) return { ok: true, value: raw };
    return { ok: false, expected: `one of ${type.join(', ')}` };
  }
  return { ok: true, value: raw };
}

/** A resolved `$variable` of a numeric attribute becomes a number when it reads as one. */
export function typeResolvedValue(resolved: unknown, spec: AttrSpec): unknown {
  if (spec.type !== 'number' || typeof resolved !== 'string') return resolved;
  return parseDecimal(resolved) ?? resolved;
}

function parseDecimal(raw: string): number | undefined {
  const trimmed = raw.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}

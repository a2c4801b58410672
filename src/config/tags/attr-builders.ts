/**
 * Short constructors for attribute specs, so a tag's attribute table reads like the Label Studio
 * documentation it mirrors: `zoom: bool(true)`, `choice: oneOf(['single', 'multiple'], 'single')`.
 */
import type { AttrSpec } from '../types.js';

interface Flags {
  readonly required?: boolean;
  readonly variable?: boolean;
}

export const text = (defaultValue?: string, flags: Flags = {}): AttrSpec =>
  withDefault({ type: 'string', ...flags }, defaultValue);

export const bool = (defaultValue?: boolean): AttrSpec => withDefault({ type: 'boolean' }, defaultValue);

export const num = (defaultValue?: number, flags: Flags = {}): AttrSpec =>
  withDefault({ type: 'number', ...flags }, defaultValue);

export const color = (defaultValue?: string): AttrSpec => withDefault({ type: 'color' }, defaultValue);

export const css = (defaultValue?: string): AttrSpec => withDefault({ type: 'css' }, defaultValue);

export const oneOf = (values: readonly string[], defaultValue?: string): AttrSpec =>
  withDefault({ type: values }, defaultValue);

/** A required string, e.g. `Label value`. */
export const requiredText = (flags: Omit<Flags, 'required'> = {}): AttrSpec => ({
  type: 'string',
  required: true,
  ...flags,
});

/** A string that honours `$variables` (ls-spec §3). */
export const variableText = (defaultValue?: string): AttrSpec => text(defaultValue, { variable: true });

function withDefault(spec: AttrSpec, defaultValue: AttrSpec['default']): AttrSpec {
  return defaultValue === undefined ? spec : { ...spec, default: defaultValue };
}

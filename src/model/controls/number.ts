import type { ConfigNode } from '../../config/types.js';
import { booleanAttr, numberAttr } from './attrs.js';

/**
 * Number semantics (ls-spec §6.18): `{number: n}`, a JSON number. An out-of-range value is kept (what
 * the annotator typed is what is stored) and reported; submit validation refuses it, as in Label Studio.
 */

export interface NumberSettings {
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** Only checked when the config gives one; the input steps by 1 otherwise. */
  readonly step: number | undefined;
  /** Shown while there is no result; Label Studio adds it to the result on submit. */
  readonly defaultValue: number | undefined;
  readonly slider: boolean;
}

export function numberSettings(control: ConfigNode): NumberSettings {
  const step = numberAttr(control, 'step');
  return {
    min: numberAttr(control, 'min'),
    max: numberAttr(control, 'max'),
    step: step !== undefined && step > 0 ? step : undefined,
    defaultValue: numberAttr(control, 'defaultValue'),
    slider: booleanAttr(control, 'slider') === true,
  };
}

/** The number a payload holds, if it is one. */
export function numberOf(payload: unknown): number | undefined {
  return typeof payload === 'number' && Number.isFinite(payload) ? payload : undefined;
}

export type NumberInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly message: string }
  | { readonly kind: 'value'; readonly value: number };

/**
 * Reads what the annotator typed. `badInput` is the browser's own verdict on an `<input type=number>`
 * (`1e`, `--`): its `value` is then empty although the box is not.
 */
export function readNumberInput(raw: string, badInput: boolean): NumberInput {
  if (badInput) return { kind: 'invalid', message: 'Enter a number' };
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  const value = Number(text);
  return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid', message: 'Enter a number' };
}

/** Floating point residue below this is not a step mismatch (0.3 is a multiple of 0.1). */
const STEP_TOLERANCE = 1e-9;

/** What is wrong with a value under the config's `min`, `max` and `step`, in Label Studio's words. */
export function numberProblem(value: number, settings: NumberSettings): string | undefined {
  if (settings.min !== undefined && value < settings.min)
    return `Value must be greater than or equal to ${settings.min}`;
  if (settings.max !== undefined && value > settings.max)
    return `Value must be less than or equal to ${settings.max}`;
  if (settings.step !== undefined) {
    const basis = settings.min ?? 0;
    const steps = (value - basis) / settings.step;
    if (Math.abs(steps - Math.round(steps)) > STEP_TOLERANCE) {
      const below = basis + Math.floor(steps) * settings.step;
      return `The two nearest valid values are ${round(below)} and ${round(below + settings.step)}`;
    }
  }
  return undefined;
}

/** Hides binary floating point noise (0.30000000000000004) in messages. */
function round(n: number): number {
  return Number(n.toPrecision(12));
}

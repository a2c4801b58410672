import type { ConfigNode } from '../../config/types.js';
import { stringAttr } from './attrs.js';
import { formatStrftime, parseStrftime, type DateParts } from './strftime.js';

/**
 * DateTime semantics (ls-spec §6.18), free of the DOM. `only` (a comma list of `date`, `time`, `month`,
 * `year`) picks the inputs; `format` (strftime) shapes the stored string `{datetime: "…"}`.
 *
 * Defaults follow Label Studio's code (`tags/control/DateTime.jsx`): `%Y-%m-%dT%H:%M` with a time,
 * `%Y-%m-%d` without one, and `only="time"` stores the raw `HH:MM` (its `format` is ignored).
 * ls-spec §6.18 says a year alone is stored as `"2024"`; Label Studio 1.22 in fact formats it with
 * `%Y-%m-%d` (`"2024-01-01"`) and cannot read `"2024"` back, so we write what it writes and accept
 * both when reading.
 *
 * The annotator edits the native inputs' own strings ({@link DateTimeInputs}); this module turns them
 * into the stored string and back.
 */

export interface DateTimeFields {
  /** `<input type=date>`: year, month and day. */
  readonly date: boolean;
  readonly time: boolean;
  /** `<input type=month>` (year and month), when `only` asks for a month without a date. */
  readonly month: boolean;
  /** A year on its own, when `only` asks for neither a date nor a month. */
  readonly year: boolean;
}

export interface DateTimeSettings {
  readonly fields: DateTimeFields;
  /** Only `only="time"`: the value is the time input's `HH:MM` as it is. */
  readonly timeOnly: boolean;
  /** strftime format of the stored string (unused when {@link timeOnly}). */
  readonly format: string;
  readonly min: string | undefined;
  readonly max: string | undefined;
}

/** Values of the native inputs: `YYYY-MM-DD`, `HH:MM`, `YYYY-MM`, `YYYY`; empty when not filled. */
export interface DateTimeInputs {
  readonly date: string;
  readonly time: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_INPUTS: DateTimeInputs = { date: '', time: '', month: '', year: '' };

const FORMAT_FULL = '%Y-%m-%dT%H:%M';
const FORMAT_DATE = '%Y-%m-%d';

export function dateTimeSettings(control: ConfigNode): DateTimeSettings {
  const only = stringAttr(control, 'only');
  const parts = new Set((only ?? '').split(',').map((part) => part.trim().toLowerCase()));
  const all = only === undefined;
  const date = all || parts.has('date');
  const time = all || parts.has('time');
  const month = !date && parts.has('month');
  const year = !date && !month && parts.has('year');
  const fields = { date, time, month, year };
  return {
    fields,
    timeOnly: time && !date && !month && !year,
    format: stringAttr(control, 'format') ?? (time ? FORMAT_FULL : FORMAT_DATE),
    min: stringAttr(control, 'min'),
    max: stringAttr(control, 'max'),
  };
}

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(n).padStart(4, '0');

/** Readings tried, in order, for a stored value its own format cannot read (older or hand-made data). */
const FALLBACK_FORMATS = [FORMAT_FULL, '%Y-%m-%dT%H:%M:%S', FORMAT_DATE, '%Y-%m', '%Y'];

function readTime(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? `${two(hour)}:${two(minute)}` : undefined;
}

/** The input strings for a stored value; empty inputs when there is none or it cannot be read. */
export function inputsOf(stored: unknown, settings: DateTimeSettings): DateTimeInputs {
  if (typeof stored !== 'string' || stored === '') return EMPTY_INPUTS;
  if (settings.timeOnly) return { ...EMPTY_INPUTS, time: readTime(stored) ?? '' };
  const parts = [settings.format, ...FALLBACK_FORMATS]
    .map((format) => parseStrftime(format, stored))
    .find((p) => p !== undefined);
  if (!parts) return EMPTY_INPUTS;
  return {
    date: `${four(parts.year)}-${two(parts.month)}-${two(parts.day)}`,
    time: settings.fields.time ? `${two(parts.hour)}:${two(parts.minute)}` : '',
    month: `${four(parts.year)}-${two(parts.month)}`,
    year: four(parts.year),
  };
}

export type DateTimeValue =
  | { readonly kind: 'empty' }
  /** Something is filled but the value needs more (a time without its date). */
  | { readonly kind: 'incomplete'; readonly message: string }
  /** `parts` is undefined for a time alone, which has no calendar day. */
  | { readonly kind: 'value'; readonly value: string; readonly parts: DateParts | undefined };

type Day = { year: number; month: number; day: number };

/** The calendar day the inputs name; `empty` when none is filled, `bad-year` when the year is not four digits. */
function dayOf(inputs: DateTimeInputs, fields: DateTimeFields): Day | 'empty' | 'bad-year' {
  const [text, pattern] = fields.date
    ? [inputs.date, /^(\d+)-(\d{2})-(\d{2})$/]
    : fields.month
      ? [inputs.month, /^(\d+)-(\d{2})$/]
      : [inputs.year, /^(\d+)$/];
  if (text.trim() === '') return 'empty';
  const [year, month = 1, day = 1] = pattern.exec(text.trim())?.slice(1).map(Number) ?? [];
  // Label Studio accepts years 1000-9999 only; a native date input would take 275760
  if (year === undefined || year < 1000 || year > 9999) return 'bad-year';
  return { year, month, day };
}

/**
 * The stored string for the inputs. A date without a time takes midnight, as Label Studio does; a time
 * without a date is not a value yet.
 */
export function valueOf(inputs: DateTimeInputs, settings: DateTimeSettings): DateTimeValue {
  const { fields } = settings;
  const time = fields.time ? readTime(inputs.time) : undefined;
  if (settings.timeOnly)
    return time === undefined ? { kind: 'empty' } : { kind: 'value', value: time, parts: undefined };
  const day = dayOf(inputs, fields);
  if (day === 'bad-year') return { kind: 'incomplete', message: 'Enter a year between 1000 and 9999' };
  if (day === 'empty') {
    if (time === undefined) return { kind: 'empty' };
    return {
      kind: 'incomplete',
      message: fields.date
        ? 'Pick a date as well'
        : fields.month
          ? 'Pick a month as well'
          : 'Enter a year as well',
    };
  }
  const parts: DateParts = {
    ...day,
    hour: time ? Number(time.slice(0, 2)) : 0,
    minute: time ? Number(time.slice(3)) : 0,
    second: 0,
  };
  return { kind: 'value', value: formatStrftime(settings.format, parts), parts };
}

/** What min/max compare with, as Label Studio compares: the ISO date, or the year alone for years. */
function comparable(parts: DateParts, settings: DateTimeSettings): string {
  const iso = `${four(parts.year)}-${two(parts.month)}-${two(parts.day)}`;
  return settings.fields.year ? iso.slice(0, 4) : iso;
}

export interface DateTimeRangeProblem {
  readonly bound: 'min' | 'max';
  readonly message: string;
}

/** Why a value is outside `min`/`max`, if it is. Times alone are not range-checked (nor in Label Studio). */
export function rangeProblem(
  parts: DateParts | undefined,
  settings: DateTimeSettings,
): DateTimeRangeProblem | undefined {
  if (parts === undefined) return undefined;
  const value = comparable(parts, settings);
  if (settings.min !== undefined && value < settings.min)
    return { bound: 'min', message: `Must be ${settings.min} or later` };
  if (settings.max !== undefined && value > settings.max)
    return { bound: 'max', message: `Must be ${settings.max} or earlier` };
  return undefined;
}

/** The range problem of a stored value (for submit validation), if it can be read and has one. */
export function storedRangeProblem(
  stored: unknown,
  settings: DateTimeSettings,
): DateTimeRangeProblem | undefined {
  const value = valueOf(inputsOf(stored, settings), settings);
  return value.kind === 'value' ? rangeProblem(value.parts, settings) : undefined;
}

/** `min`/`max` for each native input, from the config's strings (Label Studio passes them through). */
export function inputBounds(bound: string | undefined): {
  date?: string;
  month?: string;
  year?: string;
  time?: string;
} {
  if (bound === undefined) return {};
  const date = /^\d{4}-\d{2}-\d{2}/.exec(bound)?.[0];
  const time = /\d?\d:\d\d/.exec(bound)?.[0];
  const year = /^\d{4}/.exec(bound)?.[0];
  return {
    ...(date !== undefined ? { date, month: date.slice(0, 7) } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(time !== undefined ? { time: time.padStart(5, '0') } : {}),
  };
}

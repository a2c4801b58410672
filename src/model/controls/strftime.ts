/**
 * strftime formatting and parsing of calendar parts, for `DateTime format` (ls-spec §6.18). Label
 * Studio uses d3-time-format (en-US), so this follows d3's reading of the directives: the ones date
 * configs use (`%Y %y %m %d %e %H %I %M %S %p %b %B %a %A %j %%`) with d3's padding modifiers
 * (`%-d` none, `%_d` spaces, `%0d` zeros). Hand-written rather than d3-time-format because we work on
 * calendar parts, not `Date`s: no time zone can shift a stored day, and a parse can reject Feb 30.
 */

export interface DateParts {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const short = (names: readonly string[]) => names.map((name) => name.slice(0, 3));
const MONTHS_SHORT = short(MONTHS);
const WEEKDAYS_SHORT = short(WEEKDAYS);

/** Padding modifiers d3 accepts right after `%`. */
const PADS: Readonly<Record<string, string>> = { '-': '', _: ' ', '0': '0' };

function pad(value: number, width: number, fill: string): string {
  const text = String(value);
  return fill === '' || text.length >= width ? text : fill.repeat(width - text.length) + text;
}

/** A UTC midnight; `setUTCFullYear` takes years below 100 as they are (`Date.UTC` would add 1900). */
function utc(parts: Pick<DateParts, 'year' | 'month' | 'day'>): Date {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

function dayOfYear(parts: DateParts): number {
  return (
    Math.round((utc(parts).getTime() - utc({ year: parts.year, month: 1, day: 1 }).getTime()) / 86_400_000) +
    1
  );
}

function daysInMonth(year: number, month: number): number {
  return utc({ year, month: month + 1, day: 0 }).getUTCDate();
}

/** Formats parts with a strftime format. An unknown directive is written as it stands. */
export function formatStrftime(format: string, parts: DateParts): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i === format.length - 1) {
      out += c;
      continue;
    }
    let directive = format[++i]!;
    let fill: string | undefined;
    if (directive in PADS && i < format.length - 1) {
      fill = PADS[directive];
      directive = format[++i]!;
    }
    const num = (value: number, width: number, defaultFill = '0') => pad(value, width, fill ?? defaultFill);
    switch (directive) {
      case 'Y':
        out += num(parts.year, 4);
        break;
      case 'y':
        out += num(parts.year % 100, 2);
        break;
      case 'm':
        out += num(parts.month, 2);
        break;
      case 'd':
        out += num(parts.day, 2);
        break;
      case 'e':
        out += num(parts.day, 2, ' ');
        break;
      case 'H':
        out += num(parts.hour, 2);
        break;
      case 'I':
        out += num(parts.hour % 12 || 12, 2);
        break;
      case 'M':
        out += num(parts.minute, 2);
        break;
      case 'S':
        out += num(parts.second, 2);
        break;
      case 'j':
        out += num(dayOfYear(parts), 3);
        break;
      case 'p':
        out += parts.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'b':
        out += MONTHS_SHORT[parts.month - 1] ?? '';
        break;
      case 'B':
        out += MONTHS[parts.month - 1] ?? '';
        break;
      case 'a':
        out += WEEKDAYS_SHORT[utc(parts).getUTCDay()];
        break;
      case 'A':
        out += WEEKDAYS[utc(parts).getUTCDay()];
        break;
      case '%':
        out += '%';
        break;
      default:
        out += `%${directive}`;
    }
  }
  return out;
}

type NumberField = 'year' | 'shortYear' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'dayOfYear';

interface Fields {
  numbers: Partial<Record<NumberField, number>>;
  pm?: boolean;
}

/** Reads up to `width` digits (after optional spaces, as d3 allows) at `at`. */
function readNumber(text: string, at: number, width: number): { value: number; end: number } | undefined {
  const match = /^ *(\d+)/.exec(text.slice(at, at + width));
  return match ? { value: Number(match[1]), end: at + match[0].length } : undefined;
}

/** Matches one of `names` (longest first, case-insensitive) at `at`. */
function readName(
  text: string,
  at: number,
  names: readonly string[],
): { index: number; end: number } | undefined {
  const rest = text.slice(at).toLowerCase();
  let best: { index: number; end: number } | undefined;
  names.forEach((name, index) => {
    if (rest.startsWith(name.toLowerCase()) && (!best || name.length > best.end - at))
      best = { index, end: at + name.length };
  });
  return best;
}

/** Numeric directives: the field each fills and its widest digit count. d3 reads `%I` into the hour too. */
const NUMBER_DIRECTIVES: Readonly<Record<string, readonly [NumberField, number]>> = {
  Y: ['year', 4],
  y: ['shortYear', 2],
  m: ['month', 2],
  d: ['day', 2],
  e: ['day', 2],
  H: ['hour', 2],
  I: ['hour', 2],
  M: ['minute', 2],
  S: ['second', 2],
  j: ['dayOfYear', 3],
};

/**
 * Parses text written with a strftime format, or undefined when it does not match the whole text or
 * names no real date. Missing fields default as in d3: 1900-01-01 00:00:00.
 */
export function parseStrftime(format: string, text: string): DateParts | undefined {
  const fields: Fields = { numbers: {} };
  let at = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i === format.length - 1) {
      if (text[at] !== c) return undefined;
      at++;
      continue;
    }
    let directive = format[++i]!;
    if (directive in PADS && i < format.length - 1) directive = format[++i]!;
    const numeric = NUMBER_DIRECTIVES[directive];
    if (numeric) {
      const read = readNumber(text, at, numeric[1]);
      if (!read) return undefined;
      fields.numbers[numeric[0]] = read.value;
      at = read.end;
      continue;
    }
    let read: { index: number; end: number } | undefined;
    switch (directive) {
      case 'b':
      case 'B':
        read = readName(text, at, directive === 'b' ? MONTHS_SHORT : MONTHS);
        if (read) fields.numbers.month = read.index + 1;
        break;
      case 'a':
      case 'A':
        // the weekday follows from the date; d3 reads and ignores it too
        read = readName(text, at, directive === 'a' ? WEEKDAYS_SHORT : WEEKDAYS);
        break;
      case 'p':
        read = readName(text, at, ['AM', 'PM']);
        if (read) fields.pm = read.index === 1;
        break;
      case '%':
        read = text[at] === '%' ? { index: 0, end: at + 1 } : undefined;
        break;
    }
    if (!read) return undefined;
    at = read.end;
  }
  return at === text.length ? build(fields) : undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function build({ numbers, pm }: Fields): DateParts | undefined {
  const short = numbers.shortYear;
  const year = numbers.year ?? (short !== undefined ? short + (short > 68 ? 1900 : 2000) : 1900);
  const hour = pm === undefined ? (numbers.hour ?? 0) : ((numbers.hour ?? 0) % 12) + (pm ? 12 : 0);
  let month = numbers.month ?? 1;
  let day = numbers.day ?? 1;
  if (numbers.dayOfYear !== undefined) {
    if (numbers.dayOfYear < 1 || numbers.dayOfYear > (isLeapYear(year) ? 366 : 365)) return undefined;
    const date = utc({ year, month: 1, day: numbers.dayOfYear });
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  const minute = numbers.minute ?? 0;
  const second = numbers.second ?? 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { year, month, day, hour, minute, second };
}

/**
 * Collects the issues found in one result item, with the item's path and id filled in, and the
 * small checks every rule is made of. Messages name the field and show the offending value, so a
 * host can log them as they are.
 */
import { RESULT_LIMITS } from './result-limits.js';
import type { ResultIssue } from './types.js';

export type IssueCode = ResultIssue['code'];

export interface NumberRule {
  /** Largest magnitude allowed (default: {@link RESULT_LIMITS.maxCoordinate}). */
  readonly max?: number;
  /** Smallest value allowed, and the code used below it. */
  readonly min?: number;
  readonly belowMin?: IssueCode;
  readonly integer?: boolean;
}

export class IssueReport {
  readonly issues: ResultIssue[] = [];

  constructor(
    readonly path: string,
    readonly id: string | undefined,
  ) {}

  add(code: IssueCode, message: string, severity: ResultIssue['severity'] = 'error'): void {
    this.issues.push(issueAt(this.path, code, message, severity, this.id));
  }

  /** Checks a number against a rule; reports and returns false when it fails. */
  number(field: string, value: unknown, rule: NumberRule = {}): value is number {
    const problem = numberProblem(field, value, rule);
    return problem === undefined || this.#fail(...problem);
  }

  /** Checks that a value is a list of strings; reports the first element that is not. */
  strings(field: string, value: unknown): boolean {
    if (!Array.isArray(value)) return this.#fail('bad-type', `${field} is ${describe(value)}, not a list`);
    const at = value.findIndex((element) => typeof element !== 'string');
    if (at >= 0) return this.#fail('bad-type', `${field}[${at}] is ${describe(value[at])}, not a string`);
    return true;
  }

  /** Checks that a value is a list of at most `max` elements. */
  list(field: string, value: unknown, max: number = RESULT_LIMITS.maxPoints): value is unknown[] {
    if (!Array.isArray(value)) return this.#fail('bad-type', `${field} is ${describe(value)}, not a list`);
    if (value.length <= max) return true;
    return this.#fail('too-large', `${field} has ${value.length} entries, more than ${max}`);
  }

  #fail(code: IssueCode, message: string): false {
    this.add(code, message);
    return false;
  }
}

function numberProblem(field: string, value: unknown, rule: NumberRule): [IssueCode, string] | undefined {
  if (typeof value !== 'number') return ['bad-type', `${field} is ${describe(value)}, not a number`];
  if (!Number.isFinite(value)) return ['bad-number', `${field} is ${value}`];
  const max = rule.max ?? RESULT_LIMITS.maxCoordinate;
  if (Math.abs(value) > max) return ['bad-number', `${field} is ${value}, beyond ±${max}`];
  if (rule.integer && !Number.isInteger(value))
    return ['bad-number', `${field} is ${value}, not a whole number`];
  if (rule.min !== undefined && value < rule.min) {
    return [rule.belowMin ?? 'bad-number', `${field} is ${value}, below ${rule.min}`];
  }
  return undefined;
}

/** One frozen issue. */
export function issueAt(
  path: string,
  code: IssueCode,
  message: string,
  severity: ResultIssue['severity'] = 'error',
  id?: string,
): ResultIssue {
  return Object.freeze({ path, ...(id === undefined ? {} : { id }), message, code, severity });
}

/** A short, safe rendering of a value for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

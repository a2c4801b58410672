/**
 * Collects the errors and warnings of one parse and hands them out the way `ParsedConfig.errors`
 * promises: in source order, each reported once (a `Repeater` copies elements, and with them their
 * problems), and never so many that a hostile config floods the host's error panel or our memory.
 */
import { MAX_KEPT_PROBLEMS, MAX_LISTED_PROBLEMS } from './limits.js';
import type { ConfigError, Severity } from './types.js';

export class ProblemLog {
  private readonly problems: ConfigError[] = [];
  private readonly seen = new Set<string>();
  /** Problems reported once `MAX_KEPT_PROBLEMS` are kept: counted, not kept. */
  private readonly uncounted = { errors: 0, warnings: 0 };

  error(code: string, message: string, at: Positioned, tag?: string): void {
    this.report('error', code, message, at, tag);
  }

  warning(code: string, message: string, at: Positioned, tag?: string): void {
    this.report('warning', code, message, at, tag);
  }

  get hasErrors(): boolean {
    return this.uncounted.errors > 0 || this.problems.some((problem) => problem.severity === 'error');
  }

  toErrors(): readonly ConfigError[] {
    const sorted = [...this.problems].sort((a, b) => a.line - b.line || a.column - b.column);
    const unlisted = this.uncounted.errors + this.uncounted.warnings + sorted.length - MAX_LISTED_PROBLEMS;
    if (unlisted <= 0) return sorted;
    const hidden = sorted.slice(MAX_LISTED_PROBLEMS);
    const first = hidden[0] ?? sorted[sorted.length - 1];
    const summary: ConfigError = {
      message: `${unlisted} more problems from here on are not listed; fix the ones above first.`,
      line: first.line,
      column: first.column,
      severity:
        this.uncounted.errors > 0 || hidden.some((problem) => problem.severity === 'error')
          ? 'error'
          : 'warning',
      code: 'too-many-problems',
    };
    return [...sorted.slice(0, MAX_LISTED_PROBLEMS), summary];
  }

  private report(severity: Severity, code: string, message: string, at: Positioned, tag?: string): void {
    if (this.problems.length >= MAX_KEPT_PROBLEMS) {
      if (severity === 'error') this.uncounted.errors++;
      else this.uncounted.warnings++;
      return;
    }
    const key = `${severity}\u0000${code}\u0000${at.line}\u0000${at.column}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const problem: ConfigError = { message, line: at.line, column: at.column, severity, code };
    this.problems.push(tag === undefined ? problem : { ...problem, tag });
  }
}

/** Anything with a 1-based source position: a `ConfigNode`, a `SourcePosition`. */
export interface Positioned {
  readonly line: number;
  readonly column: number;
}

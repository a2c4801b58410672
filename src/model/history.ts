/**
 * Undo/redo over immutable states. A state is never mutated, so undoing to the bottom of the stack
 * hands back the very objects that were imported: export after "undo all" equals the import.
 *
 * Bursts merge: a commit with the same `mergeKey` as the one before, within `mergeWindowMs`, replaces
 * the top entry instead of pushing a new one (typing into a text box is one undo step, not one per key).
 */
export interface HistoryOptions {
  readonly mergeWindowMs?: number;
  /** Oldest entries are dropped past this depth (the initial state always stays reachable as `base`). */
  readonly limit?: number;
  readonly now?: () => number;
}

interface Entry<S> {
  readonly state: S;
  readonly mergeKey: string | undefined;
  readonly at: number;
}

export class History<S> {
  readonly #mergeWindowMs: number;
  readonly #limit: number;
  readonly #now: () => number;
  #past: Entry<S>[] = [];
  #present: Entry<S>;
  #future: Entry<S>[] = [];

  constructor(initial: S, options: HistoryOptions = {}) {
    this.#mergeWindowMs = options.mergeWindowMs ?? 1000;
    this.#limit = options.limit ?? 500;
    this.#now = options.now ?? (() => Date.now());
    this.#present = { state: initial, mergeKey: undefined, at: -Infinity };
  }

  get state(): S {
    return this.#present.state;
  }
  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Records `next` as the new present. Returns true when it merged into the previous step. */
  push(next: S, mergeKey?: string): boolean {
    const at = this.#now();
    const merges =
      mergeKey !== undefined &&
      this.#present.mergeKey === mergeKey &&
      this.#past.length > 0 &&
      this.#future.length === 0 &&
      at - this.#present.at <= this.#mergeWindowMs;
    if (!merges) {
      this.#past.push(this.#present);
      if (this.#past.length > this.#limit) this.#past.splice(1, 1); // keep the imported state
    }
    this.#present = { state: next, mergeKey, at };
    this.#future = [];
    return merges;
  }

  /** Ends the current burst: the next push never merges into it. */
  seal(): void {
    this.#present = { ...this.#present, mergeKey: undefined };
  }

  undo(): S | undefined {
    const previous = this.#past.pop();
    if (!previous) return undefined;
    this.#future.push({ ...this.#present, mergeKey: undefined });
    this.#present = { ...previous, mergeKey: undefined };
    return previous.state;
  }

  redo(): S | undefined {
    const next = this.#future.pop();
    if (!next) return undefined;
    this.#past.push(this.#present);
    this.#present = next;
    return next.state;
  }
}

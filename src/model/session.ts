import type { ConfigError, ConfigNode, ParsedConfig } from '../config/types.js';
import { parseConfig } from '../config/index.js';
import type { LSAnnotation, LSResult, LSTask, ResultIssue } from '../format/types.js';
import { importTask, exportTask, newRegionId, TaskFormatError, type ImportedTask } from '../format/index.js';
import { AnnotationStore } from './store.js';
import { addResults } from './commands.js';
import { createVisibility, type VisibilityTest } from './conditions.js';
import { validateAnnotation, type Problem } from './validation.js';
import { HotkeyRegistry, type HotkeyWarning, type KeyLike } from './hotkeys.js';
import { defaultResults, submitDefaults } from './defaults.js';
import { buildHotkeys, type HotkeyAction } from './hotkey-actions.js';
import { deepFreeze } from '../format/json.js';

/**
 * One opened task: the parsed config bound to the task's data, the imported task, and the store of
 * the annotation being edited. Everything `<label-workspace>` shows and emits comes from here; the
 * element only renders it and forwards input.
 */
export interface OpenOptions {
  readonly xml: string;
  readonly task: unknown;
  /** Which annotation to edit (matched against `annotation.id`); a new one when absent or unmatched. */
  readonly annotationId?: string | number;
  readonly user?: unknown;
  /** Keep editing this session's annotation (the config changed, the task did not). */
  readonly continueFrom?: Session;
}

export class Session {
  readonly config: ParsedConfig;
  readonly store: AnnotationStore;
  readonly imported: ImportedTask;
  /** Where the edited annotation sits in `task.annotations`; -1 for a new annotation. */
  readonly annotationIndex: number;
  readonly resultIssues: readonly ResultIssue[];
  /** The edited annotation's `result` could not be read (not a list): it is shown read-only, so an
   *  edit can never replace what we could not read. */
  readonly unreadableResult: boolean;
  readonly hotkeys: HotkeyRegistry<HotkeyAction>;
  /** Labels chosen in each Labels palette (control name → values), for the next region drawn. */
  readonly chosenLabels = new Map<string, readonly string[]>();
  /** Set by the view: moves focus to the element drawing the node with this key (Filter hotkeys). */
  onFocusRequest: ((key: string) => void) | undefined;
  readonly #base: Readonly<LSAnnotation>;
  readonly #configErrors: readonly ConfigError[];

  private constructor(options: OpenOptions) {
    const previous = options.continueFrom;
    let taskProblem: ResultIssue | undefined;
    if (previous) {
      this.imported = previous.imported;
    } else {
      try {
        this.imported = importTask(options.task);
      } catch (error) {
        // not a task at all: show the config on empty data and say why nothing was loaded
        if (!(error instanceof TaskFormatError)) throw error;
        this.imported = importTask({ data: {} });
        taskProblem = { path: 'task', message: error.message, code: 'bad-type', severity: 'error' };
      }
    }
    this.config = parseConfig(options.xml, this.imported.task.data);

    if (previous) {
      this.annotationIndex = previous.annotationIndex;
      this.store = previous.store;
      this.#base = previous.#base;
      this.resultIssues = previous.resultIssues;
      this.unreadableResult = previous.unreadableResult;
    } else {
      const annotations = this.imported.task.annotations ?? [];
      const wanted = options.annotationId;
      this.annotationIndex =
        wanted === undefined
          ? -1
          : annotations.findIndex((a: LSAnnotation) => a.id !== undefined && String(a.id) === String(wanted));
      const set = this.annotationIndex >= 0 ? this.imported.annotations[this.annotationIndex] : undefined;
      const setAside = new Set(set?.result.filter((_, i) => set.usable[i] !== true) ?? []);
      const taken = new Set(this.imported.ids);
      this.#base = annotations[this.annotationIndex] ?? deepFreeze(newAnnotation(options.user));
      this.store = new AnnotationStore({
        // a new annotation starts with the config's default values, as Label Studio creates it
        items: set ? set.result : this.config.root ? defaultResults(this.config, this.createId, taken) : [],
        setAside,
        takenIds: taken,
      });
      this.resultIssues = taskProblem ? [taskProblem] : this.imported.issues;
      this.unreadableResult =
        set !== undefined && set.record !== undefined && !Array.isArray(set.record.result);
    }
    this.hotkeys = new HotkeyRegistry();
    buildHotkeys(this);
    this.#configErrors = [
      ...this.config.errors,
      ...this.hotkeys.warnings.map((w) => hotkeyError(this.config, w)),
    ];
  }

  static open(options: OpenOptions): Session {
    return new Session(options);
  }

  get configErrors(): readonly ConfigError[] {
    return this.#configErrors;
  }

  /** Makes a fresh region id that collides with no id anywhere in the task. */
  readonly createId = (taken: ReadonlySet<string>): string => newRegionId(taken);

  /** A frozen snapshot of the annotation being edited: its imported fields with the current result. */
  annotation(): Readonly<LSAnnotation> {
    return Object.freeze({ ...this.#base, result: this.store.items as LSResult[] });
  }

  /** The whole task with the current annotation in place. A new annotation nobody touched is left out:
   *  there is nothing to persist. */
  exportTask(): LSTask {
    const untouched = this.annotationIndex < 0 && this.store.revision === 0;
    const annotation = this.annotation();
    const current = untouched
      ? {}
      : this.annotationIndex >= 0
        ? { annotationIndex: this.annotationIndex, annotation }
        : { annotation };
    return exportTask(this.imported, current) as LSTask;
  }

  addResults(items: readonly LSResult[]): string[] {
    return addResults(this.store, items, { createId: this.createId, source: 'host' });
  }

  visibility(): VisibilityTest {
    return createVisibility(this.config, { index: this.store.index, selection: this.store.selection });
  }

  /** Writes what Label Studio writes at submit for untouched controls (a Ranker's initial order), as
   *  one undoable change. */
  applySubmitDefaults(): void {
    const items = submitDefaults(this.config, this.store.index, this.createId, new Set(this.store.takenIds));
    if (items.length > 0) this.store.apply(items.map((item) => ({ op: 'add', item })));
  }

  validate(): Problem[] {
    return validateAnnotation(this.config, this.store.index, this.visibility());
  }

  /** Runs the hotkey bound to this key, if any. Returns true when one ran. */
  runHotkey(event: KeyLike): boolean {
    const action = this.hotkeys.lookup(event);
    if (!action) return false;
    action();
    return true;
  }

  requestFocus(key: string): void {
    this.onFocusRequest?.(key);
  }

  chooseLabels(control: string, labels: readonly string[]): void {
    this.chosenLabels.set(control, labels);
  }

  /** The hotkey bound to an option node, for display. */
  hotkeyOf(node: ConfigNode): string | undefined {
    return this.hotkeys.comboFor(node.key);
  }
}

/** A refused hotkey as a config warning, at the position of the tag that asked for it. */
function hotkeyError(config: ParsedConfig, warning: HotkeyWarning): ConfigError {
  let at: ConfigNode | undefined;
  const find = (node: ConfigNode): void => {
    if (node.key === warning.key) at = node;
    else node.children.forEach(find);
  };
  if (config.root) find(config.root);
  return {
    message: warning.message,
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    severity: 'warning',
    code: 'hotkey',
    ...(at ? { tag: at.tag } : {}),
  };
}

function newAnnotation(user: unknown): LSAnnotation {
  return user === undefined ? { result: [] } : { result: [], completed_by: user };
}

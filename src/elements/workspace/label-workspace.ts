import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { LSResult, LSTask, LSAnnotation } from '../../format/types.js';
import type { ConfigNode } from '../../config/types.js';
import { filterFor, type OptionFilter } from '../../model/filter.js';
import { Session } from '../../model/session.js';
import type { StoreCommit } from '../../model/store.js';
import {
  LabelAnnotationChangeEvent,
  LabelConfigErrorEvent,
  LabelHistoryChangeEvent,
  LabelReadyEvent,
  LabelSelectionChangeEvent,
  LabelSubmitEvent,
  LabelValidationErrorEvent,
  type FormatStamp,
} from '../../events/index.js';
import { VERSION } from '../../version.js';
import { workspaceContext, type WorkspaceContextValue } from './context.js';
import { renderNode } from './layout.js';
import { workspaceStyles } from './workspace.styles.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { isTypingTarget, workspaceKeyAction } from './keyboard.js';

const STAMP: FormatStamp = Object.freeze({ format: 'label-studio', formatVersion: 1, version: VERSION });

/**
 * A Label Studio-compatible annotation workspace: give it a labeling config and a task, and it renders
 * the task and emits every committed change as Label Studio JSON.
 *
 * The config may also be given as a child `<script type="application/xml">`.
 *
 * @summary Label Studio-compatible annotation workspace.
 * @tag label-workspace
 *
 * @fires {LabelReadyEvent} label-ready - Media are loaded and every region is drawn (a frame was painted).
 * @fires {LabelConfigErrorEvent} label-config-error - The config has errors or warnings (`detail.errors` with line and column).
 * @fires {LabelLoadErrorEvent} label-load-error - A media file failed to load or was refused.
 * @fires {LabelAnnotationChangeEvent} label-annotation-change - A committed change: `detail.annotation` is a frozen snapshot of the whole annotation.
 * @fires {LabelRegionInputEvent} label-region-input - Continuous region updates during a drag (not for saving).
 * @fires {LabelRegionChangeEvent} label-region-change - A region edit was committed.
 * @fires {LabelSelectionChangeEvent} label-selection-change - The selected regions changed.
 * @fires {LabelHistoryChangeEvent} label-history-change - Undo/redo availability changed.
 * @fires {LabelSubmitEvent} label-submit - Submit of a valid annotation; cancelable.
 * @fires {LabelValidationErrorEvent} label-validation-error - Submit was refused, or imported results were set aside.
 *
 * @csspart workspace - the outer container
 * @csspart errors - the list of config errors
 * @csspart view - a `<View>` of the config
 * @csspart header - a `<Header>`
 * @csspart placeholder - the box shown for a tag that is not drawn yet
 *
 * @cssprop --label-accent - focus and selection colour
 * @cssprop --label-danger - colour of errors and required-field highlights
 * @cssprop --label-border - border colour of controls
 * @cssprop --label-radius - corner radius of controls
 * @cssprop --label-font - font of the workspace
 */
export class LabelWorkspace extends LitElement {
  static override styles = workspaceStyles;

  /** Label Studio XML labeling config. */
  @property({ attribute: false }) config = '';

  /** The Label Studio task: `{ id, data, annotations, predictions }`. */
  @property({ attribute: false }) task: LSTask | undefined;

  /** Which of `task.annotations` to edit (by `id`); a new annotation when absent. */
  @property({ attribute: 'annotation-id' }) annotationId: string | number | undefined;

  /** Disables every input: the annotation is shown, not edited. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Who is annotating, written to `completed_by` of a new annotation. */
  @property({ attribute: false }) user: unknown;

  @provide({ context: workspaceContext })
  @state()
  private context: WorkspaceContextValue | undefined;

  @state() private pages = new Map<string, number>();

  #session: Session | undefined;
  #unsubscribe: (() => void)[] = [];
  /** Controls flagged by the last refused submit: their problems clear as they get filled. */
  #flagged = new Set<string>();
  #problems = new Map<string, string>();
  #readyFor: Session | undefined;
  /** `<Filter>` text by the control it narrows. */
  #filters = new Map<string, OptionFilter>();

  /** The parsed config's errors and warnings (also sent in `label-config-error`). */
  get configErrors(): Session['configErrors'] {
    return this.#session?.configErrors ?? [];
  }

  protected override firstUpdated(): void {
    if (this.#session) adoptConfigStyles(this, this.#session.config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeyDown);
    this.#detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // no config yet: a workspace the host has not set up stays quiet (no errors, no label-ready), and
    // one whose config is cleared keeps the annotation it has
    if (this.#configText().trim() === '') return;
    if (
      changed.has('config') ||
      changed.has('task') ||
      changed.has('annotationId') ||
      this.#session === undefined
    ) {
      this.#open(changed.has('config') && !changed.has('task') && !changed.has('annotationId'));
    } else if (changed.has('readonly')) {
      this.#refresh();
    }
  }

  protected override updated(): void {
    const session = this.#session;
    if (session && this.#readyFor !== session) {
      this.#readyFor = session;
      void this.#announceReady(session);
    }
  }

  /** The whole task as Label Studio JSON, with the current annotation in place. */
  exportTask(): LSTask {
    return this.#session?.exportTask() ?? (this.task ? structuredClone(this.task) : { data: {} });
  }

  /** A frozen snapshot of the annotation being edited, as Label Studio JSON. */
  getAnnotation(): Readonly<LSAnnotation> {
    return this.#session?.annotation() ?? Object.freeze({ result: [] });
  }

  /** Adds Label Studio result items (e.g. a model's suggestions) as one committed, undoable change.
   *  Returns the ids of the regions added (colliding ids are replaced by fresh ones). */
  addResults(items: readonly LSResult[]): string[] {
    return this.#session?.addResults(items) ?? [];
  }

  /** Moves the view of a media object: for an image `zoom` (1 = fit) and `x`/`y` the image point at the
   *  centre in percent; for audio `x` in seconds. Returns false when no media object can take it. */
  setView(view: { zoom?: number; x?: number; y?: number; object?: string }): boolean {
    const target = [
      ...(this.renderRoot.querySelectorAll<HTMLElement & { setView?: (v: typeof view) => boolean }>(
        '[data-object]',
      ) ?? []),
    ].find(
      (el) =>
        typeof el.setView === 'function' && (view.object === undefined || el.dataset.object === view.object),
    );
    return target?.setView?.(view) ?? false;
  }

  /**
   * Validates and, when valid, emits a cancelable `label-submit`. When invalid, highlights the controls
   * that need input, moves focus to the first and emits `label-validation-error`. Returns true when
   * the submit went out and was not cancelled.
   */
  submit(): boolean {
    const session = this.#session;
    if (!session) return false;
    // text typed into a TextArea but not yet added is part of the answer, as in Label Studio
    for (const el of this.renderRoot.querySelectorAll<HTMLElement & { commitPending?: () => void }>(
      '[data-control]',
    ))
      el.commitPending?.();
    if (!this.context?.readonly) session.applySubmitDefaults();
    const problems = session.validate();
    if (problems.length > 0) {
      this.#flagged = new Set(problems.map((p) => p.control));
      this.#problems = new Map(problems.map((p) => [p.control, p.message]));
      this.#refresh();
      this.dispatchEvent(new LabelValidationErrorEvent({ problems, results: [] }));
      void this.updateComplete.then(() => this.#focusControl(problems[0]!.control));
      return false;
    }
    return this.dispatchEvent(
      new LabelSubmitEvent({ ...STAMP, annotation: session.annotation(), task: session.exportTask() }),
    );
  }

  undo(): boolean {
    return this.#session?.store.undo() ?? false;
  }

  redo(): boolean {
    return this.#session?.store.redo() ?? false;
  }

  override render(): TemplateResult {
    const session = this.#session;
    const context = this.context;
    const errors = session?.configErrors.filter((e) => e.severity === 'error') ?? [];
    return html`<div
      class="workspace"
      part="workspace"
      @palette-change=${this.#onPalette}
      @filter-change=${this.#onFilter}
    >
      ${
        errors.length > 0
          ? html`<div class="errors" part="errors" role="alert">
              <strong
                >The labeling config has
                ${errors.length === 1 ? 'an error' : `${errors.length} errors`}:</strong
              >
              <ul>
                ${errors.map((e) => html`<li>Line ${e.line}, column ${e.column}: ${e.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        context && session?.config.root && errors.length === 0
          ? renderNode(session.config.root, {
              context,
              pages: this.pages,
              setPage: (key, page) => (this.pages = new Map(this.pages).set(key, page)),
            })
          : nothing
      }
    </div>`;
  }

  #configText(): string {
    if (this.config) return this.config;
    const script = this.querySelector('script[type="application/xml"]');
    return script?.textContent ?? '';
  }

  /** Opens the config and task. When only the config changed, the annotation being edited is kept. */
  #open(keepAnnotation: boolean): void {
    const previous = this.#session;
    this.#detach();
    const session = Session.open({
      xml: this.#configText(),
      task: this.task ?? { data: {} },
      annotationId: this.annotationId,
      user: this.user,
      ...(keepAnnotation && previous ? { continueFrom: previous } : {}),
    });
    this.#session = session;
    this.#flagged.clear();
    this.#filters.clear();
    session.onFocusRequest = (key) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    this.#problems.clear();
    this.pages = new Map();
    this.#unsubscribe = [
      session.store.subscribe((commit) => this.#onCommit(commit)),
      session.store.subscribeSelection((selected) => {
        this.#refresh();
        this.dispatchEvent(new LabelSelectionChangeEvent({ selected }));
      }),
    ];
    this.#refresh();
    adoptConfigStyles(this, session.config);
    if (session.configErrors.length > 0)
      this.dispatchEvent(new LabelConfigErrorEvent({ errors: session.configErrors }));
    if (session.resultIssues.length > 0)
      this.dispatchEvent(new LabelValidationErrorEvent({ problems: [], results: session.resultIssues }));
  }

  #detach(): void {
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  #onCommit(commit: StoreCommit): void {
    const session = this.#session;
    if (!session) return;
    if (this.#flagged.size > 0) {
      const still = session.validate().filter((p) => this.#flagged.has(p.control));
      this.#problems = new Map(still.map((p) => [p.control, p.message]));
    }
    this.#refresh();
    this.dispatchEvent(
      new LabelAnnotationChangeEvent({
        ...STAMP,
        annotation: session.annotation(),
        revision: commit.revision,
        changes: commit.changes,
        source: commit.source,
      }),
    );
    this.dispatchEvent(
      new LabelHistoryChangeEvent({ canUndo: session.store.canUndo, canRedo: session.store.canRedo }),
    );
  }

  /** Provides a fresh context value so every consumer re-renders with the current state. */
  #refresh(): void {
    const session = this.#session;
    if (!session) return;
    const store = session.store;
    const selection = store.selection;
    this.context = {
      config: session.config,
      store,
      readonly: this.readonly || session.unreadableResult,
      createId: session.createId,
      visible: session.visibility(),
      problems: this.#problems,
      selectedRegion: selection.length === 1 ? selection[0] : undefined,
      hotkeyOf: (node) => session.hotkeyOf(node),
      chosenLabels: session.chosenLabels,
      optionFilter: (control) => this.#filters.get(control),
      revision: store.revision,
    };
  }

  async #announceReady(session: Session): Promise<void> {
    await this.updateComplete;
    const views = [
      ...this.renderRoot.querySelectorAll<HTMLElement & { ready?: Promise<unknown> }>('[data-object]'),
    ];
    await Promise.all(views.map((view) => view.ready?.catch(() => undefined)));
    // one painted frame: the next animation frame runs after the browser has rendered this one
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (this.#session !== session) return;
    this.dispatchEvent(new LabelReadyEvent({ objects: views.map((v) => v.dataset.object ?? '') }));
  }

  #focusControl(control: string): void {
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-control="${CSS.escape(control)}"]`);
    el?.focus();
  }

  #onPalette = (event: Event): void => {
    const detail = (event as CustomEvent<{ control: string; labels: string[] }>).detail;
    this.#session?.chooseLabels(detail.control, detail.labels);
    this.#refresh();
  };

  #onFilter = (event: Event): void => {
    const { node, text } = (event as CustomEvent<{ node: ConfigNode; text: string }>).detail;
    const control = String(node.attrs.toName ?? '');
    const filter = filterFor(node, text);
    if (filter) this.#filters.set(control, filter);
    else this.#filters.delete(control);
    this.#refresh();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const session = this.#session;
    if (!session) return;
    const action = workspaceKeyAction(event);
    if (action) {
      event.preventDefault();
      if (action === 'submit') this.submit();
      else if (action === 'undo') this.undo();
      else this.redo();
      return;
    }
    if (this.context?.readonly !== false || isTypingTarget(event)) return;
    if (session.runHotkey(event)) {
      event.preventDefault();
      this.#refresh(); // a label hotkey changes the palette without a commit
    }
  };
}

import { html, css, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  addLine,
  canSubmitMore,
  dropBlankLine,
  linesPayload,
  removeLine,
  replaceLine,
  textAreaSettings,
  textLines,
  transcriptionPayload,
  transcriptionText,
  type LineEdit,
  type TextAreaSettings,
} from '../../model/controls/textarea.js';
import { LabeledControl } from './labeled-control.js';
import { controlStyles, PROBLEM_ID, renderProblem } from './control-problem.js';
import { formControlStyles } from './controls.styles.js';
import {
  insertIntoField,
  renderShortcuts,
  shortcutForKey,
  shortcutStyles,
  type TextField,
} from './text-shortcuts.js';

const DUPLICATE_MESSAGE = 'There is already an entry with that text. Please enter unique text.';

/**
 * A Label Studio `<TextArea>`: an input whose submitted lines make the result `{text: [...]}` (ls-spec
 * §6.17). `rows="1"` is a one-line input; more rows a textarea. Enter submits the text, Shift+Enter
 * starts a new line; with `showSubmitButton` (default for several rows) an Add button does too.
 * `maxSubmissions` hides the input once reached; `editable` lets submitted lines be edited in place;
 * every line can be deleted. `transcription` edits one text live, without a submit step. `Shortcut`
 * children are buttons (and, while typing, their hotkeys) that insert their value at the caret.
 *
 * Text typed but not submitted is kept per region while the element lives, and {@link commitPending}
 * adds it, as Label Studio adds it on submit. Edits in place and transcription typing commit as you
 * type, one undo step per burst.
 *
 * @summary Free text answers of a Label Studio `<TextArea>`.
 * @tag label-textarea
 * @csspart input - The field new text is typed into (or the transcription field).
 * @csspart submit - The Add button.
 * @csspart shortcuts - The row of Shortcut buttons.
 * @csspart shortcut - One Shortcut button.
 * @csspart hotkey - A Shortcut's hotkey badge.
 * @csspart lines - The list of submitted lines.
 * @csspart line - One submitted line.
 * @csspart line-input - The field of an editable line.
 * @csspart delete - A line's delete button.
 * @csspart hint - The keyboard hint under the input.
 * @csspart problem - The message shown after a refused submit or a refused line.
 * @cssprop --label-accent - Focus ring.
 * @cssprop --label-border - Borders.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-font - Font.
 * @cssprop --label-line-background - Background of submitted lines.
 */
export class LabelTextArea extends LabeledControl {
  static override styles = [
    controlStyles,
    formControlStyles,
    shortcutStyles,
    css`
      .entry {
        display: flex;
        gap: 0.5em;
        align-items: flex-start;
      }
      .entry > :first-child {
        flex: 1;
        min-width: 0;
      }
      input.field {
        width: 100%;
      }
      .lines {
        list-style: none;
        margin: 0.5em 0 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.25em;
      }
      .line {
        display: flex;
        gap: 0.5em;
        align-items: flex-start;
      }
      .line > :first-child {
        flex: 1;
        min-width: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      /* submitted lines read as entries, not as empty fields; the border shows where editing happens */
      .line .field {
        background: var(--label-line-background, color-mix(in srgb, currentColor 5%, transparent));
        border-color: transparent;
      }
      .line .field:hover,
      .line .field:focus-visible {
        border-color: var(--label-border, #c4c9d4);
      }
      .delete {
        padding: 0 0.5em;
      }
    `,
  ];

  protected readonly valueKey = 'text';

  /** Text typed but not submitted, by region ('' for the whole object). */
  readonly #drafts = new Map<string, string>();
  /** Why the last line was refused (a duplicate), shown until the text changes. */
  #refusal: string | undefined;
  /** Where a Shortcut inserts: the text field used last. */
  #lastField: TextField | undefined;

  /**
   * Adds every text typed but not submitted to its region's lines, as Label Studio does before it
   * submits (`beforeSend`). For the workspace to call before validating a submit.
   */
  commitPending(): void {
    const ws = this.workspace;
    if (!this.node || !ws || this.disabled) return;
    const settings = textAreaSettings(this.node);
    if (settings.transcription) return;
    const regions = new Set([...this.#drafts.keys(), this.#regionKey]);
    for (const key of regions) {
      const regionId = key === '' ? undefined : key;
      // text typed for a region deleted since has nothing left to describe
      if (regionId !== undefined && ws.store.index.itemsOf(regionId).length === 0) continue;
      const lines = textLines(this.resultIn(regionId)?.value?.[this.valueKey]);
      const edit = addLine(lines, this.#draftOf(key, settings), settings);
      if (!edit.ok) continue;
      this.commitIn(regionId, linesPayload(edit.lines));
      this.#drafts.set(key, '');
    }
  }

  /** Focus goes to the text field, not to the Shortcut buttons drawn before it. */
  override focus(options?: FocusOptions): void {
    const field = this.renderRoot.querySelector<HTMLElement>(
      '[part="input"], [part="line-input"], [part="delete"]',
    );
    if (field) field.focus(options);
    else super.focus(options);
  }

  get #regionKey(): string {
    return this.regionId ?? '';
  }

  #draftOf(key: string, settings: TextAreaSettings): string {
    return this.#drafts.get(key) ?? settings.prefill;
  }

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.workspace) return nothing;
    const settings = textAreaSettings(node);
    const message = this.#refusal ?? this.problem;
    const shortcuts = this.locked ? nothing : renderShortcuts(node, (text) => this.#insert(text));
    return html`${shortcuts}
    ${settings.transcription ? this.#renderTranscription(settings) : this.#renderEntry(settings)}
    ${renderProblem(message)}`;
  }

  #renderEntry(settings: TextAreaSettings): TemplateResult {
    const lines = textLines(this.payload);
    return html`${canSubmitMore(lines, settings) ? this.#renderNewLine(settings) : nothing}
    ${lines.length > 0 ? this.#renderLines(lines, settings) : nothing}`;
  }

  /** The field a new line is typed into, its Add button and its keyboard hint. */
  #renderNewLine(settings: TextAreaSettings): TemplateResult {
    const draft = this.#draftOf(this.#regionKey, settings);
    const field = this.#renderField(
      settings,
      draft,
      (text) => this.#setDraft(text),
      (event) => this.#onEntryKey(event, settings),
    );
    const button =
      settings.showSubmitButton && !this.locked
        ? html`<button type="button" part="submit" @click=${() => this.#submit(settings)}>Add</button>`
        : nothing;
    const hint = settings.singleLine ? 'Enter to add' : 'Enter to add, Shift+Enter for a new line';
    return html`<div class="entry">${field}${button}</div>
      ${draft.trim() !== '' && !this.locked ? html`<p class="hint" part="hint">${hint}</p>` : nothing}`;
  }

  /** The main text field: a one-line input or a textarea, as `rows` says. */
  #renderField(
    settings: TextAreaSettings,
    value: string,
    onText: (text: string) => void,
    onKey?: (event: KeyboardEvent) => void,
  ): TemplateResult {
    const invalid = (this.#refusal ?? this.problem) !== undefined;
    const onInput = (event: Event) => onText((event.target as TextField).value);
    const onKeyDown = (event: KeyboardEvent) => {
      if (this.#shortcutKey(event)) return;
      onKey?.(event);
    };
    // a transcription shows imported multi-line text in a textarea, so no line break is lost
    return settings.singleLine && !value.includes('\n')
      ? html`<input
          type="text"
          class="field"
          part="input"
          .value=${live(value)}
          placeholder=${settings.placeholder ?? nothing}
          aria-label=${this.label}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? PROBLEM_ID : nothing}
          ?disabled=${this.locked}
          @focus=${this.#remember}
          @input=${onInput}
          @keydown=${onKeyDown}
        />`
      : html`<textarea
          class="field"
          part="input"
          rows=${settings.rows}
          .value=${live(value)}
          placeholder=${settings.placeholder ?? nothing}
          aria-label=${this.label}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? PROBLEM_ID : nothing}
          ?disabled=${this.locked}
          @focus=${this.#remember}
          @input=${onInput}
          @keydown=${onKeyDown}
        ></textarea>`;
  }

  #renderLines(lines: readonly string[], settings: TextAreaSettings): TemplateResult {
    const editable = settings.editable && !this.locked;
    return html`<ol class="lines" part="lines" aria-label="${this.label}: submitted">
      ${lines.map(
        (line, index) =>
          html`<li class="line" part="line">
            ${editable ? this.#renderLineField(lines, index, settings) : html`<span>${line}</span>`}
            ${this.locked ? nothing : this.#renderDelete(line, index)}
          </li>`,
      )}
    </ol>`;
  }

  #renderDelete(line: string, index: number): TemplateResult {
    return html`<button
      type="button"
      class="delete"
      part="delete"
      aria-label="Delete “${line}”"
      @click=${() => this.#delete(index)}
    >
      ×
    </button>`;
  }

  #renderLineField(lines: readonly string[], index: number, settings: TextAreaSettings): TemplateResult {
    const line = lines[index]!;
    const label = `${this.label}, line ${index + 1}`;
    const onInput = (event: Event) => this.#editLine(index, (event.target as TextField).value, settings);
    const onKeyDown = (event: KeyboardEvent) => {
      if (this.#shortcutKey(event)) return;
      // Enter (or Escape) ends the edit, as in Label Studio; Shift+Enter is a line break in a textarea
      if ((event.key === 'Enter' && !event.shiftKey && !event.isComposing) || event.key === 'Escape') {
        event.preventDefault();
        (event.target as TextField).blur();
      }
    };
    return settings.singleLine && !line.includes('\n')
      ? html`<input
          type="text"
          class="field"
          part="line-input"
          .value=${live(line)}
          aria-label=${label}
          @focus=${this.#remember}
          @input=${onInput}
          @keydown=${onKeyDown}
          @blur=${() => this.#leaveLine(index)}
        />`
      : html`<textarea
          class="field"
          part="line-input"
          rows="1"
          .value=${live(line)}
          aria-label=${label}
          @focus=${this.#remember}
          @input=${onInput}
          @keydown=${onKeyDown}
          @blur=${() => this.#leaveLine(index)}
        ></textarea>`;
  }

  #renderTranscription(settings: TextAreaSettings): TemplateResult {
    const text = transcriptionText(this.payload);
    return this.#renderField(settings, text, (typed) => this.commit(transcriptionPayload(typed), 'typing'));
  }

  #remember = (event: Event): void => {
    this.#lastField = event.target as TextField;
  };

  #setDraft(text: string): void {
    this.#drafts.set(this.#regionKey, text);
    this.#refusal = undefined;
    this.requestUpdate();
  }

  #onEntryKey(event: KeyboardEvent, settings: TextAreaSettings): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    // ctrl/meta+Enter is the workspace's submit key: let it through
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    this.#submit(settings);
  }

  #submit(settings: TextAreaSettings): void {
    const lines = textLines(this.payload);
    const edit = addLine(lines, this.#draftOf(this.#regionKey, settings), settings);
    if (!this.#accept(edit)) return;
    this.commit(linesPayload(edit.lines));
    this.#drafts.set(this.#regionKey, '');
    // keep typing where you were; when the input is gone (maxSubmissions reached), stay in the control
    void this.updateComplete.then(() => this.focus());
  }

  #editLine(index: number, text: string, settings: TextAreaSettings): void {
    const edit = replaceLine(textLines(this.payload), index, text, settings);
    if (!this.#accept(edit)) return;
    this.commit(linesPayload(edit.lines), `line-${index}`);
  }

  /** Leaving an edited line: a refused (duplicate) text goes back to what is stored; an emptied line goes. */
  #leaveLine(index: number): void {
    const lines = textLines(this.payload);
    this.#refusal = undefined;
    this.commit(linesPayload(dropBlankLine(lines, index)));
    this.requestUpdate();
  }

  #delete(index: number): void {
    this.commit(linesPayload(removeLine(textLines(this.payload), index)));
    // the button pressed is gone: focus stays in the control instead of falling to the page
    void this.updateComplete.then(() => this.focus());
  }

  /** Shows why an edit was refused; true when it can be committed. */
  #accept(edit: LineEdit): edit is Extract<LineEdit, { ok: true }> {
    this.#refusal = !edit.ok && edit.reason === 'duplicate' ? DUPLICATE_MESSAGE : undefined;
    this.requestUpdate();
    return edit.ok;
  }

  /** Runs a Shortcut whose hotkey this key press is; true when one ran. */
  #shortcutKey(event: KeyboardEvent): boolean {
    const text = this.node ? shortcutForKey(this.node, event) : undefined;
    if (text === undefined) return false;
    event.preventDefault();
    // the workspace must not also run a hotkey for this key
    event.stopPropagation();
    this.#insert(text, event.target as TextField);
    return true;
  }

  /** Inserts text at the caret of the field used last (else the main field), as if typed there. */
  #insert(text: string, field: TextField | undefined = this.#lastField): void {
    const target = field?.isConnected ? field : this.renderRoot.querySelector<TextField>('[part="input"]');
    if (target && !target.disabled) insertIntoField(target, text);
  }
}

import { html, css, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { cssProps } from '../css-props.js';
import { parseInlineStyle } from '../../config/style-guard.js';
import {
  choiceMode,
  choiceOptions,
  choicesLayout,
  choicesPayload,
  flattenOptions,
  isChosen,
  isPartlyChosen,
  selectionFromOptions,
  selectionOf,
  toggleChoice,
  type ChoiceMode,
  type ChoiceOption,
  type ChoiceSelection,
} from '../../model/controls/choices.js';
import { LabeledControl } from './labeled-control.js';
import { controlStyles, PROBLEM_ID, renderProblem } from './control-problem.js';
import { formControlStyles } from './controls.styles.js';
import { ariaKeyShortcuts, hotkeyBadge } from './hotkey-badge.js';

/**
 * A Label Studio `<Choices>`: checkboxes (`choice="single"`: one at a time, a click on the chosen one
 * clears it; `"multiple"`), a radio group (`"single-radio"`: arrow keys move and pick, as native
 * radios do), or a native `<select>` (`layout="select"`). Writes `{choices: [...]}` (ls-spec §6.15),
 * aliases and nested paths included; clearing the last choice removes the result.
 *
 * Option text is the Choice's `value` as text. A Choice's `html` is not rendered (configs come from
 * other people, bad-inputs S5); `hint` is a tooltip; `style` goes through the config style guard.
 * Hotkeys are the workspace's; each option shows its own.
 *
 * @summary Single or multiple choice of a Label Studio `<Choices>`.
 * @tag label-choices
 * @csspart group - The box holding the options (or the select).
 * @csspart choice - One option: its input, text and hotkey.
 * @csspart choice-text - An option's text.
 * @csspart hotkey - An option's hotkey badge.
 * @csspart select - The native select of `layout="select"`.
 * @csspart problem - The message shown after a refused submit.
 * @cssprop --label-accent - Focus ring and checked inputs.
 * @cssprop --label-border - Borders.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-font - Font.
 */
export class LabelChoices extends LabeledControl {
  static override styles = [
    controlStyles,
    formControlStyles,
    css`
      .group {
        display: flex;
        flex-direction: column;
        gap: 0.25em;
        border-radius: var(--label-radius, 6px);
      }
      .group.inline {
        flex-flow: row wrap;
        gap: 0.25em 1em;
      }
      .group.invalid {
        outline-offset: 2px;
      }
      .choice {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
        padding-inline-start: calc(var(--depth, 0) * 1.5em);
        cursor: pointer;
      }
      .choice input {
        margin: 0;
      }
      select {
        min-width: 12em;
        max-width: 100%;
      }
    `,
  ];

  protected readonly valueKey = 'choices';

  /** Focus goes to the checked radio of a radio group, as Tab would take it; else to the first input. */
  override focus(options?: FocusOptions): void {
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (checked) checked.focus(options);
    else super.focus(options);
  }

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.workspace) return nothing;
    const options = choiceOptions(node);
    const state: ChoicesState = {
      options,
      selection: selectionOf(options, this.payload),
      mode: choiceMode(node),
    };
    const layout = choicesLayout(node);
    const invalid = this.problem !== undefined;
    const radios = state.mode === 'single-radio' && layout !== 'select';
    return html`<div
        part="group"
        class="group ${layout} ${invalid ? 'invalid' : ''}"
        role=${radios ? 'radiogroup' : 'group'}
        aria-label=${this.label}
        aria-required=${radios && this.required ? 'true' : nothing}
        aria-invalid=${radios && invalid ? 'true' : nothing}
        aria-describedby=${invalid ? PROBLEM_ID : nothing}
      >
        ${
          layout === 'select'
            ? this.#renderSelect(state)
            : flattenOptions(options).map((option) => this.#renderOption(state, option, radios))
        }
      </div>
      ${renderProblem(this.problem)}`;
  }

  #renderOption(state: ChoicesState, option: ChoiceOption, radio: boolean): TemplateResult {
    const attrs = option.node.attrs;
    const hotkey = this.workspace?.hotkeyOf(option.node);
    const style = { ...parseInlineStyle(String(attrs.style ?? '')), '--depth': String(option.depth) };
    // a radio group carries the invalid state itself; each checkbox carries its own
    const invalid = this.problem !== undefined && !radio;
    return html`<label part="choice" class="choice" style=${cssProps(style)} title=${hintOf(option)}>
      <input
        type=${radio ? 'radio' : 'checkbox'}
        name="choice"
        .checked=${live(isChosen(option, state.selection))}
        .indeterminate=${isPartlyChosen(option, state.selection)}
        ?disabled=${this.locked}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? PROBLEM_ID : nothing}
        aria-keyshortcuts=${ariaKeyShortcuts(hotkey)}
        @change=${() => this.#toggle(state, option)}
      />
      <span part="choice-text">${option.label}</span>
      ${hotkeyBadge(hotkey)}
    </label>`;
  }

  #renderSelect(state: ChoicesState): TemplateResult {
    const multiple = state.mode === 'multiple';
    const flat = flattenOptions(state.options);
    const invalid = this.problem !== undefined;
    return html`<select
      part="select"
      ?multiple=${multiple}
      size=${multiple ? Math.min(8, flat.length) : nothing}
      aria-label=${this.label}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? PROBLEM_ID : nothing}
      ?disabled=${this.locked}
      @change=${(event: Event) => this.#pick(state, event.target as HTMLSelectElement)}
    >
      ${multiple ? nothing : html`<option value="" .selected=${live(state.selection.size === 0)}>(none)</option>`}
      ${flat.map(
        (option) =>
          html`<option
            value=${option.key}
            .selected=${live(isChosen(option, state.selection))}
            title=${hintOf(option)}
          >
            ${'\u2003'.repeat(option.depth)}${option.label}
          </option>`,
      )}
    </select>`;
  }

  #toggle(state: ChoicesState, option: ChoiceOption): void {
    // the stored selection, not the rendered one: a hotkey may have changed it since
    const selection = selectionOf(state.options, this.payload);
    this.commit(choicesPayload(state.options, toggleChoice(selection, option, state.mode)));
    // an ignored click (nothing committed) must not leave the box showing what is not stored
    this.requestUpdate();
  }

  #pick(state: ChoicesState, select: HTMLSelectElement): void {
    const flat = flattenOptions(state.options);
    const picked = [...select.selectedOptions]
      .map((element) => flat.find((option) => option.key === element.value))
      .filter((option) => option !== undefined);
    this.commit(choicesPayload(state.options, selectionFromOptions(picked)));
    this.requestUpdate();
  }
}

/** The options of one render, with the selection and mode they were drawn with. */
interface ChoicesState {
  readonly options: readonly ChoiceOption[];
  readonly selection: ChoiceSelection;
  readonly mode: ChoiceMode;
}

function hintOf(option: ChoiceOption): string | typeof nothing {
  const hint = option.node.attrs.hint;
  return hint === undefined || hint === '' ? nothing : String(hint);
}

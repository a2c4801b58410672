import { html, css, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  dateTimeSettings,
  inputBounds,
  inputsOf,
  rangeProblem,
  valueOf,
  type DateTimeInputs,
  type DateTimeSettings,
} from '../../model/controls/datetime.js';
import { LabeledControl } from './labeled-control.js';
import { controlStyles, PROBLEM_ID, renderProblem } from './control-problem.js';
import { formControlStyles } from './controls.styles.js';

type Field = keyof DateTimeInputs;

/**
 * A Label Studio `<DateTime>`: native date, time and month inputs, or a year box, as `only` asks;
 * written as `{datetime: "…"}` in the config's strftime `format` (ls-spec §6.18; defaults in
 * `model/controls/datetime.ts`). Stored values are read back into the inputs with the same format.
 * A value outside `min`/`max` is kept and flagged; submit refuses it, as Label Studio does. Emptying
 * every input removes the result. What cannot be stored yet (a time without its date, a three-digit
 * year) waits with a hint while focus stays in the control, and is dropped when focus leaves it.
 *
 * @summary Date and time answer of a Label Studio `<DateTime>`.
 * @tag label-datetime
 * @csspart date - The date input.
 * @csspart time - The time input.
 * @csspart month - The month input.
 * @csspart year - The year input.
 * @csspart hint - What is still missing (a time was given without its date).
 * @csspart problem - The message about the value, or after a refused submit.
 * @cssprop --label-accent - Focus ring.
 * @cssprop --label-border - Borders.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-font - Font.
 */
export class LabelDateTime extends LabeledControl {
  static override styles = [
    controlStyles,
    formControlStyles,
    css`
      .datetime {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      input[type='number'] {
        width: 6em;
      }
    `,
  ];

  protected readonly valueKey = 'datetime';

  /**
   * The inputs as the annotator is filling them, with the stored value they produced. A time typed
   * before its date is kept here while focus stays in the control; once the stored value changes by
   * other means (undo, another region), the inputs are read from it again.
   */
  #edited:
    | { readonly inputs: DateTimeInputs; readonly stored: unknown; readonly regionId: string | undefined }
    | undefined;

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.workspace) return nothing;
    const settings = dateTimeSettings(node);
    const inputs = this.#inputs(settings);
    const value = valueOf(inputs, settings);
    const rangeMessage = value.kind === 'value' ? rangeProblem(value.parts, settings)?.message : undefined;
    const message = rangeMessage ?? this.problem;
    const { fields } = settings;
    return html`<div class="datetime" role="group" aria-label=${this.label} @focusout=${this.#onLeave}>
        ${fields.date ? this.#renderInput('date', 'date', inputs, settings, message, 'Date') : nothing}
        ${fields.month ? this.#renderInput('month', 'month', inputs, settings, message, 'Month') : nothing}
        ${fields.year ? this.#renderInput('year', 'number', inputs, settings, message, 'Year') : nothing}
        ${fields.time ? this.#renderInput('time', 'time', inputs, settings, message, 'Time') : nothing}
      </div>
      ${value.kind === 'incomplete' ? html`<p class="hint" part="hint">${value.message}</p>` : nothing}
      ${renderProblem(message)}`;
  }

  #inputs(settings: DateTimeSettings): DateTimeInputs {
    const edited = this.#edited;
    const stored = this.payload;
    if (edited && edited.regionId === this.regionId && edited.stored === stored) return edited.inputs;
    return inputsOf(stored, settings);
  }

  #renderInput(
    field: Field,
    type: string,
    inputs: DateTimeInputs,
    settings: DateTimeSettings,
    message: string | undefined,
    name: string,
  ): TemplateResult {
    const min = inputBounds(settings.min)[field];
    const max = inputBounds(settings.max)[field];
    const invalid = message !== undefined;
    return html`<input
      type=${type}
      part=${field}
      .value=${live(inputs[field])}
      min=${min ?? nothing}
      max=${max ?? nothing}
      step=${field === 'year' ? 1 : nothing}
      inputmode=${field === 'year' ? 'numeric' : nothing}
      placeholder=${field === 'year' ? 'YYYY' : nothing}
      aria-label="${this.label}: ${name}"
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? PROBLEM_ID : nothing}
      ?disabled=${this.locked}
      @input=${(event: Event) => this.#onInput(field, (event.target as HTMLInputElement).value, settings)}
    />`;
  }

  /** Leaving the control shows what is stored: a half-typed value that was never stored goes. */
  #onLeave = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && this.renderRoot.contains(event.relatedTarget)) return;
    this.#edited = undefined;
    this.requestUpdate();
  };

  #onInput(field: Field, text: string, settings: DateTimeSettings): void {
    const inputs = { ...this.#inputs(settings), [field]: text };
    const value = valueOf(inputs, settings);
    if (value.kind === 'value') this.commit(value.value, field);
    else if (value.kind === 'empty') this.commit(undefined, field);
    this.#edited = { inputs, stored: this.payload, regionId: this.regionId };
    this.requestUpdate();
  }
}

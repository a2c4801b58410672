import { html, css, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  numberOf,
  numberProblem,
  numberSettings,
  readNumberInput,
  type NumberSettings,
} from '../../model/controls/number.js';
import { LabeledControl } from './labeled-control.js';
import { controlStyles, PROBLEM_ID, renderProblem } from './control-problem.js';
import { formControlStyles } from './controls.styles.js';
import { ariaKeyShortcuts, hotkeyBadge } from './hotkey-badge.js';

/**
 * A Label Studio `<Number>`: a number input (or a slider with `slider="true"`), written as
 * `{number: n}`, a JSON number (ls-spec §6.18). Typing commits as you go, one undo step per burst;
 * emptying the box removes the result; text that is not a number is refused with a message and
 * commits nothing. A value outside `min`/`max`/`step` is kept and flagged once you leave the box;
 * submit refuses it, as Label Studio does. `defaultValue` shows while there is no result.
 *
 * @summary Numeric answer of a Label Studio `<Number>`.
 * @tag label-number
 * @csspart input - The number input or the slider.
 * @csspart output - The slider's value.
 * @csspart hotkey - The control's hotkey badge.
 * @csspart problem - The message about the value, or after a refused submit.
 * @cssprop --label-accent - Focus ring and slider.
 * @cssprop --label-border - Border of the input.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-font - Font.
 */
export class LabelNumber extends LabeledControl {
  static override styles = [
    controlStyles,
    formControlStyles,
    css`
      .number {
        display: flex;
        align-items: center;
        gap: 0.5em;
      }
      input[type='number'] {
        width: 10em;
      }
      input[type='range'] {
        flex: 1;
        max-width: 24em;
      }
      output {
        min-width: 2em;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  protected readonly valueKey = 'number';

  /** The box's text while the annotator types in it: a re-render must never rewrite it ("1." stays). */
  #typed: string | undefined;
  /** Why the typed text is not a number. */
  #unreadable: string | undefined;

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.workspace) return nothing;
    const settings = numberSettings(node);
    const stored = numberOf(this.payload);
    const shown = stored ?? settings.defaultValue;
    // range problems wait until the annotator leaves the box: "1" on the way to "15" is no mistake
    const message =
      this.#unreadable ??
      (this.#typed === undefined && stored !== undefined ? numberProblem(stored, settings) : undefined) ??
      this.problem;
    const hotkey = this.workspace.hotkeyOf(node);
    return html`<div class="number">
        ${settings.slider ? this.#renderSlider(settings, shown, message) : this.#renderBox(settings, shown, message)}
        ${hotkeyBadge(hotkey)}
      </div>
      ${renderProblem(message)}`;
  }

  #renderBox(
    settings: NumberSettings,
    shown: number | undefined,
    message: string | undefined,
  ): TemplateResult {
    return html`<input
      type="number"
      part="input"
      inputmode="decimal"
      .value=${live(this.#typed ?? (shown === undefined ? '' : String(shown)))}
      min=${settings.min ?? nothing}
      max=${settings.max ?? nothing}
      step=${settings.step ?? 'any'}
      aria-label=${this.label}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${message !== undefined ? 'true' : nothing}
      aria-describedby=${message !== undefined ? PROBLEM_ID : nothing}
      aria-keyshortcuts=${ariaKeyShortcuts(this.workspace?.hotkeyOf(this.node!))}
      ?disabled=${this.locked}
      @input=${this.#onInput}
      @blur=${this.#onBlur}
    />`;
  }

  #renderSlider(
    settings: NumberSettings,
    shown: number | undefined,
    message: string | undefined,
  ): TemplateResult {
    return html`<input
        type="range"
        part="input"
        .value=${live(shown === undefined ? '' : String(shown))}
        min=${settings.min ?? nothing}
        max=${settings.max ?? nothing}
        step=${settings.step ?? 1}
        aria-label=${this.label}
        aria-valuetext=${shown === undefined ? 'not set' : nothing}
        aria-invalid=${message !== undefined ? 'true' : nothing}
        aria-describedby=${message !== undefined ? PROBLEM_ID : nothing}
        ?disabled=${this.locked}
        @input=${(event: Event) => this.commit(Number((event.target as HTMLInputElement).value), 'slide')}
      />
      <output part="output">${shown ?? '—'}</output>`;
  }

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.#typed = input.value;
    const read = readNumberInput(input.value, input.validity.badInput);
    this.#unreadable = read.kind === 'invalid' ? read.message : undefined;
    if (read.kind === 'value') this.commit(read.value, 'typing');
    else if (read.kind === 'empty') this.commit(undefined, 'typing');
    this.requestUpdate();
  };

  /** Leaving the box shows what is stored: unreadable text goes back to the stored number. */
  #onBlur = (): void => {
    this.#typed = undefined;
    this.#unreadable = undefined;
    this.requestUpdate();
  };
}

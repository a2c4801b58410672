import { html, css, nothing, type TemplateResult } from 'lit';
import {
  pickRating,
  ratingForKey,
  ratingOf,
  ratingPayload,
  ratingSettings,
} from '../../model/controls/rating.js';
import { LabeledControl } from './labeled-control.js';
import { controlStyles, PROBLEM_ID, renderProblem } from './control-problem.js';
import { formControlStyles } from './controls.styles.js';
import { ariaKeyShortcuts, hotkeyBadge } from './hotkey-badge.js';
import { ratingIcon } from './rating-icons.js';

/**
 * A Label Studio `<Rating>`: `maxRating` stars (or hearts, fires, smiles: `icon`), written as
 * `{rating: n}` (ls-spec §6.18). Picking the current star clears the rating, as Label Studio's widget
 * does. A radio group for assistive technology: the stars are radios, one focusable at a time; arrow
 * keys step, Home/End go to the ends, digits jump, 0/Delete/Backspace clear.
 *
 * @summary Star rating of a Label Studio `<Rating>`.
 * @tag label-rating
 * @csspart stars - The radio group of stars.
 * @csspart star - One star; `star filled` when it is part of the rating.
 * @csspart hotkey - The control's hotkey badge.
 * @csspart problem - The message shown after a refused submit.
 * @cssprop --label-rating-color - Filled stars.
 * @cssprop --label-rating-empty - Empty stars.
 * @cssprop --label-accent - Focus ring.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-font - Font.
 */
export class LabelRating extends LabeledControl {
  static override styles = [
    controlStyles,
    formControlStyles,
    css`
      .rating {
        display: flex;
        align-items: center;
        gap: 0.5em;
      }
      .stars {
        display: inline-flex;
        gap: 0.15em;
        border-radius: var(--label-radius, 6px);
      }
      /* Label Studio's icon sizes */
      .small {
        font-size: 15px;
      }
      .medium {
        font-size: 25px;
      }
      .large {
        font-size: 40px;
      }
      .star {
        display: inline-flex;
        color: var(--label-rating-empty, #c9ced6);
        cursor: pointer;
        border-radius: 4px;
        line-height: 0;
      }
      .star.filled {
        color: var(--label-rating-color, #f5a700);
      }
      .stars:not(.locked):hover .star {
        color: var(--label-rating-color, #f5a700);
      }
      .stars:not(.locked) .star:hover ~ .star {
        color: var(--label-rating-empty, #c9ced6);
      }
      .locked .star {
        cursor: default;
      }
      .star:focus-visible {
        outline: 2px solid var(--label-accent, #0b65d8);
        outline-offset: 1px;
      }
    `,
  ];

  protected readonly valueKey = 'rating';

  /** Focus goes to the group's tab stop (the chosen star), as Tab would take it. */
  override focus(options?: FocusOptions): void {
    const stop = this.renderRoot.querySelector<HTMLElement>('[role="radio"][tabindex="0"]');
    if (stop) stop.focus(options);
    else super.focus(options);
  }

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node || !this.workspace) return nothing;
    const { maxRating, size, icon } = ratingSettings(node);
    const rating = ratingOf(this.payload);
    // one star takes Tab: the chosen one, or the first while there is none (a radio group's rule)
    const tabStop = rating > 0 && rating <= maxRating ? rating : 1;
    const invalid = this.problem !== undefined;
    const hotkey = this.workspace.hotkeyOf(node);
    const stars = Array.from({ length: maxRating }, (_, i) => i + 1);
    return html`<div class="rating">
        <div
          part="stars"
          class="stars ${size} ${this.locked ? 'locked' : ''} ${invalid ? 'invalid' : ''}"
          role="radiogroup"
          aria-label=${this.label}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? PROBLEM_ID : nothing}
          aria-disabled=${this.locked ? 'true' : nothing}
          aria-keyshortcuts=${ariaKeyShortcuts(hotkey)}
          @keydown=${(event: KeyboardEvent) => this.#onKey(event, rating, maxRating)}
        >
          ${stars.map(
            (n) =>
              html`<span
                role="radio"
                part=${n <= rating ? 'star filled' : 'star'}
                class="star ${n <= rating ? 'filled' : ''}"
                aria-checked=${n === rating ? 'true' : 'false'}
                aria-label="${n} of ${maxRating}"
                tabindex=${this.locked ? -1 : n === tabStop ? 0 : -1}
                @click=${() => this.#set(pickRating(rating, n), n)}
                >${ratingIcon(icon)}</span
              >`,
          )}
        </div>
        ${hotkeyBadge(hotkey)}
      </div>
      ${renderProblem(this.problem)}`;
  }

  #onKey(event: KeyboardEvent, rating: number, max: number): void {
    if (this.locked || event.ctrlKey || event.metaKey || event.altKey) return;
    const next = ratingForKey(rating, event.key, max);
    if (next === undefined) return;
    event.preventDefault();
    // digits are hotkeys elsewhere in the workspace: while the stars have focus they are the rating
    event.stopPropagation();
    this.#set(next, Math.max(1, next));
  }

  /** Commits a rating and keeps focus on the star the annotator is at. */
  #set(rating: number, focusStar: number): void {
    if (this.locked) return;
    this.commit(ratingPayload(rating));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')[focusStar - 1]?.focus(),
    );
  }
}

import { html, css, nothing, type TemplateResult } from 'lit';
import { ControlElement } from './control-element.js';
import { controlStyles, renderProblem, PROBLEM_ID } from './control-problem.js';
import { ObjectHighlight } from './object-highlight.js';
import { parseInlineStyle } from '../../config/style-guard.js';
import {
  otherSide,
  pairwiseObjects,
  pickSide,
  readSelectedSide,
  type PairwiseObjects,
  type PairwiseSide,
} from '../../model/controls/pairwise.js';

/** How the chosen object is marked when the config gives no `selectionStyle`. */
const DEFAULT_SELECTION: Readonly<Record<string, string>> = {
  outline: '2px solid var(--label-accent, #0b65d8)',
  'outline-offset': '2px',
  'border-radius': 'var(--label-radius, 6px)',
  background: 'color-mix(in srgb, var(--label-accent, #0b65d8) 8%, transparent)',
};

/** Elements inside an object that do their own thing on click (a play button, a link). */
const INTERACTIVE = 'a, button, input, select, textarea, summary, [role="button"], [contenteditable]';

/**
 * A Label Studio `<Pairwise>`: which of two objects (`toName="left,right"`) is better. Writes
 * `{selected: "left" | "right"}` with `to_name` = the Pairwise's own name (ls-spec §6.19); picking the
 * chosen side again clears the choice, as in Label Studio.
 *
 * It is a radio group of two large buttons named after the objects (arrow keys move and choose,
 * Space/Enter or a click on the chosen one clears it). As in Label Studio, clicking one of the
 * objects themselves picks it too, and the chosen object is marked with the config's
 * `selectionStyle` (guarded inline CSS) or an accent outline; `leftClass`/`rightClass` are added to
 * the objects so a `<Style>` can target them.
 *
 * @summary Chooses the better of two objects, for a Label Studio `<Pairwise>`.
 * @tag label-pairwise
 * @csspart group - The radio group.
 * @csspart side - Each of the two buttons (also `side-left` / `side-right`).
 * @csspart problem - The message shown after a refused submit.
 * @cssprop --label-accent - The chosen button and object outline.
 * @cssprop --label-border - Button borders.
 * @cssprop --label-danger - The invalid state.
 * @cssprop --label-radius - Corner radius.
 */
export class LabelPairwise extends ControlElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...ControlElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    controlStyles,
    css`
      .group {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.5rem;
      }
      .group.invalid [role='radio'] {
        border-color: var(--label-danger, #b42318);
      }
      [role='radio'] {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.125rem;
        min-height: 3em;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 6px);
        background: var(--label-surface, #fff);
        color: inherit;
        cursor: pointer;
      }
      [role='radio'][aria-checked='true'] {
        border-color: var(--label-accent, #0b65d8);
        background: color-mix(in srgb, var(--label-accent, #0b65d8) 14%, transparent);
        box-shadow: inset 0 0 0 1px var(--label-accent, #0b65d8);
      }
      [role='radio']:disabled {
        cursor: default;
        opacity: 0.7;
      }
      .side {
        font-weight: 600;
      }
      .object {
        font-size: 0.875em;
        opacity: 0.8;
        overflow-wrap: anywhere;
      }
      .misconfigured {
        margin: 0;
        color: var(--label-danger, #b42318);
      }
    `,
  ];

  protected readonly valueKey = 'selected';

  readonly #highlight = new ObjectHighlight();
  #listeningOn: Node | undefined;

  /** Pairwise results point at the Pairwise itself (ls-spec §5.1). */
  protected override get toName(): string {
    return this.controlName;
  }

  get #objects(): PairwiseObjects | undefined {
    return pairwiseObjects(this.workspace?.config.targets.get(this.controlName) ?? []);
  }

  get #selected(): PairwiseSide | undefined {
    return readSelectedSide(this.payload);
  }

  #pick(side: PairwiseSide): void {
    if (this.disabled) return;
    this.commit(pickSide(this.#selected, side));
  }

  /** Arrow keys choose (radio pattern); Space/Enter toggle the focused side. */
  #onKey(event: KeyboardEvent, side: PairwiseSide): void {
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
    if (!forward && !back) return;
    event.preventDefault();
    event.stopPropagation();
    const next = otherSide(side);
    if (!this.disabled && this.#selected !== next) this.commit(next);
    this.renderRoot.querySelector<HTMLElement>(`[data-side="${next}"]`)?.focus();
  }

  /** A click on one of the compared objects picks it, unless it was meant for something inside it
   *  (a button, a link) or ended a text selection. */
  readonly #onObjectClick = (event: Event): void => {
    const objects = this.#objects;
    if (!objects || this.disabled) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    for (const target of event.composedPath()) {
      if (!(target instanceof HTMLElement)) continue;
      const name = target.dataset.object;
      if (name === objects.left || name === objects.right) {
        this.#pick(name === objects.left ? 'left' : 'right');
        return;
      }
      if (target.matches(INTERACTIVE)) return;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listeningOn = this.getRootNode();
    this.#listeningOn.addEventListener('click', this.#onObjectClick);
  }

  override disconnectedCallback(): void {
    this.#listeningOn?.removeEventListener('click', this.#onObjectClick);
    this.#listeningOn = undefined;
    this.#highlight.clearAll();
    super.disconnectedCallback();
  }

  protected override updated(): void {
    this.#markObjects();
  }

  /** Marks the chosen object and makes both look pickable; the objects are the workspace's elements
   *  with `data-object` set to the compared names, in the same shadow tree as this control. */
  #markObjects(): void {
    this.#highlight.clearAll();
    const objects = this.#objects;
    const root = this.getRootNode() as ParentNode;
    if (!objects || typeof root.querySelectorAll !== 'function') return;
    const node = this.node!;
    const selectionStyle = String(node.attrs.selectionStyle ?? '').trim();
    const chosenStyle = selectionStyle === '' ? DEFAULT_SELECTION : parseInlineStyle(selectionStyle);
    const pointer: Record<string, string> = this.disabled ? {} : { cursor: 'pointer' };
    for (const side of ['left', 'right'] as const) {
      const name = objects[side];
      const extraClass = String(node.attrs[side === 'left' ? 'leftClass' : 'rightClass'] ?? '')
        .split(/\s+/)
        .filter((c) => /^[A-Za-z_][\w-]*$/.test(c));
      for (const element of root.querySelectorAll<HTMLElement>(`[data-object="${CSS.escape(name)}"]`)) {
        const style = this.#selected === side ? { ...pointer, ...chosenStyle } : pointer;
        this.#highlight.set(element, style, extraClass);
      }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.node) return nothing;
    const objects = this.#objects;
    if (!objects) {
      return html`<p class="misconfigured" role="alert">
        Pairwise “${this.controlName}” needs two different objects in toName, such as toName="left,right".
      </p>`;
    }
    const selected = this.#selected;
    const problem = this.problem;
    return html`<div
        class="group ${problem ? 'invalid' : ''}"
        part="group"
        role="radiogroup"
        aria-label=${`Which is better: ${objects.left} or ${objects.right}?`}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? PROBLEM_ID : nothing}
      >
        ${(['left', 'right'] as const).map((side) => {
          const checked = selected === side;
          const tabStop = checked || (selected === undefined && side === 'left');
          return html`<button
            type="button"
            role="radio"
            part="side side-${side}"
            data-side=${side}
            aria-checked=${checked ? 'true' : 'false'}
            tabindex=${tabStop ? '0' : '-1'}
            ?disabled=${this.disabled}
            @click=${() => this.#pick(side)}
            @keydown=${(event: KeyboardEvent) => this.#onKey(event, side)}
          >
            <span class="side">${side === 'left' ? 'Left' : 'Right'}</span>
            <span class="object">${objects[side]}</span>
          </button>`;
        })}
      </div>
      ${renderProblem(problem)}`;
  }
}

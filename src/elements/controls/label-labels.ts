import { LitElement, html, css, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { optionValue } from '../../model/options.js';
import { optionMatches } from '../../model/filter.js';
import { regionLabelValues, relabelTarget, toggleRegionLabel } from '../../model/relabel.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { cssProps } from '../css-props.js';

/**
 * The label palette of a `Labels` or `*Labels` control: one toggle button per `Label`, in its colour,
 * with its hotkey. The chosen label is what the next region drawn on the control's object gets (and
 * what a selected region is relabelled to). Region drawing itself belongs to the media views.
 *
 * @summary Label palette of a Labels control.
 * @tag label-labels
 * @csspart label - one label button
 * @cssprop --label-radius - corner radius of the buttons
 */
export class LabelLabels extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 0.25rem 0;
      font: var(--label-font, inherit);
    }
    .palette {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .palette.column {
      flex-direction: column;
      align-items: flex-start;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      border: 1px solid var(--swatch);
      border-radius: var(--label-radius, 4px);
      background: #fff;
      color: #1f2328;
      padding: 0.25rem 0.5rem;
      font: inherit;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--swatch);
      color: #fff;
    }
    button:focus-visible {
      outline: 2px solid var(--label-accent, #0b65d8);
      outline-offset: 2px;
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .dot {
      width: 0.625rem;
      height: 0.625rem;
      border-radius: 50%;
      background: var(--swatch);
    }
    kbd {
      font:
        0.75em ui-monospace,
        monospace;
      opacity: 0.8;
    }
  `;

  /** The Labels control's config node. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  /** Values of the labels shown pressed: the selected region's, when one of this control's objects
   *  has one selected (a click then relabels it); else those chosen for drawing (kept by the
   *  workspace, so hotkeys and clicks agree). */
  get chosen(): readonly string[] {
    const region = this.#relabelTarget();
    if (region !== undefined && this.workspace && this.node)
      return regionLabelValues(this.workspace.store, this.node, region);
    return this.workspace?.chosenLabels.get(String(this.node?.attrs.name ?? '')) ?? [];
  }

  #relabelTarget(): string | undefined {
    const ws = this.workspace;
    return ws && this.node ? relabelTarget(ws.store, ws.config, this.node) : undefined;
  }

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node) return nothing;
    const filter = this.workspace?.optionFilter(String(node.attrs.name ?? ''));
    const labels = node.children.filter(
      (child) => child.tag === 'Label' && optionMatches(optionValue(child), filter),
    );
    const inline = node.attrs.showInline !== false;
    return html`<div
      class="palette ${inline ? '' : 'column'}"
      role="toolbar"
      aria-label=${`Labels of ${String(node.attrs.name ?? '')}`}
    >
      ${labels.map((label) => this.#renderLabel(label))}
    </div>`;
  }

  #renderLabel(label: ConfigNode): TemplateResult {
    const value = optionValue(label);
    const shown =
      label.attrs.showAlias === true && label.attrs.alias !== undefined ? String(label.attrs.alias) : value;
    const hotkey = this.workspace?.hotkeyOf(label);
    const colour = safeColour(label.attrs.background);
    const pressed = this.chosen.includes(value);
    return html`<button
      type="button"
      part="label"
      style=${cssProps({ '--swatch': colour })}
      aria-pressed=${pressed ? 'true' : 'false'}
      title=${label.attrs.hint === undefined ? nothing : String(label.attrs.hint)}
      ?disabled=${this.workspace?.readonly ?? true}
      @click=${() => this.#toggle(label)}
    >
      <span class="dot"></span>${shown}${hotkey ? html`<kbd>${hotkey}</kbd>` : nothing}
    </button>`;
  }

  #toggle(label: ConfigNode): void {
    const region = this.#relabelTarget();
    if (region !== undefined && this.workspace && this.node)
      return toggleRegionLabel(this.workspace.store, this.node, region, label);
    const value = optionValue(label);
    const single = this.node?.attrs.choice !== 'multiple';
    const next = this.chosen.includes(value)
      ? this.chosen.filter((v) => v !== value)
      : single
        ? [value]
        : [...this.chosen, value];
    // internal to the workspace's shadow tree: not part of the public event contract
    this.dispatchEvent(
      new CustomEvent('palette-change', {
        detail: { control: String(this.node?.attrs.name ?? ''), labels: next },
        bubbles: true,
      }),
    );
  }
}

/** A config colour is used only when it is a plain colour token: never anything that could end the
 *  declaration and start another. */
function safeColour(value: unknown): string {
  const text = value === undefined ? '' : String(value).trim();
  return /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i.test(text)
    ? text
    : '#36b37e';
}

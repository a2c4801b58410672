import { LitElement, html, css, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';

/**
 * The search box of a Label Studio `<Filter>`: typing narrows the options of the Labels or Choices
 * control named by `toName`. Escape clears it.
 *
 * @summary Quick filter over a Labels or Choices control.
 * @tag label-filter
 * @csspart input - the search box
 */
export class LabelFilter extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = css`
    :host {
      display: block;
      margin: 0.25rem 0;
    }
    input {
      font: inherit;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--label-border, #8c959f);
      border-radius: var(--label-radius, 4px);
      min-width: 12rem;
    }
    input:focus-visible {
      outline: 2px solid var(--label-accent, #0b65d8);
      outline-offset: 1px;
    }
  `;

  /** The Filter's config node. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node) return nothing;
    const target = String(node.attrs.toName ?? '');
    const hotkey = this.workspace?.hotkeyOf(node);
    return html`<input
      part="input"
      type="search"
      placeholder=${String(node.attrs.placeholder ?? 'Quick Filter')}
      aria-label=${`Filter ${target}`}
      aria-keyshortcuts=${hotkey ?? nothing}
      @input=${this.#changed}
      @keydown=${this.#keydown}
    />`;
  }

  #changed(event: Event): void {
    this.#send((event.target as HTMLInputElement).value);
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    (event.target as HTMLInputElement).value = '';
    this.#send('');
  }

  #send(text: string): void {
    // internal to the workspace's shadow tree (not composed): not a public event
    this.dispatchEvent(
      new CustomEvent('filter-change', { detail: { node: this.node, text }, bubbles: true }),
    );
  }
}

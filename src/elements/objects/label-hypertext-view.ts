import { LitElement, html, css, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { SanitisedNodes } from '../safe-html/sanitised-nodes.js';
import { TextContentController } from './text-content.js';
import { objectViewStyles } from './object-view.styles.js';

/**
 * Shows a `<HyperText>` object: the task's HTML, sanitised by an allow-list (no scripts, frames,
 * forms, SVG/MathML, `<style>`, event handlers, `javascript:` links, nor images from other origins;
 * bad-inputs S4), rendered inside this element's shadow root. Inline `style` attributes are kept but
 * guarded, and the content is a containing block (`contain: content`), so `position: fixed` in the
 * data cannot cover the page. Links work only with `clickableLinks="true"` and then open in a new tab.
 *
 * Label Studio renders `inline="false"` HyperText in an iframe; here both modes render in the shadow
 * root, which isolates styles the same way. `valueType="url"` and `encoding` work as for `<Text>`.
 * If this browser cannot sanitise, the HTML is shown as text rather than risked.
 *
 * @summary Displays the sanitised HTML of a Label Studio `<HyperText>` object.
 * @tag label-hypertext-view
 * @fires label-load-error - The HTML URL was refused or could not be loaded.
 * @csspart content - The element holding the sanitised HTML.
 * @csspart status - The loading or error message shown instead of the content.
 * @cssprop --label-font - Base font of the content.
 * @cssprop --label-accent - Colour of links.
 */
export class LabelHypertextView extends LitElement {
  static override styles = [
    objectViewStyles,
    css`
      .content {
        contain: content;
        overflow: auto;
        overflow-wrap: anywhere;
      }
      .content img {
        max-width: 100%;
      }
      .content a[href] {
        color: var(--label-accent, #1d4ed8);
      }
      .plain {
        white-space: pre-wrap;
      }
    `,
  ];

  /** The `<HyperText>` node of the parsed config; its bound `value` is the HTML. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  readonly #content = new TextContentController(this);
  readonly #sanitised = new SanitisedNodes();

  /** Settles once the content is on screen or has failed to load (the workspace waits for it before
   *  `label-ready`). */
  get ready(): Promise<unknown> {
    return this.updateComplete.then(() => this.#content.settled).then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) this.#content.setNode(this.node);
  }

  protected override updated(): void {
    adoptConfigStyles(this, this.workspace?.config);
  }

  protected override render(): TemplateResult {
    const state = this.#content.state;
    switch (state.status) {
      case 'loading':
        return html`<p class="status" part="status" role="status">Loading HTML from ${state.url}…</p>`;
      case 'error':
        return html`<p class="status error" part="status" role="alert">${state.message}</p>`;
      default: {
        const clickableLinks = this.node?.attrs.clickableLinks === true;
        const dom = this.#sanitised.get('content', state.text, { clickableLinks, className: 'htx-richtext' });
        return dom
          ? html`<div class="content" part="content">${dom}</div>`
          : html`<div class="content plain" part="content">${state.text}</div>`;
      }
    }
  }
}

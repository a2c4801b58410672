import { LitElement, html, css, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { TextContentController } from './text-content.js';
import { objectViewStyles } from './object-view.styles.js';

/**
 * Shows a `<Text>` object: the task's string exactly as it is, as one DOM text node (never parsed as
 * HTML: `<img onerror>` in the data is just those characters, bad-inputs S3). Line breaks, CRLF,
 * emoji and right-to-left runs are kept (`white-space: pre-wrap`, per-paragraph direction); a long text stays
 * real, selectable, searchable DOM text. `valueType="url"` loads the text from an absolute http(s)
 * URL and refuses any other address with a message; `encoding="base64"|"base64unicode"` decodes it.
 *
 * The text container has Label Studio's class `htx-text`, and the config's `<Style>` applies inside
 * this element, so templates' `.htx-text { … }` rules keep working.
 *
 * @summary Displays the text of a Label Studio `<Text>` object.
 * @tag label-text-view
 * @fires label-load-error - The text URL was refused or could not be loaded.
 * @csspart text - The element holding the text.
 * @csspart status - The loading or error message shown instead of the text.
 * @cssprop --label-font - Font of the text.
 * @cssprop --label-border - Border of the status message.
 * @cssprop --label-danger - Colour of an error message.
 * @cssprop --label-radius - Corner radius of the status message.
 */
export class LabelTextView extends LitElement {
  static override styles = [
    objectViewStyles,
    css`
      .htx-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        /* each paragraph takes the direction of its own first strong character (RTL data) */
        unicode-bidi: plaintext;
        line-height: 1.5;
      }
    `,
  ];

  /** The `<Text>` node of the parsed config; its bound `value` is the text. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  readonly #content = new TextContentController(this);

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
        return html`<p class="status" part="status" role="status">Loading text from ${state.url}…</p>`;
      case 'error':
        return html`<p class="status error" part="status" role="alert">${state.message}</p>`;
      default:
        return html`<div class="htx-text" part="text">${state.text}</div>`;
    }
  }
}

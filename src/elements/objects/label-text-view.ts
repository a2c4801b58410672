import { LitElement, html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { TextContentController } from './text-content.js';
import { objectViewStyles } from './object-view.styles.js';
import { TextSpanController } from './text-span-controller.js';
import { textSpanStyles } from './text-span.styles.js';
import { visuallyHiddenStyles } from '../shared.styles.js';

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
 * With a `<Labels>` control pointing at it, the text takes named-entity spans (ls-spec §6.8): choose
 * a label, then select text with the mouse (or focus the text, extend a selection with Shift+arrows
 * and press Enter). Spans are drawn with the CSS Custom Highlight API over the same text node; a
 * click selects the innermost span under the pointer; `]`/`[` move between spans, Delete removes
 * one, Escape clears the selection (keys in `text-span-keys.ts`). An `aria-live` region says what
 * was selected, made or deleted.
 *
 * @summary Displays the text of a Label Studio `<Text>` object.
 * @tag label-text-view
 * @fires label-load-error - The text URL was refused or could not be loaded.
 * @csspart text - The element holding the text.
 * @csspart status - The loading or error message shown instead of the text.
 * @cssprop --label-accent - Outline of the selected span and colour of the keyboard caret.
 * @cssprop --label-font - Font of the text.
 * @cssprop --label-border - Border of the status message.
 * @cssprop --label-danger - Colour of an error message.
 * @cssprop --label-radius - Corner radius of the status message.
 */
export class LabelTextView extends LitElement {
  static override styles = [
    objectViewStyles,
    textSpanStyles,
    visuallyHiddenStyles,
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
  readonly #spans = new TextSpanController(this);

  /** The spans drawn on this text, in reading order (UTF-16 `from`/`to` and Label Studio's
   *  code-point `start`/`end`), and what paints them. */
  get spanLayer(): TextSpanController {
    return this.#spans;
  }

  /** Settles once the content is on screen or has failed to load (the workspace waits for it before
   *  `label-ready`). */
  get ready(): Promise<unknown> {
    return this.updateComplete.then(() => this.#content.settled).then(() => this.updateComplete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) {
      this.#content.setNode(this.node);
      // label tags over the spans need room above each line (text-span.styles.ts)
      this.toggleAttribute('show-labels', this.node?.attrs.showLabels === true);
    }
  }

  protected override updated(): void {
    const highlights = this.#spans.styleSheet;
    adoptConfigStyles(this, this.workspace?.config, highlights ? [highlights] : []);
    const root = this.renderRoot;
    this.#spans.sync({
      container: root.querySelector<HTMLElement>('.htx-text'),
      layer: root.querySelector<HTMLElement>('.span-layer'),
      live: root.querySelector<HTMLElement>('.live'),
    });
  }

  protected override render(): TemplateResult {
    const state = this.#content.state;
    switch (state.status) {
      case 'loading':
        return html`<p class="status" part="status" role="status">Loading text from ${state.url}…</p>`;
      case 'error':
        return html`<p class="status error" part="status" role="alert">${state.message}</p>`;
      default:
        return this.#renderText(state.text);
    }
  }

  /** The text, the overlay layer over it, and the live region. The text container holds nothing but
   *  the text node, so Label Studio's offsets are offsets into it. */
  #renderText(text: string): TemplateResult {
    const spans = this.#spans;
    const interactive = spans.interactive;
    const name = String(this.node?.attrs.name ?? '');
    // Nothing but the text may sit inside .htx-text: white space there would be shown (pre-wrap) and
    // shift every offset, so the formatter must leave `>${text}</div>` as written.
    // prettier-ignore
    const container = html`<div
      class="htx-text"
      part="text"
      tabindex=${interactive ? 0 : nothing}
      role=${interactive ? 'textbox' : nothing}
      aria-readonly=${interactive ? 'true' : nothing}
      aria-multiline=${interactive ? 'true' : nothing}
      aria-label=${interactive ? `Text ${name}` : nothing}
      aria-describedby=${interactive ? 'span-keys' : nothing}
      @mousedown=${spans.onMouseDown}
      @keydown=${spans.onKeyDown}
      @focus=${spans.onFocus}
      @blur=${spans.onBlur}
    >${text}</div>`;
    return html`<div class="frame">
        ${container}
        <div class="span-layer" aria-hidden="true"></div>
      </div>
      ${
        interactive
          ? html`<p id="span-keys" class="visually-hidden">
              Choose a label, select text with Shift and the arrow keys, then press Enter to label it. Right
              and left square brackets move between labelled spans; Delete removes the selected span; Escape
              clears the selection.
            </p>`
          : nothing
      }
      <div class="live visually-hidden" aria-live="polite"></div>`;
  }
}

import { LitElement, html, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ConfigNode } from '../../config/types.js';
import { listItems } from '../../model/controls/ranker.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { SanitisedNodes } from '../safe-html/sanitised-nodes.js';
import { listItemStyles, renderListItem } from './list-item.js';
import { objectViewStyles } from './object-view.styles.js';

/**
 * Shows a `<List>` that no `<Ranker>` ranks: its items (`title`, `body`, sanitised `html`) in one
 * read-only column titled by the List's `title`, as Label Studio shows it. A List with a Ranker is
 * drawn by `<label-ranker>` instead.
 *
 * @summary Displays the items of a Label Studio `<List>` object.
 * @tag label-list-view
 * @csspart column - The column box.
 * @csspart item - One item.
 * @csspart item-title - An item's title.
 * @csspart item-body - An item's body text.
 * @cssprop --label-border - Column and item borders.
 * @cssprop --label-radius - Corner radius of column and items.
 * @cssprop --label-surface - Item background.
 */
export class LabelListView extends LitElement {
  static override styles = [
    objectViewStyles,
    listItemStyles,
    css`
      .htx-ranker-column {
        max-width: 40em;
      }
    `,
  ];

  /** The `<List>` node of the parsed config; its bound `value` is the array of items. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  readonly #sanitised = new SanitisedNodes();

  protected override updated(): void {
    adoptConfigStyles(this, this.workspace?.config);
  }

  protected override render(): TemplateResult {
    const items = listItems(this.node?.bound.value);
    this.#sanitised.keepOnly(new Set(items.map((item) => item.id)));
    const title = String(this.node?.attrs.title ?? '');
    return html`<section class="htx-ranker-column" part="column" aria-label=${title || 'List'}>
      ${title === '' ? '' : html`<h3 class="column-title">${title}</h3>`}
      <ol class="items">
        ${items.map((item) => html`<li class="htx-ranker-item" part="item">${renderListItem(item, this.#sanitised)}</li>`)}
      </ol>
    </section>`;
  }
}

import { html, css, nothing, type TemplateResult } from 'lit';
import type { ListItem } from '../../model/controls/ranker.js';
import type { SanitisedNodes } from '../safe-html/sanitised-nodes.js';

/**
 * How one `List` item reads, in a `<List>` on its own and in a `<Ranker>`: its `title`, its `body`
 * as text, and its `html` sanitised by the same allow-list as `<HyperText>` (bad-inputs S4, ls-spec
 * §10.10). Column and item boxes carry Label Studio's `htx-ranker-column`/`htx-ranker-item` classes,
 * so templates' `<Style>` rules for them apply.
 */
export function renderListItem(item: ListItem, sanitised: SanitisedNodes): TemplateResult {
  const html_ =
    item.html === undefined
      ? undefined
      : sanitised.get(item.id, item.html, { clickableLinks: false, className: 'html' });
  return html`<div class="title" part="item-title">${item.title}</div>
    ${item.body === '' ? nothing : html`<div class="body" part="item-body">${item.body}</div>`}
    ${item.html === undefined ? nothing : (html_ ?? html`<div class="body">${item.html}</div>`)}`;
}

export const listItemStyles = css`
  .htx-ranker-column {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 12em;
    flex: 1 1 14em;
    padding: 0.5em;
    border: 1px solid var(--label-border, #d0d5dd);
    border-radius: var(--label-radius, 6px);
  }
  .column-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
    min-height: 2.5em;
  }
  .htx-ranker-item {
    padding: 0.5em 0.65em;
    border: 1px solid var(--label-border, #d0d5dd);
    border-radius: var(--label-radius, 6px);
    background: var(--label-surface, #fff);
    overflow-wrap: anywhere;
  }
  .title {
    font-weight: 600;
  }
  .body {
    white-space: pre-wrap;
  }
  .html {
    contain: content;
    overflow: auto;
  }
  .html img {
    max-width: 100%;
  }
`;

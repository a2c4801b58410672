import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssProps } from '../css-props.js';
import type { ConfigNode } from '../../config/types.js';
import { parseInlineStyle } from '../../config/style-guard.js';
import type { WorkspaceContextValue } from './context.js';
import { renderTag } from './tag-views.js';

/**
 * Renders the config tree as the workspace layout: layout tags here, every other tag through the tag
 * view registry (`tag-views.ts`). Hidden nodes (conditions false) render nothing, and so do their
 * descendants.
 */
export interface LayoutState {
  readonly context: WorkspaceContextValue;
  /** Current page of each paginated Repeater, by node key. */
  readonly pages: ReadonlyMap<string, number>;
  readonly setPage: (key: string, page: number) => void;
}

export function renderNode(node: ConfigNode, state: LayoutState): TemplateResult | typeof nothing {
  if (!state.context.visible(node)) return nothing;
  switch (node.tag) {
    case 'View':
      return renderView(node, state);
    case 'Header':
      return renderHeader(node);
    case 'Style':
      return nothing; // collected into the shadow root's adopted style sheet by the workspace
    case 'Collapse':
      return renderCollapse(node, state);
    case 'Repeater':
      return renderRepeater(node, state);
    default:
      return renderTag(node, state, (child) => renderNode(child, state));
  }
}

function renderChildren(node: ConfigNode, state: LayoutState): unknown[] {
  return node.children.map((child) => renderNode(child, state));
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function renderView(node: ConfigNode, state: LayoutState): TemplateResult {
  const style = parseInlineStyle(str(node.attrs.style));
  const classes = str(node.attrs.className)
    .split(/\s+/)
    .filter((c) => /^[A-Za-z_][\w-]*$/.test(c));
  if (node.attrs.display === 'inline') classes.push('inline');
  return html`<div
    part="view"
    class=${['view', ...classes].join(' ')}
    style=${cssProps(style)}
    data-key=${node.key}
  >
    ${renderChildren(node, state)}
  </div>`;
}

function headerText(node: ConfigNode): string {
  const bound = node.bound.value;
  if (bound !== undefined && bound !== null && typeof bound !== 'object') return String(bound);
  return str(node.attrs.value ?? node.text);
}

function renderHeader(node: ConfigNode): TemplateResult {
  const size = Math.min(6, Math.max(1, Number(node.attrs.size) || 4));
  const style = cssProps(parseInlineStyle(str(node.attrs.style)));
  const text = headerText(node);
  const underline = node.attrs.underline === true;
  // one heading template per level: a tag name cannot be a binding
  const cls = classMap({ header: true, underline });
  switch (size) {
    case 1:
      return html`<h1 part="header" class=${cls} style=${style}>${text}</h1>`;
    case 2:
      return html`<h2 part="header" class=${cls} style=${style}>${text}</h2>`;
    case 3:
      return html`<h3 part="header" class=${cls} style=${style}>${text}</h3>`;
    case 5:
      return html`<h5 part="header" class=${cls} style=${style}>${text}</h5>`;
    case 6:
      return html`<h6 part="header" class=${cls} style=${style}>${text}</h6>`;
    default:
      return html`<h4 part="header" class=${cls} style=${style}>${text}</h4>`;
  }
}

function renderCollapse(node: ConfigNode, state: LayoutState): TemplateResult {
  // `accordion` (default true): one panel open at a time, which <details name> gives natively
  const group = node.attrs.accordion === false ? undefined : `collapse-${node.key}`;
  const bordered = node.attrs.bordered === true;
  return html`<div part="collapse" class=${classMap({ collapse: true, bordered })}>
    ${node.children
      .filter((panel) => panel.tag === 'Panel' && state.context.visible(panel))
      .map(
        (panel, i) =>
          html`<details name=${group ?? nothing} ?open=${i === 0 && node.attrs.open === true}>
            <summary>${str(panel.bound.value ?? panel.attrs.value)}</summary>
            <div class="panel">${renderChildren(panel, state)}</div>
          </details>`,
      )}
  </div>`;
}

function renderRepeater(node: ConfigNode, state: LayoutState): TemplateResult {
  const children = renderChildren(node, state);
  if (node.attrs.mode !== 'pagination') return html`${children}`;
  // each repetition is one child group; show one at a time
  const pages = node.children.length;
  const page = Math.min(state.pages.get(node.key) ?? 0, Math.max(0, pages - 1));
  return html`<div class="repeater" part="repeater">
    <nav class="pager" aria-label="Pages">
      <button type="button" ?disabled=${page === 0} @click=${() => state.setPage(node.key, page - 1)}>
        Previous
      </button>
      <span aria-live="polite">Page ${page + 1} of ${pages}</span>
      <button type="button" ?disabled=${page >= pages - 1} @click=${() => state.setPage(node.key, page + 1)}>
        Next
      </button>
    </nav>
    ${children[page] ?? nothing}
  </div>`;
}

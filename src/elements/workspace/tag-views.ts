import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigNode } from '../../config/types.js';
import type { LayoutState } from './layout.js';

/**
 * Which element draws each Label Studio tag. The tag's language knowledge lives in its spec
 * (`config/tags/`); this table only says which custom element shows it. A recognised tag that has no
 * view yet gets a placeholder that names it, so the rest of the workspace still works and its results
 * are kept.
 */
type TagView = (
  node: ConfigNode,
  state: LayoutState,
  renderChild: (child: ConfigNode) => unknown,
) => TemplateResult | typeof nothing;

const views: Record<string, TagView> = {
  Choices: (node) => html`<label-choices .node=${node} data-control=${name(node)}></label-choices>`,
  TextArea: (node) => html`<label-textarea .node=${node} data-control=${name(node)}></label-textarea>`,
  Rating: (node) => html`<label-rating .node=${node} data-control=${name(node)}></label-rating>`,
  Number: (node) => html`<label-number .node=${node} data-control=${name(node)}></label-number>`,
  DateTime: (node) => html`<label-datetime .node=${node} data-control=${name(node)}></label-datetime>`,
  Taxonomy: (node) => html`<label-taxonomy .node=${node} data-control=${name(node)}></label-taxonomy>`,
  Pairwise: (node) => html`<label-pairwise .node=${node} data-control=${name(node)}></label-pairwise>`,
  Ranker: (node) => html`<label-ranker .node=${node} data-control=${name(node)}></label-ranker>`,
  Text: (node) => html`<label-text-view .node=${node} data-object=${name(node)}></label-text-view>`,
  Image: (node) => html`<label-image-view .node=${node} data-object=${name(node)}></label-image-view>`,
  HyperText: (node) =>
    html`<label-hypertext-view .node=${node} data-object=${name(node)}></label-hypertext-view>`,
  Table: (node) => html`<label-table-view .node=${node} data-object=${name(node)}></label-table-view>`,
  Audio: (node) => html`<label-audio-view .node=${node} data-object=${name(node)}></label-audio-view>`,
  List: (node, state) =>
    // a Ranker draws the list it ranks; a bare List shows its items
    state.context.config.controls.some(
      (c) => c.tag === 'Ranker' && state.context.config.targets.get(name(c))?.includes(name(node)),
    )
      ? nothing
      : html`<label-list-view .node=${node} data-object=${name(node)}></label-list-view>`,
  Labels: (node) => html`<label-labels .node=${node} data-control=${name(node)}></label-labels>`,
  Filter: (node) => html`<label-filter .node=${node} data-key=${node.key}></label-filter>`,
  // the relations panel: list, link, direction, labels (a Relations tag has no name)
  Relations: (node) => html`<label-relations .node=${node} data-key=${node.key}></label-relations>`,
  Markdown: (node) => html`<div class="markdown" part="markdown">${markdownText(node)}</div>`,
  // option and relation tags are drawn by their parent control
  Choice: () => nothing,
  Label: () => nothing,
  Relation: () => nothing,
  // a bare image tool is a button in the image view's toolbar
  Rectangle: () => nothing,
  Polygon: () => nothing,
  Bucket: () => nothing,
  Shortcut: () => nothing,
  Panel: (node, _state, renderChild) => html`${node.children.map(renderChild)}`,
};

/** Markdown is shown as its plain text (white space kept): safe, and readable. Rendering the markup
 *  would need a sanitised Markdown parser, which no fixture or issue needs yet. */
function markdownText(node: ConfigNode): string {
  const bound = node.bound.value;
  return typeof bound === 'string' ? bound : String(node.attrs.value ?? node.text ?? '');
}

function name(node: ConfigNode): string {
  return String(node.attrs.name ?? '');
}

export function renderTag(
  node: ConfigNode,
  state: LayoutState,
  renderChild: (child: ConfigNode) => unknown,
): TemplateResult | typeof nothing {
  const view = Object.hasOwn(views, node.tag) ? views[node.tag] : undefined;
  if (view) return view(node, state, renderChild);
  // every drawn *Labels tool shows its labels as a palette, like <Labels>
  if (node.spec?.kind === 'control' && node.spec.rendered && node.spec.resultType?.endsWith('labels')) {
    return views.Labels!(node, state, renderChild);
  }
  return placeholder(node);
}

/** Shown for a tag we recognise but do not draw yet (or do not know): says which, never breaks the rest. */
function placeholder(node: ConfigNode): TemplateResult {
  const known = node.spec !== undefined;
  const label = name(node) ? `<${node.tag} name="${name(node)}">` : `<${node.tag}>`;
  return html`<div class="placeholder" part="placeholder" role="note" data-tag=${node.tag}>
    <strong>${label}</strong>
    ${
      known
        ? html`<span>is not drawn by label-elements yet. Its results are kept and exported unchanged.</span>`
        : html`<span>is not a Label Studio tag.</span>`
    }
  </div>`;
}

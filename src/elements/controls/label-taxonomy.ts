import { html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../css-props.js';
import { ControlElement } from './control-element.js';
import { controlStyles, renderProblem, PROBLEM_ID } from './control-problem.js';
import { treeKeyAction, type TreeAction } from './tree-keys.js';
import {
  buildTaxonomyTree,
  chipText,
  isSelectable,
  limitReached,
  pathKey,
  readTaxonomyPaths,
  removeTaxonomyPath,
  searchExpansion,
  searchTaxonomy,
  splitMatch,
  taxonomyOptions,
  toggleTaxonomyPath,
  visibleRows,
  type TaxonomyItem,
  type TaxonomyPath,
  type TaxonomyRow,
  type TaxonomySearch,
  type TaxonomyTree,
} from '../../model/controls/taxonomy.js';

/**
 * A Label Studio `<Taxonomy>`: the selected paths as removable chips, and a dropdown panel with a
 * search box and the tree of nested `Choice`s (static or from task data). Writes
 * `{taxonomy: [["A", "B"], ["C"]]}` (ls-spec §6.16); removing the last selection removes the result.
 *
 * The tree follows the WAI-ARIA tree pattern (`role="tree"`, one focusable row at a time): Up/Down
 * move, Right opens or enters a branch, Left closes it or goes to the parent, Space/Enter select,
 * typing goes to the search box, Escape closes the panel. Only open branches are rendered, so large
 * taxonomies cost what is on screen. The panel opens in the page flow, below the field, so no
 * container can clip it.
 *
 * `leafsOnly` makes branches openable but not selectable; `maxUsages` caps the number of selections.
 * `selected="true"` choices are what a new annotation starts with (written when the annotation is
 * created, as Label Studio does and as for Choices: `preselectedTaxonomyPayload`); the element shows
 * the result as it is, so clearing every chip really clears the taxonomy.
 *
 * @summary Hierarchical classification of a Label Studio `<Taxonomy>`.
 * @tag label-taxonomy
 * @csspart field - The box holding the chips and the toggle button.
 * @csspart chip - One selected path.
 * @csspart toggle - The button that opens and closes the panel.
 * @csspart dropdown - The panel with the search box and the tree.
 * @csspart search - The search box.
 * @csspart tree - The tree.
 * @csspart item - One tree row.
 * @csspart problem - The message shown after a refused submit.
 * @cssprop --label-accent - Focus ring, selected rows and chips.
 * @cssprop --label-border - Borders of the field and the panel.
 * @cssprop --label-danger - The invalid state and its message.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-font - Font.
 */
export class LabelTaxonomy extends ControlElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...ControlElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    controlStyles,
    css`
      .field {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.375rem;
        padding: 0.25rem;
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 6px);
        background: var(--label-surface, #fff);
      }
      .field.invalid {
        border-color: var(--label-danger, #b42318);
      }
      .chips {
        display: contents;
        list-style: none;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        max-width: 100%;
        padding: 0.125rem 0.25rem 0.125rem 0.5rem;
        border-radius: 999px;
        background: color-mix(in srgb, var(--label-accent, #0b65d8) 12%, transparent);
        overflow-wrap: anywhere;
      }
      .chip button {
        border: 0;
        border-radius: 50%;
        width: 1.5em;
        height: 1.5em;
        padding: 0;
        background: transparent;
        color: inherit;
        cursor: pointer;
      }
      .chip button:hover {
        background: color-mix(in srgb, currentColor 15%, transparent);
      }
      .toggle {
        flex: 1 0 auto;
        min-height: 2em;
        border: 0;
        background: transparent;
        color: inherit;
        text-align: start;
        cursor: pointer;
        opacity: 0.75;
      }
      .toggle:disabled {
        cursor: default;
      }
      .dropdown {
        margin-top: 0.25rem;
        padding: 0.375rem;
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 6px);
        background: var(--label-surface, #fff);
        box-sizing: border-box;
        max-width: 100%;
      }
      .dropdown[hidden] {
        display: none;
      }
      input[type='search'] {
        box-sizing: border-box;
        width: 100%;
        padding: 0.25rem 0.5rem;
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 6px);
        font: inherit;
      }
      .note {
        margin: 0.25rem 0;
        font-size: 0.875em;
        opacity: 0.8;
      }
      [role='tree'] {
        max-height: 20em;
        overflow: auto;
        margin-top: 0.25rem;
      }
      [role='treeitem'] {
        display: flex;
        align-items: center;
        gap: 0.25rem;
        padding: 0.125rem 0.25rem 0.125rem calc(0.25rem + (var(--level) - 1) * 1.25rem);
        border-radius: var(--label-radius, 6px);
        cursor: pointer;
      }
      [role='treeitem']:hover {
        background: color-mix(in srgb, currentColor 6%, transparent);
      }
      [role='treeitem'][aria-selected='true'] {
        background: color-mix(in srgb, var(--label-accent, #0b65d8) 14%, transparent);
      }
      [role='treeitem'][aria-disabled='true'] {
        cursor: default;
        opacity: 0.55;
      }
      .twisty {
        width: 1.25rem;
        text-align: center;
        flex: none;
      }
      .check {
        width: 1em;
        height: 1em;
        flex: none;
        border: 1px solid var(--label-border, #98a2b3);
        border-radius: 3px;
        display: inline-grid;
        place-items: center;
        font-size: 0.8em;
        line-height: 1;
      }
      [aria-selected='true'] > .check {
        background: var(--label-accent, #0b65d8);
        border-color: var(--label-accent, #0b65d8);
        color: #fff;
      }
      mark {
        background: color-mix(in srgb, var(--label-accent, #0b65d8) 25%, transparent);
        color: inherit;
      }
    `,
  ];

  protected readonly valueKey = 'taxonomy';

  @state() private open = false;
  @state() private query = '';
  /** Keys of open branches outside a search. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** Keys of open branches during a search (starts with the matches' ancestors). */
  @state() private searchExpanded: ReadonlySet<string> = new Set();
  /** The row that takes the tree's tab stop. */
  @state() private activeKey: string | undefined;

  #tree: TaxonomyTree = { roots: [], items: [], byPath: new Map() };
  #search: TaxonomySearch | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('node') && this.node) this.#tree = buildTaxonomyTree(this.node);
    if (changed.has('node') || changed.has('query')) {
      this.#search = searchTaxonomy(this.#tree, this.query);
      if (this.#search) this.searchExpanded = searchExpansion(this.#search);
    }
  }

  /** The current selection: the result's paths. */
  get #selection(): readonly TaxonomyPath[] {
    return readTaxonomyPaths(this.payload);
  }

  get #openBranches(): ReadonlySet<string> {
    return this.#search ? this.searchExpanded : this.expanded;
  }

  get #rows(): TaxonomyRow[] {
    return visibleRows(this.#tree, this.#openBranches, this.#search);
  }

  #write(selection: readonly TaxonomyPath[]): void {
    this.commit(selection.length === 0 ? undefined : selection.map((path) => [...path]));
  }

  #pick(item: TaxonomyItem): void {
    if (this.disabled) return;
    const options = this.node ? taxonomyOptions(this.node) : { leafsOnly: false, maxUsages: undefined };
    if (!isSelectable(item, options)) {
      this.#setBranch(item.key, !this.#openBranches.has(item.key));
      return;
    }
    const before = this.#selection;
    const after = toggleTaxonomyPath(before, item, options);
    if (after !== before) this.#write(after);
  }

  #remove(path: TaxonomyPath): void {
    if (this.disabled) return;
    this.#write(removeTaxonomyPath(this.#selection, path));
  }

  #setBranch(key: string, open: boolean): void {
    const next = new Set(this.#openBranches);
    if (open) next.add(key);
    else next.delete(key);
    if (this.#search) this.searchExpanded = next;
    else this.expanded = next;
  }

  async #setOpen(open: boolean): Promise<void> {
    if (open && this.disabled) return;
    this.open = open;
    await this.updateComplete;
    const target = open ? 'input[type="search"]' : '.toggle';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  async #focusRow(key: string): Promise<void> {
    this.activeKey = key;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(key)}"]`)?.focus();
  }

  async #act(action: TreeAction): Promise<void> {
    switch (action.kind) {
      case 'focus':
        return this.#focusRow(action.key);
      case 'expand':
      case 'collapse':
        this.#setBranch(action.key, action.kind === 'expand');
        return this.#focusRow(action.key);
      case 'pick': {
        const item = this.#tree.items.find((candidate) => candidate.key === action.key);
        if (item) this.#pick(item);
        return this.#focusRow(action.key);
      }
      case 'type': {
        this.query += action.text;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
        return;
      }
      case 'close':
        return this.#setOpen(false);
    }
  }

  #onTreeKey(event: KeyboardEvent): void {
    const action = treeKeyAction(this.#rows, this.activeKey, this.#openBranches, event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    void this.#act(action);
  }

  #onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      const first = this.#rows[0];
      if (first) {
        event.preventDefault();
        void this.#focusRow(first.item.key);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.#setOpen(false);
    }
  }

  #onRowClick(event: MouseEvent, item: TaxonomyItem): void {
    this.activeKey = item.key;
    const onTwisty = (event.target as Element).closest('.twisty') !== null;
    if (onTwisty && item.children.length > 0) this.#setBranch(item.key, !this.#openBranches.has(item.key));
    else this.#pick(item);
  }

  /** Closes the panel when a pointer goes down anywhere outside this control. */
  readonly #onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pointerdown', this.#onOutsidePointer);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pointerdown', this.#onOutsidePointer);
    super.disconnectedCallback();
  }

  protected override render(): TemplateResult | typeof nothing {
    const node = this.node;
    if (!node) return nothing;
    const name = this.controlName;
    const selection = this.#selection;
    const problem = this.problem;
    const width = cssProps({
      'min-width': cssLength(node.attrs.minWidth),
      'max-width': cssLength(node.attrs.maxWidth),
    });
    const placeholder =
      String(node.attrs.placeholder ?? '') || (selection.length > 0 ? 'Add…' : 'Click to add…');
    return html`<div class="field ${problem ? 'invalid' : ''}" part="field" style=${width}>
        <ul class="chips" aria-label=${`Selected in ${name}`}>
          ${repeat(
            selection,
            (path) => pathKey(path),
            (path) => this.#renderChip(path),
          )}
        </ul>
        <button
          type="button"
          class="toggle"
          part="toggle"
          aria-haspopup="tree"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="dropdown"
          aria-label=${`${placeholder} ${name}, ${selection.length} selected`}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? PROBLEM_ID : nothing}
          ?disabled=${this.disabled}
          @click=${() => void this.#setOpen(!this.open)}
        >
          ${placeholder}
        </button>
      </div>
      ${this.#renderDropdown(selection)} ${renderProblem(problem)}`;
  }

  #renderChip(path: TaxonomyPath): TemplateResult {
    const node = this.node!;
    const text = chipText(this.#tree, path, {
      showFullPath: node.attrs.showFullPath === true,
      pathSeparator: String(node.attrs.pathSeparator ?? ' / '),
    });
    return html`<li class="chip" part="chip">
      <span>${text}</span>
      ${
        this.disabled
          ? nothing
          : html`<button type="button" aria-label=${`Remove ${text}`} @click=${() => this.#remove(path)}>
              ×
            </button>`
      }
    </li>`;
  }

  #renderDropdown(selection: readonly TaxonomyPath[]): TemplateResult {
    const node = this.node!;
    const options = taxonomyOptions(node);
    const rows = this.#rows;
    const selected = new Set(selection.map(pathKey));
    const full = limitReached(selection, options);
    const active = rows.some((row) => row.item.key === this.activeKey) ? this.activeKey : rows[0]?.item.key;
    return html`<div
      id="dropdown"
      class="dropdown"
      part="dropdown"
      ?hidden=${!this.open}
      style=${cssProps({ width: cssLength(node.attrs.dropdownWidth) })}
    >
      <input
        type="search"
        part="search"
        placeholder="Search"
        aria-label=${`Search ${this.controlName}`}
        aria-controls="tree"
        autocomplete="off"
        .value=${this.query}
        @input=${(e: InputEvent) => (this.query = (e.target as HTMLInputElement).value)}
        @keydown=${this.#onSearchKey}
      />
      ${full ? html`<p class="note" role="status">At most ${options.maxUsages} selected: remove one to pick another.</p>` : nothing}
      ${this.#search && rows.length === 0 ? html`<p class="note" role="status">No match for “${this.query}”.</p>` : nothing}
      <div
        id="tree"
        role="tree"
        part="tree"
        aria-multiselectable="true"
        aria-label=${this.controlName}
        @keydown=${this.#onTreeKey}
      >
        ${repeat(
          rows,
          (row) => row.item.key,
          (row) => this.#renderRow(row, row.item.key === active, selected, full, options),
        )}
      </div>
    </div>`;
  }

  #renderRow(
    row: TaxonomyRow,
    active: boolean,
    selected: ReadonlySet<string>,
    full: boolean,
    options: ReturnType<typeof taxonomyOptions>,
  ): TemplateResult {
    const item = row.item;
    const branch = item.children.length > 0;
    const open = branch && this.#openBranches.has(item.key);
    const selectable = isSelectable(item, options);
    const isSelected = selected.has(pathKey(item.path));
    const blocked = selectable && !isSelected && (full || this.disabled);
    const [before, match, after] = splitMatch(item.label, this.#search?.query ?? '');
    return html`<div
      role="treeitem"
      part="item"
      data-key=${item.key}
      tabindex=${active ? '0' : '-1'}
      style=${cssProps({ '--level': String(row.level) })}
      title=${item.hint ?? nothing}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.position}
      aria-expanded=${branch ? (open ? 'true' : 'false') : nothing}
      aria-selected=${selectable ? (isSelected ? 'true' : 'false') : nothing}
      aria-disabled=${blocked ? 'true' : nothing}
      @click=${(event: MouseEvent) => this.#onRowClick(event, item)}
    >
      <span class="twisty" aria-hidden="true">${branch ? (open ? '▾' : '▸') : ''}</span>
      ${selectable ? html`<span class="check" aria-hidden="true">${isSelected ? '✓' : ''}</span>` : nothing}
      <span class="label">${before}${match ? html`<mark>${match}</mark>` : nothing}${after}</span>
    </div>`;
  }
}

/** A width from the config, used only when it is a plain CSS length (a bare number means pixels). */
function cssLength(value: unknown): string | undefined {
  const text = value === undefined ? '' : String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return `${text}px`;
  return /^\d+(\.\d+)?(px|em|rem|%|ch|vw)$/.test(text) ? text : undefined;
}

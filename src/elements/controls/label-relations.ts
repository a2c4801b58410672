import { LitElement, html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { visuallyHiddenStyles } from '../shared.styles.js';
import type { ConfigNode } from '../../config/types.js';
import type { LSResult } from '../../format/types.js';
import { geometryOf } from '../../format/result-types.js';
import type { ResultIndex } from '../../model/result-index.js';
import { optionValue } from '../../model/options.js';
import { regionName } from '../../model/region-names.js';
import {
  addRelation,
  removeRelation,
  rotateRelationDirection,
  setRelationLabels,
} from '../../model/relations.js';
import { workspaceContext, type WorkspaceContextValue } from '../workspace/context.js';
import { formControlStyles } from './controls.styles.js';

const ARROWS: Readonly<Record<string, string>> = { right: '→', left: '←', bi: '↔' };

/**
 * The relations panel of a `<Relations>` tag (ls-spec §6.20): every relation of the annotation with
 * its direction (a button turns it right → both → left, as in Label Studio), its `<Relation>` labels
 * and a delete button; and the way to make one. To link, select a region, press “Link” (or Alt+R
 * anywhere in the workspace), then select the target: click it, or pick it in the list and press
 * Enter. Escape cancels. Relations are drawn by the object views (arrows over a text).
 *
 * @summary Relations between regions: list, link, direction, labels.
 * @tag label-relations
 * @csspart relation - one relation row
 * @cssprop --label-accent - focus ring and link-mode accent
 */
export class LabelRelations extends LitElement {
  static override styles = [
    formControlStyles,
    visuallyHiddenStyles,
    css`
      :host {
        display: block;
        margin: 0.5rem 0;
        font: var(--label-font, inherit);
      }
      [role='group']:focus {
        outline: none;
      }
      ul {
        list-style: none;
        margin: 0.25rem 0;
        padding: 0;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.375rem;
        padding: 0.25rem 0;
      }
      button {
        font: inherit;
        border: 1px solid var(--label-border, #c4c9d4);
        border-radius: var(--label-radius, 4px);
        background: #fff;
        padding: 0.125rem 0.5rem;
        cursor: pointer;
      }
      button[aria-pressed='true'] {
        background: var(--label-accent, #0b65d8);
        border-color: var(--label-accent, #0b65d8);
        color: #fff;
      }
      .linking {
        display: flex;
        flex-wrap: wrap;
        gap: 0.375rem;
        align-items: center;
        padding: 0.375rem;
        border: 1px dashed var(--label-accent, #0b65d8);
        border-radius: var(--label-radius, 4px);
      }
      kbd {
        font:
          0.75em ui-monospace,
          monospace;
        opacity: 0.8;
      }
      .empty {
        opacity: 0.7;
        margin: 0.25rem 0;
      }
    `,
  ];

  /** The `<Relations>` node of the config. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: WorkspaceContextValue | undefined;

  /** The region a link starts from while linking. */
  @state() private linkFrom: string | undefined;
  @state() private announcement = '';

  #keysOn: EventTarget | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Alt+R works anywhere in the workspace: listen on the element whose shadow tree holds this panel
    const root = this.getRootNode();
    this.#keysOn = root instanceof ShadowRoot ? root.host : undefined;
    this.#keysOn?.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#keysOn?.removeEventListener('keydown', this.#onKeyDown as EventListener);
    this.#keysOn = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // while linking, selecting another region (by a click in any view) completes the link
    const ws = this.workspace;
    if (!changed.has('workspace') || !ws || this.linkFrom === undefined) return;
    const target = ws.selectedRegion;
    if (target !== undefined && target !== this.linkFrom) this.#link(this.linkFrom, target);
  }

  override render(): TemplateResult {
    const ws = this.workspace;
    if (!ws) return html``;
    const relations = ws.store.index.relations;
    const readonly = ws.readonly;
    return html`<div role="group" aria-label="Relations" tabindex="-1">
      <button
        type="button"
        class="link"
        ?disabled=${readonly || ws.selectedRegion === undefined}
        aria-pressed=${this.linkFrom !== undefined ? 'true' : 'false'}
        @click=${this.#toggleLinking}
      >
        Link selected region… <kbd>Alt+R</kbd>
      </button>
      ${this.linkFrom !== undefined ? this.#renderLinking(this.linkFrom) : nothing}
      ${
        relations.length === 0
          ? html`<p class="empty">No relations yet.</p>`
          : html`<ul>
              ${relations.map((relation) => this.#renderRelation(relation, readonly))}
            </ul>`
      }
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #renderLinking(from: string): TemplateResult {
    const index = this.workspace!.store.index;
    const targets = [...index.ids()].filter((id) => id !== from && hasGeometry(index, id));
    return html`<div class="linking">
      <span>Linking from ${regionName(index, from)}: select the target region, or choose it here</span>
      <select aria-label="Target region" @keydown=${this.#onPickerKey}>
        ${targets.map((id) => html`<option value=${id}>${regionName(index, id)}</option>`)}
      </select>
      <button type="button" class="confirm" @click=${this.#linkPicked}>Link</button>
      <button type="button" class="cancel" @click=${this.#cancel}>Cancel</button>
    </div>`;
  }

  #renderRelation(relation: LSResult, readonly: boolean): TemplateResult {
    const index = this.workspace!.store.index;
    const from = regionName(index, String(relation.from_id));
    const to = regionName(index, String(relation.to_id));
    const direction = String(relation.direction ?? 'right');
    const options = (this.node?.children ?? []).filter((c) => c.tag === 'Relation');
    const chosen = relation.labels ?? [];
    return html`<li part="relation" data-from=${String(relation.from_id)} data-to=${String(relation.to_id)}>
      <span>${from}</span>
      <button
        type="button"
        class="direction"
        ?disabled=${readonly}
        aria-label=${`Direction ${direction}: change`}
        @click=${() => this.#commit(() => rotateRelationDirection(this.workspace!.store, relation))}
      >
        ${ARROWS[direction] ?? direction}
      </button>
      <span>${to}</span>
      ${options.map((option) => {
        const value = optionValue(option);
        return html`<button
          type="button"
          class="relation-label"
          ?disabled=${readonly}
          aria-pressed=${chosen.includes(value) ? 'true' : 'false'}
          @click=${() => this.#toggleLabel(relation, value)}
        >
          ${value}
        </button>`;
      })}
      <button
        type="button"
        class="delete"
        ?disabled=${readonly}
        aria-label=${`Delete relation from ${from} to ${to}`}
        @click=${() => this.#delete(relation)}
      >
        ✕
      </button>
    </li>`;
  }

  #commit(edit: () => void): void {
    if (!this.workspace || this.workspace.readonly) return;
    edit();
  }

  /** Deletes a relation and keeps focus in the panel (the button pressed is gone): on the next row's
   *  delete button, else the Link button, else the panel, so keys (undo) still reach the workspace. */
  #delete(relation: LSResult): void {
    const at = this.workspace?.store.index.relations.indexOf(relation) ?? -1;
    this.#commit(() => removeRelation(this.workspace!.store, relation));
    void this.updateComplete.then(() => {
      const rows = this.renderRoot.querySelectorAll<HTMLButtonElement>('li button.delete');
      const link = this.renderRoot.querySelector<HTMLButtonElement>('button.link:not(:disabled)');
      const group = this.renderRoot.querySelector<HTMLElement>('[role="group"]');
      (rows[Math.min(at, rows.length - 1)] ?? link ?? group)?.focus();
    });
  }

  #toggleLabel(relation: LSResult, value: string): void {
    const chosen = relation.labels ?? [];
    const multiple = this.node?.attrs.choice !== 'single';
    const next = chosen.includes(value)
      ? chosen.filter((v) => v !== value)
      : multiple
        ? [...chosen, value]
        : [value];
    this.#commit(() => setRelationLabels(this.workspace!.store, relation, next));
  }

  #toggleLinking = (): void => {
    if (this.linkFrom !== undefined) return this.#cancel();
    this.#start();
  };

  #start(): void {
    const ws = this.workspace;
    if (!ws || ws.readonly || ws.selectedRegion === undefined) return;
    this.linkFrom = ws.selectedRegion;
    this.announcement = `Linking from ${regionName(ws.store.index, this.linkFrom)}. Select the target region.`;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('select')?.focus());
  }

  #cancel = (): void => {
    this.linkFrom = undefined;
    this.announcement = 'Linking cancelled';
  };

  #linkPicked = (): void => {
    const target = this.renderRoot.querySelector<HTMLSelectElement>('select')?.value;
    if (this.linkFrom !== undefined && target) this.#link(this.linkFrom, target);
  };

  #onPickerKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#linkPicked();
  };

  #link(from: string, to: string): void {
    const ws = this.workspace;
    this.linkFrom = undefined;
    if (!ws || ws.readonly) return;
    const index = ws.store.index;
    const made = addRelation(ws.store, from, to, { withLabels: this.node !== undefined });
    this.announcement = made
      ? `Linked ${regionName(index, from)} to ${regionName(index, to)}`
      : `${regionName(index, from)} is already linked to ${regionName(index, to)}`;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    // by physical key: with Alt (Option on a Mac) the character may not be 'r'
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR') {
      event.preventDefault();
      this.#toggleLinking();
    } else if (event.key === 'Escape' && this.linkFrom !== undefined) {
      event.preventDefault();
      this.#cancel();
    }
  };
}

/** A region (something with a place on an object), not a whole-object classification. */
function hasGeometry(index: ResultIndex, id: string): boolean {
  return index.itemsOf(id).some((item) => Object.keys(geometryOf(item.type, item.value ?? {})).length > 0);
}

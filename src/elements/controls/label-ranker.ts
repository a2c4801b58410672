import { html, css, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ControlElement } from './control-element.js';
import { controlStyles, renderProblem, PROBLEM_ID } from './control-problem.js';
import { DRAG_THRESHOLD, dropPlacement, type PointerDrag } from './ranker-drag.js';
import { adoptConfigStyles } from '../config-style-sheet.js';
import { visuallyHiddenStyles } from '../shared.styles.js';
import { SanitisedNodes } from '../safe-html/sanitised-nodes.js';
import { listItemStyles, renderListItem } from '../objects/list-item.js';
import {
  columnItems,
  moveItem,
  neighbourItem,
  placementOf,
  rankerBoard,
  rankingPayload,
  readRanking,
  sameRanking,
  stepPlacement,
  type ListItem,
  type RankerBoard,
  type Ranking,
  type Step,
} from '../../model/controls/ranker.js';

const STEPS: Readonly<Record<string, Step>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/** An item picked up with the keyboard: where it started and where it is shown now. */
interface KeyboardGrab {
  readonly itemId: string;
  readonly preview: Ranking;
}

/**
 * A Label Studio `<Ranker>` over a `<List>`: the list's items in columns (the list itself, or one
 * column per `<Bucket>` plus the original list), reordered and moved by drag and drop or by keyboard.
 * Writes `value.ranker` as Label Studio 1.22 does, an object keyed by column (ls-spec §6.19), and
 * reads the legacy flat array too. `to_name` is the List's name.
 *
 * Keyboard: Tab reaches the board, arrows move between items; Space or Enter picks an item up,
 * arrows then move it (Left/Right between columns), Space/Enter drops it and Escape puts it back.
 * Every step is announced in a live region. With a pointer, drag an item; a line shows where it
 * will land.
 *
 * Items show `title`, `body` and `html` (sanitised like `<HyperText>`). Columns and items carry Label
 * Studio's `htx-ranker-column` and `htx-ranker-item` classes, and the config's `<Style>` applies
 * inside this element, so templates that style those classes keep their look.
 *
 * @summary Ranks or groups the items of a Label Studio `<List>`, for a `<Ranker>`.
 * @tag label-ranker
 * @csspart board - The row of columns.
 * @csspart column - One column.
 * @csspart item - One item.
 * @csspart item-title - An item's title.
 * @csspart item-body - An item's body text.
 * @csspart drop-indicator - The line showing where a dragged item will land.
 * @csspart problem - The message shown after a refused submit.
 * @cssprop --label-accent - Focus ring, held item and drop indicator.
 * @cssprop --label-border - Column and item borders.
 * @cssprop --label-danger - The invalid state.
 * @cssprop --label-radius - Corner radius.
 * @cssprop --label-surface - Item background.
 */
export class LabelRanker extends ControlElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...ControlElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    controlStyles,
    listItemStyles,
    visuallyHiddenStyles,
    css`
      .board {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: stretch;
      }
      .board.invalid .htx-ranker-column {
        border-color: var(--label-danger, #b42318);
      }
      .htx-ranker-item {
        cursor: grab;
        touch-action: none;
        user-select: none;
      }
      .readonly .htx-ranker-item {
        cursor: default;
      }
      .htx-ranker-item.held,
      .htx-ranker-item.dragging {
        border-color: var(--label-accent, #0b65d8);
        box-shadow: 0 0 0 2px var(--label-accent, #0b65d8);
      }
      /* lifted off the list while it is being moved by keyboard */
      .htx-ranker-item.held {
        transform: translateY(-2px);
        box-shadow:
          0 0 0 2px var(--label-accent, #0b65d8),
          0 6px 14px rgb(0 0 0 / 0.2);
      }
      .htx-ranker-item.dragging {
        opacity: 0.5;
        cursor: grabbing;
      }
      .drop-indicator {
        height: 0;
        border-top: 3px solid var(--label-accent, #0b65d8);
        border-radius: 2px;
      }
      .count {
        /* same colour as the title: a config's <Style> may colour the column, and a muted tone
           (or opacity) would then lose contrast */
        font-weight: normal;
      }
    `,
  ];

  protected readonly valueKey = 'ranker';

  @state() private grab: KeyboardGrab | undefined;
  @state() private drag: PointerDrag | undefined;
  /** The item that holds the board's tab stop. */
  @state() private focusId: string | undefined;
  @state() private announcement = '';

  #board: RankerBoard | undefined;
  #boardSource: { ranker: unknown; list: unknown } | undefined;
  readonly #sanitised = new SanitisedNodes();
  /** Item to focus once the next render is on screen (it may have moved to another column). */
  #focusAfterRender: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const list = this.workspace?.config.byName.get(this.toName);
    if (this.node && (this.#boardSource?.ranker !== this.node || this.#boardSource.list !== list)) {
      this.#board = rankerBoard(this.node, list);
      this.#boardSource = { ranker: this.node, list };
      this.#sanitised.keepOnly(new Set(this.#board.items.keys()));
    }
  }

  protected override updated(): void {
    adoptConfigStyles(this, this.workspace?.config);
    const id = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (id !== undefined) this.#itemElement(id)?.focus();
  }

  /** The committed ranking: the result's, or the List's own order when there is no result. */
  get #ranking(): Ranking {
    return readRanking(this.#board!, this.payload);
  }

  #itemElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
  }

  #describe(ranking: Ranking, itemId: string): string {
    const board = this.#board!;
    const at = placementOf(board, ranking, itemId);
    if (!at) return '';
    const column = board.columns.find((c) => c.id === at.column);
    const size = columnItems(board, ranking).get(at.column)?.length ?? 0;
    return `${columnLabel(column?.title, at.column)}, position ${at.index + 1} of ${size}`;
  }

  #titleOf(itemId: string): string {
    const item = this.#board?.items.get(itemId);
    return item?.title || item?.body || itemId;
  }

  /** Writes a new ranking when it differs from the committed one. */
  #write(next: Ranking): void {
    if (!sameRanking(next, this.#ranking)) this.commit(rankingPayload(this.#board!, next));
  }

  // --- keyboard -------------------------------------------------------------------------------

  #onItemKey(event: KeyboardEvent, itemId: string): void {
    const board = this.#board!;
    const step = STEPS[event.key];
    const grab = this.grab;
    if (grab) {
      if (step) {
        consume(event);
        const to = stepPlacement(board, grab.preview, itemId, step);
        if (!to) return;
        const preview = moveItem(board, grab.preview, itemId, to);
        this.grab = { itemId, preview };
        this.#focusAfterRender = itemId;
        this.announcement = `${this.#titleOf(itemId)}: ${this.#describe(preview, itemId)}.`;
      } else if (event.key === ' ' || event.key === 'Enter') {
        consume(event);
        this.grab = undefined;
        this.#focusAfterRender = itemId;
        this.#write(grab.preview);
        this.announcement = `Dropped ${this.#titleOf(itemId)} in ${this.#describe(grab.preview, itemId)}.`;
      } else if (event.key === 'Escape') {
        consume(event);
        this.#cancelGrab();
      }
      return;
    }
    if (step) {
      consume(event);
      const next = neighbourItem(board, this.#ranking, itemId, step);
      if (next !== undefined) {
        this.focusId = next;
        this.#focusAfterRender = next;
      }
    } else if ((event.key === ' ' || event.key === 'Enter') && !this.disabled) {
      consume(event);
      this.grab = { itemId, preview: this.#ranking };
      this.announcement =
        `Picked up ${this.#titleOf(itemId)}, ${this.#describe(this.#ranking, itemId)}. ` +
        'Arrow keys move it, Space drops it, Escape cancels.';
    }
  }

  #cancelGrab(): void {
    const grab = this.grab;
    if (!grab) return;
    this.grab = undefined;
    this.#focusAfterRender = grab.itemId;
    this.announcement = `Cancelled. ${this.#titleOf(grab.itemId)} is back in ${this.#describe(this.#ranking, grab.itemId)}.`;
  }

  /** Leaving the board while holding an item puts it back (a re-render that moves the item between
   *  columns also blurs it, with no new focus target: that is not leaving). */
  #onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget;
    if (this.grab && to instanceof Node && !this.renderRoot.contains(to)) this.#cancelGrab();
  }

  // --- pointer --------------------------------------------------------------------------------

  #onPointerDown(event: PointerEvent, itemId: string): void {
    if (event.button !== 0 || this.disabled || this.grab) return;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.focusId = itemId;
    this.drag = {
      itemId,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      started: false,
      target: undefined,
    };
  }

  #onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const started =
      drag.started || Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) > DRAG_THRESHOLD;
    if (!started) return;
    const target = dropPlacement(this.renderRoot, drag.itemId, event.clientX, event.clientY);
    if (!drag.started || target?.column !== drag.target?.column || target?.index !== drag.target?.index) {
      this.drag = { ...drag, started, target };
    }
  }

  #onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    this.#focusAfterRender = drag.itemId;
    if (!drag.started || !drag.target) return;
    const next = moveItem(this.#board!, this.#ranking, drag.itemId, drag.target);
    this.#write(next);
    this.announcement = `Dropped ${this.#titleOf(drag.itemId)} in ${this.#describe(next, drag.itemId)}.`;
  }

  #onPointerCancel(event: PointerEvent): void {
    if (this.drag?.pointerId === event.pointerId) this.drag = undefined;
  }

  // --- rendering ------------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const board = this.#board;
    if (!board || !this.node) return nothing;
    const ranking = this.grab?.preview ?? this.#ranking;
    const shown = columnItems(board, ranking);
    const all = [...shown.values()].flat();
    const focusId = all.some((item) => item.id === this.focusId) ? this.focusId : all[0]?.id;
    const problem = this.problem;
    return html`<p id="instructions" class="visually-hidden">
        ${
          this.disabled
            ? 'Read only. Arrow keys move between items.'
            : 'Press Space or Enter to pick up an item, arrow keys to move it, Space or Enter to drop it, Escape to cancel.'
        }
      </p>
      <div
        class="board ${problem ? 'invalid' : ''} ${this.disabled ? 'readonly' : ''}"
        part="board"
        role="group"
        aria-label=${`Ranking ${this.controlName}`}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? PROBLEM_ID : nothing}
        @focusout=${this.#onFocusOut}
      >
        ${board.columns.map((column, i) => {
          const items = shown.get(column.id) ?? [];
          return html`<section
            class="htx-ranker-column"
            part="column"
            data-column=${column.id}
            aria-labelledby=${`column-${i}`}
          >
            <h3 class="column-title" id=${`column-${i}`}>
              ${columnLabel(column.title, column.id)} <span class="count">(${items.length})</span>
            </h3>
            <ol class="items" aria-labelledby=${`column-${i}`}>
              ${this.#renderItems(column.id, items, focusId)}
            </ol>
          </section>`;
        })}
      </div>
      <div class="visually-hidden" role="status" aria-live="assertive">${this.announcement}</div>
      ${renderProblem(problem)}`;
  }

  /** The column's items, with the drop indicator where a dragged item would land. */
  #renderItems(columnId: string, items: readonly ListItem[], focusId: string | undefined): unknown {
    const drag = this.drag?.started ? this.drag : undefined;
    const target = drag?.target?.column === columnId ? drag.target.index : undefined;
    const entries: { key: unknown; template: TemplateResult }[] = [];
    let others = 0;
    for (const item of items) {
      const dragged = item.id === drag?.itemId;
      if (!dragged && others === target) entries.push(INDICATOR);
      if (!dragged) others += 1;
      entries.push({ key: item.id, template: this.#renderItem(item, item.id === focusId, dragged) });
    }
    if (target !== undefined && target >= others) entries.push(INDICATOR);
    return repeat(
      entries,
      (entry) => entry.key,
      (entry) => entry.template,
    );
  }

  #renderItem(item: ListItem, tabStop: boolean, dragged: boolean): TemplateResult {
    const held = this.grab?.itemId === item.id;
    return html`<li>
      <div
        class="htx-ranker-item ${held ? 'held' : ''} ${dragged ? 'dragging' : ''}"
        part="item"
        data-item=${item.id}
        role="button"
        aria-roledescription="sortable item"
        aria-describedby="instructions"
        aria-pressed=${held ? 'true' : 'false'}
        tabindex=${tabStop ? '0' : '-1'}
        @keydown=${(event: KeyboardEvent) => this.#onItemKey(event, item.id)}
        @focus=${() => (this.focusId = item.id)}
        @pointerdown=${(event: PointerEvent) => this.#onPointerDown(event, item.id)}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerCancel}
        @lostpointercapture=${this.#onPointerCancel}
      >
        ${renderListItem(item, this.#sanitised)}
      </div>
    </li>`;
  }
}

/** The line showing where a dragged item lands; keyed apart from every item id. */
const INDICATOR = {
  key: Symbol('drop indicator'),
  template: html`<li class="drop-indicator" part="drop-indicator" aria-hidden="true"></li>`,
};

/** A key this element handled: no scrolling, and no workspace hotkey on top. */
function consume(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}

/** A column's name for people: its title, or what its id stands for. */
function columnLabel(title: string | undefined, id: string): string {
  if (title) return title;
  return id === '_' ? 'Items' : id;
}

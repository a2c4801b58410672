import { LitElement, html, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConfigNode } from '../../config/types.js';
import { parseValueType } from './text-source.js';
import { tableRows } from './table-rows.js';
import { objectViewStyles } from './object-view.styles.js';

/**
 * Shows a `<Table>` object: the task's object (or array) as a two-column Name/Value table, as text
 * only. Label Studio can also fetch and parse a CSV (`valueType="csv|url|…"`); this library does not
 * fetch tables, and says so instead of showing an empty table.
 *
 * @summary Displays the key/value data of a Label Studio `<Table>` object.
 * @tag label-table-view
 * @csspart table - The table.
 * @csspart status - The message shown instead of the table.
 * @cssprop --label-border - Cell borders.
 * @cssprop --label-radius - Corner radius of the table.
 * @cssprop --label-font - Font of the table.
 */
export class LabelTableView extends LitElement {
  static override styles = [
    objectViewStyles,
    css`
      table {
        border-collapse: separate;
        border-spacing: 0;
        border: 1px solid var(--label-border, #d0d5dd);
        border-radius: var(--label-radius, 6px);
        overflow: hidden;
        min-width: 50%;
      }
      th,
      td {
        padding: 0.4em 0.75em;
        text-align: start;
        vertical-align: top;
        border-bottom: 1px solid var(--label-border, #d0d5dd);
        overflow-wrap: anywhere;
        white-space: pre-wrap;
      }
      tr:last-child > * {
        border-bottom: 0;
      }
      thead th {
        font-weight: 600;
      }
      tbody th {
        font-weight: 500;
      }
    `,
  ];

  /** The `<Table>` node of the parsed config; its bound `value` is the data. */
  @property({ attribute: false }) node: ConfigNode | undefined;

  protected override render(): TemplateResult {
    const node = this.node;
    if (!node) return html``;
    const valueType = parseValueType(node.attrs.valueType, 'json');
    if (valueType.type !== 'json' || valueType.options.has('url')) {
      return html`<p class="status" part="status" role="note">
        This table's data (valueType "${String(node.attrs.valueType)}") is a CSV file or a URL; label-elements
        does not load remote or CSV tables.
      </p>`;
    }
    const data = tableRows(node.bound.value);
    if ('error' in data) return html`<p class="status error" part="status" role="alert">${data.error}</p>`;
    return html`<table part="table" aria-label=${String(node.attrs.name ?? 'Table')}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        ${data.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.key}</th>
              <td>${row.value}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

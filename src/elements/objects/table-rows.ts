/**
 * The rows a `<Table>` shows for its data (ls-spec §8.1): an object's keys sorted case-insensitively
 * as Label Studio sorts them, an array's entries in index order, nested values as JSON. A string is
 * read as JSON text, as Label Studio does. Everything is text: the view never renders markup.
 */
export interface TableRow {
  readonly key: string;
  readonly value: string;
}

export type TableData = { readonly rows: readonly TableRow[] } | { readonly error: string };

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function tableRows(data: unknown): TableData {
  let value = data;
  if (typeof value === 'string') {
    if (value.trim() === '') return { rows: [] };
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { error: 'The table data is text that is not JSON.' };
    }
  }
  if (Array.isArray(value))
    return { rows: value.map((entry, i) => ({ key: String(i), value: cellText(entry) })) };
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    return { rows: keys.map((key) => ({ key, value: cellText((value as Record<string, unknown>)[key]) })) };
  }
  if (value === undefined || value === null) return { rows: [] };
  return { error: 'The table data is neither an object nor an array.' };
}

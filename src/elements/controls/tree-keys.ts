import type { TaxonomyRow } from '../../model/controls/taxonomy.js';

/**
 * What a key press means in a tree view, after the WAI-ARIA tree pattern: Up/Down move between
 * visible rows, Home/End jump, Right opens a closed branch or enters an open one, Left closes an open
 * branch or goes to the parent, Space/Enter pick the row, Escape closes the dropdown, and any other
 * printable character goes to the search box.
 */
export type TreeAction =
  | { readonly kind: 'focus'; readonly key: string }
  | { readonly kind: 'expand'; readonly key: string }
  | { readonly kind: 'collapse'; readonly key: string }
  | { readonly kind: 'pick'; readonly key: string }
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'close' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export function treeKeyAction(
  rows: readonly TaxonomyRow[],
  activeKey: string | undefined,
  expanded: ReadonlySet<string>,
  press: KeyPress,
): TreeAction | undefined {
  const at = Math.max(
    0,
    rows.findIndex((row) => row.item.key === activeKey),
  );
  const row = rows[at];
  if (press.key === 'Escape') return { kind: 'close' };
  if (!row) return undefined;
  const item = row.item;
  const hasChildren = item.children.length > 0;
  switch (press.key) {
    case 'ArrowDown':
      return { kind: 'focus', key: rows[Math.min(rows.length - 1, at + 1)]!.item.key };
    case 'ArrowUp':
      return { kind: 'focus', key: rows[Math.max(0, at - 1)]!.item.key };
    case 'Home':
      return { kind: 'focus', key: rows[0]!.item.key };
    case 'End':
      return { kind: 'focus', key: rows[rows.length - 1]!.item.key };
    case 'ArrowRight':
      if (!hasChildren) return undefined;
      return expanded.has(item.key)
        ? { kind: 'focus', key: rows[at + 1]?.item.key ?? item.key }
        : { kind: 'expand', key: item.key };
    case 'ArrowLeft':
      if (hasChildren && expanded.has(item.key)) return { kind: 'collapse', key: item.key };
      return item.parent ? { kind: 'focus', key: item.parent.key } : undefined;
    case ' ':
    case 'Enter':
      return { kind: 'pick', key: item.key };
    default:
      if (press.key.length === 1 && !press.ctrlKey && !press.metaKey && !press.altKey)
        return { kind: 'type', text: press.key };
      return undefined;
  }
}

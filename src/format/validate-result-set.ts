/**
 * Checks one annotation's (or prediction's) result list as a whole: every item on its own, then
 * duplicate ids (bad-inputs S15) and relations whose ends are missing.
 *
 * Duplicate policy, deterministic, first occurrence wins (like Label Studio's
 * `dedupeAnnotationWireResults`). Items of one region share an id and repeat its geometry
 * (ls-spec §5.3), so a usable item is a duplicate when
 * - an earlier usable item with its id comes from the same control (`from_name`): Label Studio's
 *   own rule, `(id, from_name, type)`; or, compared with the first usable item of its id, it
 * - points at another object (`to_name`) or another image of a list (`item_index`), or
 * - states different geometry (the `value` minus each item's payload key, compared on the keys
 *   both state), or one of the two states geometry and the other none.
 * The later item is kept aside with a `warning`. Ids are compared within one list only: the same
 * ids in two annotations, or in an annotation and the prediction it was made from (Label Studio
 * copies prediction ids, ls-spec §4.2), are normal and not reported.
 */
import { IssueReport } from './issue-report.js';
import { isJsonObject, jsonEqual } from './json.js';
import { geometryOf } from './result-types.js';
import type { LSResult, ResultIssue } from './types.js';
import { validateResult } from './validate-result.js';

export interface ResultSetCheck {
  /** Aligned with the items: `true` where the item can be drawn and edited. */
  readonly usable: readonly boolean[];
  /** Every issue, in item order; each names an item that is kept aside. */
  readonly issues: readonly ResultIssue[];
}

/**
 * Checks a result list. `path` names the list (`annotations[0].result`); issues name items as
 * `annotations[0].result[3]`. To check items a host adds to an annotation, check the annotation's
 * items followed by the new ones, and read the verdicts of the new indexes.
 */
export function validateResultSet(items: readonly unknown[], path: string): ResultSetCheck {
  const usable = items.map(() => true);
  const issuesByItem: ResultIssue[][] = items.map((item, i) => validateResult(item, `${path}[${i}]`));
  issuesByItem.forEach((issues, i) => {
    if (issues.length > 0) usable[i] = false;
  });
  const regions = new Map<string, SeenRegion>();
  items.forEach((item, i) => {
    if (!usable[i] || !isRegionItem(item)) return;
    const region = regions.get(item.id);
    if (!region) {
      regions.set(item.id, { first: item, firstIndex: i, controls: new Map([[item.from_name, i]]) });
      return;
    }
    const sameControl = region.controls.get(item.from_name);
    const difference = sameControl === undefined ? differenceBetween(region.first, item) : undefined;
    if (sameControl === undefined && difference === undefined) {
      region.controls.set(item.from_name, i);
      return;
    }
    usable[i] = false;
    const message =
      sameControl === undefined
        ? `id "${item.id}" already names a region ${difference} at [${region.firstIndex}]; the first one is used`
        : `control "${String(item.from_name)}" already wrote region "${item.id}" at [${sameControl}]; the first one is used`;
    const report = new IssueReport(`${path}[${i}]`, item.id);
    report.add('duplicate-id', message, 'warning');
    issuesByItem[i].push(...report.issues);
  });
  items.forEach((item, i) => {
    if (!usable[i] || !isJsonObject(item) || item.type !== 'relation') return;
    const missing = [item.from_id, item.to_id].filter((id) => !regions.has(id as string));
    if (missing.length === 0) return;
    usable[i] = false;
    const report = new IssueReport(`${path}[${i}]`, undefined);
    report.add(
      'unknown-region',
      `relation links ${missing.map((id) => `"${String(id)}"`).join(' and ')}, which no usable region of this list has`,
    );
    issuesByItem[i].push(...report.issues);
  });
  return { usable, issues: issuesByItem.flat() };
}

function isRegionItem(item: unknown): item is LSResult & { id: string } {
  return isJsonObject(item) && typeof item.id === 'string' && item.type !== 'relation';
}

/** The first usable item of an id, and where each control wrote its item for it. Later items are
 *  compared with the first only, which keeps hostile lists (one id, many items) linear. */
interface SeenRegion {
  readonly first: LSResult;
  readonly firstIndex: number;
  readonly controls: Map<unknown, number>;
}

/** How the region of `first` differs from what `later` describes, or `undefined` when they agree. */
function differenceBetween(first: LSResult, later: LSResult): string | undefined {
  if (first.to_name !== later.to_name) return `on object "${String(first.to_name)}"`;
  if (first.item_index !== later.item_index) return `on image index ${first.item_index ?? 'none'}`;
  const a = geometryOf(first.type, first.value ?? {});
  const b = geometryOf(later.type, later.value ?? {});
  const aKeys = Object.keys(a);
  if ((aKeys.length === 0) !== (Object.keys(b).length === 0))
    return aKeys.length === 0 ? 'without geometry' : 'with geometry';
  const differs = aKeys.find((key) => Object.hasOwn(b, key) && !jsonEqual(a[key], b[key]));
  return differs === undefined ? undefined : `with a different value.${differs}`;
}

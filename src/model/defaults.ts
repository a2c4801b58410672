import type { ConfigNode, ParsedConfig } from '../config/types.js';
import type { LSResult } from '../format/types.js';
import { classificationItem } from '../format/index.js';
import { preselectedPayload } from './controls/choices.js';
import { preselectedTaxonomyPayload } from './controls/taxonomy.js';
import { rankerBoard, rankingPayload, readRanking } from './controls/ranker.js';
import type { ResultIndex } from './result-index.js';

/**
 * The results a *new* annotation starts with, as Label Studio's `setDefaultValues` writes them when it
 * creates an annotation: `selected="true"` Choices and Taxonomy choices, and a required Number's
 * `defaultValue` (ls-spec §2.5). Per-region controls have no region yet, so they get none.
 */
export function defaultResults(
  config: ParsedConfig,
  createId: (taken: ReadonlySet<string>) => string,
  taken: Set<string>,
): LSResult[] {
  const items: LSResult[] = [];
  for (const control of config.controls) {
    if (control.attrs.perRegion === true) continue;
    const payload = defaultPayload(control);
    if (payload === undefined) continue;
    const name = String(control.attrs.name ?? '');
    const id = createId(taken);
    taken.add(id);
    items.push(
      classificationItem({
        id,
        toName: config.targets.get(name)?.[0] ?? '',
        fromName: name,
        type: control.spec?.resultType ?? '',
        payload,
      }),
    );
  }
  return items;
}

function defaultPayload(control: ConfigNode): unknown {
  switch (control.tag) {
    case 'Choices':
      return preselectedPayload(control);
    case 'Taxonomy':
      return preselectedTaxonomyPayload(control);
    case 'Number': {
      const value = Number(control.attrs.defaultValue);
      return control.attrs.required === true &&
        control.attrs.defaultValue !== undefined &&
        Number.isFinite(value)
        ? value
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Results Label Studio writes at submit for controls the annotator never touched: a Ranker's initial
 * order (its `ranker` result lists every item where it stands). Returns what to add; empty when every
 * Ranker already has a result.
 */
export function submitDefaults(
  config: ParsedConfig,
  index: ResultIndex,
  createId: (taken: ReadonlySet<string>) => string,
  taken: Set<string>,
): LSResult[] {
  const items: LSResult[] = [];
  for (const control of config.controls) {
    if (control.tag !== 'Ranker') continue;
    const name = String(control.attrs.name ?? '');
    const listName = config.targets.get(name)?.[0] ?? '';
    if (index.classification(name, listName)) continue;
    const board = rankerBoard(control, config.byName.get(listName));
    const id = createId(taken);
    taken.add(id);
    items.push(
      classificationItem({
        id,
        toName: listName,
        fromName: name,
        type: 'ranker',
        payload: rankingPayload(board, readRanking(board, undefined)),
      }),
    );
  }
  return items;
}

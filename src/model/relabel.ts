import type { ConfigNode, ParsedConfig } from '../config/types.js';
import { payloadKey } from '../format/result-types.js';
import type { AnnotationStore } from './store.js';
import { setRegionLabels } from './region-commands.js';
import { optionResultValue, optionValue } from './options.js';

/**
 * Choosing a label while a region is selected relabels that region, as in Label Studio (a click on
 * the palette or the label's hotkey); with nothing selected, the choice is for the next region
 * drawn. A region qualifies when it is the one selected region and lies on an object the Labels
 * control points at.
 */
export function relabelTarget(
  store: AnnotationStore,
  config: ParsedConfig,
  control: ConfigNode,
): string | undefined {
  const selection = store.selection;
  if (selection.length !== 1) return undefined;
  const id = selection[0]!;
  const targets = config.targets.get(String(control.attrs.name ?? '')) ?? [];
  const items = store.index.itemsOf(id);
  const onTarget = items.some((item) => typeof item.to_name === 'string' && targets.includes(item.to_name));
  return onTarget && fitsShape(control, items) ? id : undefined;
}

/** A shape tool's labels (`PolygonLabels`) go only on regions of that shape, read from the items'
 *  types (`polygonlabels` or the bare `polygon`); a plain `Labels` control labels any region. */
function fitsShape(control: ConfigNode, items: readonly { readonly type: string }[]): boolean {
  const own = control.tag === 'Labels' ? undefined : control.spec?.resultType;
  if (own === undefined) return true;
  const bare = own.replace(/labels$/, '');
  return items.some((item) => item.type === own || item.type === bare);
}

/** The labels this control gave a region, as option values (what the palette shows pressed). */
export function regionLabelValues(store: AnnotationStore, control: ConfigNode, id: string): string[] {
  const name = String(control.attrs.name ?? '');
  const item = store.index.itemsOf(id).find((i) => i.from_name === name);
  const key = item ? payloadKey(item.type) : undefined;
  const values = key && Array.isArray(item?.value?.[key]) ? (item.value[key] as unknown[]) : [];
  const byResult = new Map(labelNodes(control).map((node) => [optionResultValue(node), optionValue(node)]));
  return values.filter((v): v is string => typeof v === 'string').map((v) => byResult.get(v) ?? v);
}

/**
 * Toggles one label on a region: with `choice="single"` the region gets that label (choosing the
 * label it has changes nothing); with `choice="multiple"` the label is added or removed. A region
 * is never left without labels unless the control has `allowEmpty`. One undoable commit.
 */
export function toggleRegionLabel(
  store: AnnotationStore,
  control: ConfigNode,
  id: string,
  label: ConfigNode,
): void {
  const labels = labelNodes(control);
  const resultOf = new Map(labels.map((node) => [optionValue(node), optionResultValue(node)]));
  const current = regionLabelValues(store, control, id);
  const value = optionValue(label);
  const multiple = control.attrs.choice === 'multiple';
  const next = multiple
    ? current.includes(value)
      ? current.filter((v) => v !== value)
      : [...current, value]
    : [value];
  const allowEmpty = control.attrs.allowEmpty === true;
  if (next.length === 0 && !allowEmpty) return;
  if (next.length === current.length && next.every((v, i) => v === current[i])) return;
  setRegionLabels(
    store,
    id,
    { name: String(control.attrs.name ?? ''), type: control.spec?.resultType ?? 'labels', allowEmpty },
    next.map((v) => resultOf.get(v) ?? v),
  );
}

/** The `Label` options of a labelling control, nested ones included, in config order. */
export function labelNodes(control: ConfigNode): ConfigNode[] {
  const out: ConfigNode[] = [];
  const walk = (nodes: readonly ConfigNode[]) => {
    for (const node of nodes) {
      if (node.tag === 'Label') out.push(node);
      walk(node.children);
    }
  };
  walk(control.children);
  return out;
}

import type { ConfigNode, ParsedConfig } from '../config/types.js';
import type { LabelPick } from '../format/write-items.js';
import { optionResultValue, optionValue } from './options.js';
import { labelNodes } from './relabel.js';

/**
 * What the config says about labelling spans of one `<Text>` (ls-spec §2.6, §6.8): which `Labels`
 * controls point at it, the labels chosen in their palettes as result values (aliases applied),
 * the selection granularity, and whether span text is saved.
 */
export interface TextLabelling {
  /** `Labels` controls whose `toName` names this object, in config order. */
  readonly controls: readonly ConfigNode[];
  /** Picks for a new span, one per control with a chosen label; empty when none is chosen. */
  readonly picks: readonly LabelPick[];
  /** `granularity` of the first chosen label that sets one, else the object's (default `symbol`). */
  readonly granularity: string;
  /** Whether `value.text` is written: `saveTextResult="yes"`, or by default unless the text came
   *  from a URL (`valueType="url"`). */
  readonly saveText: boolean;
  /** `selectionEnabled="false"` on the object: spans are shown but no new one is made. */
  readonly selectable: boolean;
}

export function textLabelling(
  config: ParsedConfig,
  object: ConfigNode,
  chosen: ReadonlyMap<string, readonly string[]>,
): TextLabelling {
  const name = String(object.attrs.name ?? '');
  const controls = config.controls.filter(
    (c) => c.tag === 'Labels' && (config.targets.get(String(c.attrs.name ?? '')) ?? []).includes(name),
  );
  const picks: LabelPick[] = [];
  let granularity: string | undefined;
  for (const control of controls) {
    const values = chosen.get(String(control.attrs.name ?? '')) ?? [];
    if (values.length === 0) continue;
    const nodes = labelNodes(control).filter((node) => values.includes(optionValue(node)));
    granularity ??= nodes.map((node) => node.attrs.granularity).find((g) => typeof g === 'string');
    picks.push({
      fromName: String(control.attrs.name ?? ''),
      type: control.spec?.resultType ?? 'labels',
      values: nodes.map(optionResultValue),
    });
  }
  const save = object.attrs.saveTextResult;
  const fromUrl =
    String(object.attrs.valueType ?? 'text')
      .split('|')[0]!
      .trim() === 'url';
  return {
    controls,
    picks: picks.filter((pick) => pick.values.length > 0),
    granularity: granularity ?? String(object.attrs.granularity ?? 'symbol'),
    saveText: save === 'yes' || (save !== 'no' && !fromUrl),
    selectable: object.attrs.selectionEnabled !== false,
  };
}

import type { ConfigNode, ParsedConfig } from '../../config/types.js';
import { optionResultValue, optionValue } from '../../model/options.js';
import { carriesLabels } from '../../format/result-types.js';
import type { SpanColour } from './text-spans.js';

/** Label Studio's `Label background` default (ls-spec §2.6). */
export const DEFAULT_SPAN_COLOUR = '#36b37e';

/**
 * A colour from a config or task is used only when it is one plain colour token: it is written
 * into a style sheet (`::highlight()` rules), so nothing that could end the declaration and start
 * another may pass (bad-inputs S6, S9).
 */
export function safeColour(value: unknown): string | undefined {
  const text = value === undefined ? '' : String(value).trim();
  return /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i.test(text)
    ? text
    : undefined;
}

/**
 * How a `<Text>`'s spans are coloured, as in Label Studio: the object's `highlightColor` when set,
 * else the `background` of the region's first label, looked up in the labelling control that wrote
 * it (by result value: the alias when the Label has one, else its value), else the default green.
 */
export function spanColours(config: ParsedConfig, object: ConfigNode): SpanColour {
  const fixed = safeColour(object.attrs.highlightColor);
  if (fixed) return () => fixed;
  const byControl = new Map<string, Map<string, string>>();
  const objectName = String(object.attrs.name ?? '');
  for (const control of config.controls) {
    if (!(config.targets.get(String(control.attrs.name ?? '')) ?? []).includes(objectName)) continue;
    const colours = new Map<string, string>();
    collectLabels(control.children, colours);
    byControl.set(String(control.attrs.name ?? ''), colours);
  }
  return (items, labels) => {
    for (const item of items) {
      if (!carriesLabels(item.type)) continue;
      const colours = byControl.get(String(item.from_name));
      for (const label of labels) {
        const colour = colours?.get(label);
        if (colour) return colour;
      }
    }
    return DEFAULT_SPAN_COLOUR;
  };
}

function collectLabels(nodes: readonly ConfigNode[], into: Map<string, string>): void {
  for (const node of nodes) {
    if (node.tag === 'Label') {
      const colour = safeColour(node.attrs.background) ?? DEFAULT_SPAN_COLOUR;
      if (!into.has(optionResultValue(node))) into.set(optionResultValue(node), colour);
      if (!into.has(optionValue(node))) into.set(optionValue(node), colour);
    }
    collectLabels(node.children, into);
  }
}

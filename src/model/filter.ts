import type { ConfigNode } from '../config/types.js';

/**
 * `<Filter>` narrows the options of a Labels or Choices control to those containing the typed text
 * (ls-spec §8.3). Matching is by substring, never a RegExp built from what was typed (bad-inputs S9).
 * The filter applies once `minlength` characters are typed (Label Studio's default: 3).
 */
export interface OptionFilter {
  readonly text: string;
  readonly caseSensitive: boolean;
}

/** The filter a `<Filter>` node applies for the typed text, or undefined while it is too short. */
export function filterFor(node: ConfigNode, typed: string): OptionFilter | undefined {
  const min = Number(node.attrs.minlength ?? 3);
  const text = typed.trim();
  if (text.length === 0 || text.length < (Number.isFinite(min) ? min : 3)) return undefined;
  // `caseSensetive` is Label Studio's own spelling of the attribute
  return { text, caseSensitive: node.attrs.caseSensetive === true };
}

export function optionMatches(label: string, filter: OptionFilter | undefined): boolean {
  if (!filter) return true;
  return filter.caseSensitive
    ? label.includes(filter.text)
    : label.toLowerCase().includes(filter.text.toLowerCase());
}

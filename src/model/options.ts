import type { ConfigNode } from '../config/types.js';

/** The value an option tag (Choice, Label, Relation) stands for, after `$variable` binding. */
export function optionValue(node: ConfigNode): string {
  const bound = node.bound.value;
  if (typeof bound === 'string' || typeof bound === 'number' || typeof bound === 'boolean')
    return String(bound);
  const raw = node.attrs.value;
  return raw === undefined ? '' : String(raw);
}

/** What an option writes into results: its `alias` when it has one, else its value (ls-spec §6.15). */
export function optionResultValue(node: ConfigNode): string {
  const alias = node.attrs.alias;
  return alias !== undefined && alias !== '' ? String(alias) : optionValue(node);
}

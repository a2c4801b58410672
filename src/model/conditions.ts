import type { ConfigNode, ParsedConfig } from '../config/types.js';
import type { ResultIndex } from './result-index.js';
import { optionValue } from './options.js';

/**
 * Conditional visibility of config nodes (ls-spec §2.4): `visibleWhen` with `whenTagName`,
 * `whenLabelValue`, `whenChoiceValue`, the legacy bare `whenChoiceValue`, and `perRegion` controls.
 * Visibility is inherited: a hidden ancestor hides its descendants.
 */
export interface VisibilityState {
  readonly index: ResultIndex;
  /** Selected region ids. */
  readonly selection: readonly string[];
}

export type VisibilityTest = (node: ConfigNode) => boolean;

export function createVisibility(config: ParsedConfig, state: VisibilityState): VisibilityTest {
  const memo = new Map<ConfigNode, boolean>();
  const visible = (node: ConfigNode): boolean => {
    let known = memo.get(node);
    if (known === undefined) {
      const parent = config.parentOf.get(node);
      known = (parent ? visible(parent) : true) && ownCondition(node, config, state);
      memo.set(node, known);
    }
    return known;
  };
  return visible;
}

/**
 * Whether a control's results survive serialisation: Label Studio drops results of controls hidden by a
 * choice condition (on the control or an ancestor), and per-region results whose region lacks the
 * control's `whenLabelValue`. Controls hidden only by region selection keep theirs.
 */
export function keepsResults(node: ConfigNode, config: ParsedConfig, state: VisibilityState): boolean {
  for (let n: ConfigNode | undefined = node; n; n = config.parentOf.get(n)) {
    const when = str(n.attrs.visibleWhen);
    const choiceRule =
      when === 'choice-selected' || when === 'choice-unselected' || (!when && n.attrs.whenChoiceValue);
    if (choiceRule && !ownCondition(n, config, state)) return false;
  }
  return true;
}

function ownCondition(node: ConfigNode, config: ParsedConfig, state: VisibilityState): boolean {
  if (node.attrs.perRegion === true) return perRegionVisible(node, config, state);
  const when = str(node.attrs.visibleWhen);
  switch (when) {
    case 'region-selected':
      return state.selection.some((id) => regionMatches(id, node, state));
    case 'no-region-selected':
      return state.selection.length === 0;
    case 'choice-selected':
      return choiceSelected(node, config, state);
    case 'choice-unselected':
      return !choiceSelected(node, config, state);
    default:
      // legacy: whenChoiceValue alone means "some Choices anywhere has this value selected"
      if (node.attrs.whenChoiceValue !== undefined)
        return anyChoiceHas(list(node.attrs.whenChoiceValue), config, state);
      return true;
  }
}

/** A per-region control shows while one region of its object is selected (and carries its label, if asked). */
function perRegionVisible(node: ConfigNode, config: ParsedConfig, state: VisibilityState): boolean {
  if (state.selection.length !== 1) return false;
  const id = state.selection[0]!;
  const targets = config.targets.get(str(node.attrs.name)) ?? [];
  const items = state.index.itemsOf(id);
  if (!items.some((item) => item.to_name !== undefined && targets.includes(item.to_name))) return false;
  const wanted = list(node.attrs.whenLabelValue);
  return wanted.length === 0 || state.index.labelsOf(id).some((label) => wanted.includes(label));
}

function regionMatches(id: string, node: ConfigNode, state: VisibilityState): boolean {
  const tagName = str(node.attrs.whenTagName);
  if (tagName && !state.index.itemsOf(id).some((item) => item.from_name === tagName)) return false;
  const wanted = list(node.attrs.whenLabelValue);
  return wanted.length === 0 || state.index.labelsOf(id).some((label) => wanted.includes(label));
}

function choiceSelected(node: ConfigNode, config: ParsedConfig, state: VisibilityState): boolean {
  const tagName = str(node.attrs.whenTagName);
  const wanted = list(node.attrs.whenChoiceValue);
  const sources = tagName
    ? [config.byName.get(tagName)].filter((n): n is ConfigNode => n !== undefined)
    : config.controls.filter((c) => c.tag === 'Choices' || c.tag === 'Taxonomy');
  return sources.some((source) => {
    const picked = selectedChoices(source, state);
    if (wanted.length === 0) return picked.length > 0;
    return picked.some(
      (choice) =>
        wanted.includes(choice.value) || (choice.alias !== undefined && wanted.includes(choice.alias)),
    );
  });
}

function anyChoiceHas(wanted: readonly string[], config: ParsedConfig, state: VisibilityState): boolean {
  return config.controls
    .filter((c) => c.tag === 'Choices' || c.tag === 'Taxonomy')
    .some((source) => selectedChoices(source, state).some((choice) => wanted.includes(choice.value)));
}

interface PickedChoice {
  readonly value: string;
  readonly alias?: string;
}

/** The choices currently selected in a Choices/Taxonomy control (whole-object result, or the selected
 *  region's result for per-region controls), mapped back to the Choice's value and alias. */
export function selectedChoices(control: ConfigNode, state: VisibilityState): PickedChoice[] {
  const name = str(control.attrs.name);
  const items = state.index
    .itemsFrom(name)
    .filter((item) =>
      control.attrs.perRegion === true
        ? state.selection.includes(String(item.id))
        : !state.index.isRegion(String(item.id), name),
    );
  const written = new Set<string>();
  for (const item of items) {
    const key = control.tag === 'Taxonomy' ? 'taxonomy' : 'choices';
    const raw = item.value?.[key];
    if (!Array.isArray(raw)) continue;
    for (const entry of raw) {
      if (typeof entry === 'string') written.add(entry);
      else if (Array.isArray(entry))
        for (const part of entry) if (typeof part === 'string') written.add(part);
    }
  }
  const picked: PickedChoice[] = [];
  const walk = (nodes: readonly ConfigNode[]) => {
    for (const child of nodes) {
      if (child.tag !== 'Choice') continue;
      const value = optionValue(child);
      const alias = child.attrs.alias === undefined ? undefined : str(child.attrs.alias);
      if (written.has(alias ?? value)) picked.push(alias === undefined ? { value } : { value, alias });
      walk(child.children);
    }
  };
  walk(control.children);
  return picked;
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Splits a comma-separated attribute into trimmed, non-empty parts. */
function list(value: unknown): string[] {
  return str(value)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

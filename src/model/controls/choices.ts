import type { ConfigNode } from '../../config/types.js';
import { optionResultValue, optionValue } from '../options.js';
import { booleanAttr } from './attrs.js';

/**
 * Choices semantics (ls-spec §2.5, §6.15), free of the DOM: which options a `Choices` control offers,
 * which are selected for a result payload, what a click does in each `choice` mode, and the payload
 * Label Studio writes back (`{choices: ["Positive"]}`, or paths `[["Parent", "Child"]]` with
 * `allowNested`). Both the element (mouse, keyboard) and the workspace's hotkeys go through here, so
 * every way of picking a choice gives the same result.
 *
 * The selection is a set of *leaf* option keys. A parent option (only with `allowNested`) is selected
 * when all its children are, as in Label Studio, and picking a parent picks its whole subtree.
 */

export type ChoiceMode = 'single' | 'single-radio' | 'multiple';
export type ChoicesLayout = 'select' | 'inline' | 'vertical';

/** What a result holds for one option: its alias-or-value, or with `allowNested` its path from the root. */
export type ChoiceValue = string | readonly string[];

export interface ChoiceOption {
  readonly node: ConfigNode;
  /** The Choice node's key: unique within one parse. */
  readonly key: string;
  /** What the annotator reads: the Choice's value (never its alias, never its `html`). */
  readonly label: string;
  readonly value: ChoiceValue;
  /** 0 for top-level options. */
  readonly depth: number;
  /** Nested options; always empty without `allowNested`. */
  readonly children: readonly ChoiceOption[];
}

/** A selection: keys of the selected leaf options. */
export type ChoiceSelection = ReadonlySet<string>;

export function choiceMode(control: ConfigNode): ChoiceMode {
  const mode = control.attrs.choice;
  return mode === 'multiple' || mode === 'single-radio' ? mode : 'single';
}

/** `showInline`, when given, overrides `layout` (Label Studio's `afterCreate`). */
export function choicesLayout(control: ConfigNode): ChoicesLayout {
  const inline = booleanAttr(control, 'showInline');
  if (inline === true) return 'inline';
  if (inline === false) return 'vertical';
  const layout = control.attrs.layout;
  return layout === 'select' || layout === 'inline' ? layout : 'vertical';
}

/**
 * The options of a Choices control, in document order. `Choice`s wrapped in `View`s count as the
 * control's own (Label Studio collects them at any depth). A `Choice` inside a `Choice` is an option
 * only with `allowNested`; without it Label Studio skips it, and so do we.
 */
export function choiceOptions(control: ConfigNode): ChoiceOption[] {
  const nested = control.attrs.allowNested === true;
  const collect = (
    nodes: readonly ConfigNode[],
    parentPath: readonly string[],
    depth: number,
  ): ChoiceOption[] => {
    const out: ChoiceOption[] = [];
    for (const node of nodes) {
      if (node.tag !== 'Choice') {
        out.push(...collect(node.children, parentPath, depth));
        continue;
      }
      const path = [...parentPath, optionResultValue(node)];
      out.push({
        node,
        key: node.key,
        label: optionValue(node),
        value: nested ? path : optionResultValue(node),
        depth,
        children: nested ? collect(node.children, path, depth + 1) : [],
      });
    }
    return out;
  };
  return collect(control.children, [], 0);
}

/** Every option, parents before their children, in document order. */
export function flattenOptions(options: readonly ChoiceOption[]): ChoiceOption[] {
  return options.flatMap((option) => [option, ...flattenOptions(option.children)]);
}

function leavesOf(option: ChoiceOption): ChoiceOption[] {
  return option.children.length === 0 ? [option] : option.children.flatMap(leavesOf);
}

function sameValue(a: unknown, b: ChoiceValue): boolean {
  if (typeof b === 'string') return a === b;
  return Array.isArray(a) && a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * The selection a result payload stands for. Label Studio accepts a bare string for one choice. A leaf
 * is selected when its own value (or path) is in the payload; a parent path alone selects nothing,
 * exactly as Label Studio reads it.
 */
export function selectionOf(options: readonly ChoiceOption[], payload: unknown): ChoiceSelection {
  const entries: unknown[] = Array.isArray(payload)
    ? payload
    : payload === undefined || payload === null
      ? []
      : [payload];
  const selected = new Set<string>();
  for (const option of flattenOptions(options)) {
    if (option.children.length === 0 && entries.some((entry) => sameValue(entry, option.value)))
      selected.add(option.key);
  }
  return selected;
}

export function isChosen(option: ChoiceOption, selection: ChoiceSelection): boolean {
  return option.children.length === 0
    ? selection.has(option.key)
    : option.children.every((child) => isChosen(child, selection));
}

/** A parent some of whose descendants are chosen, but not all: shown as a mixed checkbox. */
export function isPartlyChosen(option: ChoiceOption, selection: ChoiceSelection): boolean {
  return !isChosen(option, selection) && leavesOf(option).some((leaf) => selection.has(leaf.key));
}

/**
 * What a click on `option` does. `single` and `single-radio` keep at most the clicked option (a click
 * on the chosen one clears it, as Label Studio's toggle does); `multiple` toggles it alone.
 */
export function toggleChoice(
  selection: ChoiceSelection,
  option: ChoiceOption,
  mode: ChoiceMode,
): ChoiceSelection {
  const chosen = isChosen(option, selection);
  const next = new Set(mode === 'multiple' ? selection : []);
  for (const leaf of leavesOf(option)) {
    if (chosen) next.delete(leaf.key);
    else next.add(leaf.key);
  }
  return next;
}

/** The selection made of exactly these options (and their subtrees): what a `<select>` reports. */
export function selectionFromOptions(picked: readonly ChoiceOption[]): ChoiceSelection {
  return new Set(picked.flatMap(leavesOf).map((leaf) => leaf.key));
}

/**
 * The payload to write for a selection: every chosen option's value in document order, chosen
 * parents included (Label Studio lists them), or undefined when nothing is chosen, which removes the
 * result item.
 */
export function choicesPayload(
  options: readonly ChoiceOption[],
  selection: ChoiceSelection,
): ChoiceValue[] | undefined {
  const values = flattenOptions(options)
    .filter((option) => isChosen(option, selection))
    .map((option) => option.value);
  return values.length > 0 ? values : undefined;
}

/** The payload after `choiceNode` is toggled: one call for hotkeys, which hold a node, not a selection. */
export function toggledPayload(
  control: ConfigNode,
  payload: unknown,
  choiceNode: ConfigNode,
): ChoiceValue[] | undefined {
  const options = choiceOptions(control);
  const option = flattenOptions(options).find((o) => o.node === choiceNode);
  if (!option) return choicesPayload(options, selectionOf(options, payload));
  return choicesPayload(options, toggleChoice(selectionOf(options, payload), option, choiceMode(control)));
}

/**
 * The result a *new* annotation starts with when Choices are marked `selected="true"`: Label Studio
 * (`Annotation.setDefaultValues`) writes their values, as they are, when it creates the annotation.
 */
export function preselectedPayload(control: ConfigNode): ChoiceValue[] | undefined {
  const values = flattenOptions(choiceOptions(control))
    .filter((option) => option.node.attrs.selected === true)
    .map((option) => option.value);
  return values.length > 0 ? values : undefined;
}

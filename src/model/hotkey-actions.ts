import type { ConfigNode, ParsedConfig } from '../config/types.js';
import type { AnnotationStore } from './store.js';
import type { HotkeyRegistry } from './hotkeys.js';
import { setClassification } from './commands.js';
import { optionValue } from './options.js';
import { toggledPayload } from './controls/choices.js';
import { relabelTarget, toggleRegionLabel } from './relabel.js';

/**
 * Builds the config's hotkeys: explicit `hotkey` attributes first, in document order, then Label
 * Studio's automatic keys (`1234567890qwet…`) for every Label and Choice that has none. Collisions are
 * refused by the registry with a warning; the first owner keeps the key.
 */
export type HotkeyAction = () => void;

export interface HotkeyHost {
  readonly config: ParsedConfig;
  readonly store: AnnotationStore;
  readonly hotkeys: HotkeyRegistry<HotkeyAction>;
  readonly chosenLabels: Map<string, readonly string[]>;
  readonly createId: (taken: ReadonlySet<string>) => string;
  /** Asks the view to focus the element drawing a node (a Filter's search box). */
  requestFocus(key: string): void;
}

/** Workspace keys no config may take. */
const RESERVED: ReadonlyArray<readonly [string, string]> = [
  ['ctrl+enter', 'submit'],
  ['meta+enter', 'submit'],
  ['ctrl+z', 'undo'],
  ['meta+z', 'undo'],
  ['ctrl+shift+z', 'redo'],
  ['meta+shift+z', 'redo'],
  ['ctrl+y', 'redo'],
];

export function buildHotkeys(host: HotkeyHost): void {
  for (const [combo, name] of RESERVED) host.hotkeys.reserve(combo, `the workspace's ${name} key`);
  const options = collectOptions(host.config);
  for (const option of options) {
    const combo = option.node.attrs.hotkey;
    if (typeof combo === 'string' && combo.trim() !== '')
      host.hotkeys.register(combo, describe(option.node), action(host, option), option.node.key);
  }
  for (const filter of filtersOf(host.config.root)) {
    const combo = filter.attrs.hotkey;
    if (typeof combo === 'string' && combo.trim() !== '')
      host.hotkeys.register(
        combo,
        `Filter of “${String(filter.attrs.toName ?? '')}”`,
        () => host.requestFocus(filter.key),
        filter.key,
      );
  }
  for (const option of options) {
    if (option.node.attrs.hotkey !== undefined && option.node.attrs.hotkey !== '') continue;
    const free = host.hotkeys.nextFree();
    if (free === undefined) break;
    host.hotkeys.register(free, describe(option.node), action(host, option), option.node.key);
  }
}

function filtersOf(root: ConfigNode | null): ConfigNode[] {
  const out: ConfigNode[] = [];
  const walk = (node: ConfigNode) => {
    if (node.tag === 'Filter') out.push(node);
    node.children.forEach(walk);
  };
  if (root) walk(root);
  return out;
}

interface OptionRef {
  readonly node: ConfigNode;
  readonly control: ConfigNode;
}

/** Label and Choice nodes (not Taxonomy's: a tree is navigated, not keyed) in document order. */
function collectOptions(config: ParsedConfig): OptionRef[] {
  const out: OptionRef[] = [];
  for (const control of config.controls) {
    const kind =
      control.tag === 'Choices'
        ? 'Choice'
        : control.tag === 'Labels' || control.tag.endsWith('Labels')
          ? 'Label'
          : undefined;
    if (!kind) continue;
    const walk = (nodes: readonly ConfigNode[]) => {
      for (const node of nodes) {
        if (node.tag !== kind) continue;
        out.push({ node, control });
        walk(node.children);
      }
    };
    walk(control.children);
  }
  return out.sort((a, b) => a.node.line - b.node.line || a.node.column - b.node.column);
}

function describe(node: ConfigNode): string {
  return `${node.tag} “${optionValue(node)}”`;
}

function action(host: HotkeyHost, option: OptionRef): HotkeyAction {
  return option.node.tag === 'Choice' ? () => toggleChoice(host, option) : () => toggleLabel(host, option);
}

function toggleLabel(host: HotkeyHost, { node, control }: OptionRef): void {
  // with a region of this control's object selected, the key relabels it (as a palette click does)
  const region = relabelTarget(host.store, host.config, control);
  if (region !== undefined) return toggleRegionLabel(host.store, control, region, node);
  const name = String(control.attrs.name ?? '');
  const value = optionValue(node);
  const current = host.chosenLabels.get(name) ?? [];
  const single = control.attrs.choice !== 'multiple';
  const next = current.includes(value)
    ? current.filter((v) => v !== value)
    : single
      ? [value]
      : [...current, value];
  host.chosenLabels.set(name, next);
}

function toggleChoice(host: HotkeyHost, { node, control }: OptionRef): void {
  const name = String(control.attrs.name ?? '');
  const toName = host.config.targets.get(name)?.[0] ?? '';
  const selection = host.store.selection;
  if (control.attrs.perRegion === true && selection.length !== 1) return;
  const scope = control.attrs.perRegion === true ? { regionId: selection[0]! } : {};
  const current = host.store.index.classification(name, toName, scope)?.value?.choices;
  setClassification(
    host.store,
    { name, toName, type: 'choices', valueKey: 'choices' },
    toggledPayload(control, current, node),
    scope,
    {
      createId: host.createId,
    },
  );
}

/**
 * Option tags: they configure the control (or object) they sit inside and have no `name` of their
 * own, except `Bucket` (ls-spec §1, §8.3). `parents` are checked at any depth, as Label Studio does:
 * `<Choices><View><Choice/></View></Choices>` is fine.
 */
import type { TagSpec } from '../types.js';
import { bool, color, css, num, oneOf, requiredText, text } from './attr-builders.js';
import { LABEL_PARENTS } from './shared-attrs.js';

/** `background` `#36B37E` is a placeholder: Label Studio swaps it for a colour derived from `value`. */
export const Label: TagSpec = {
  name: 'Label',
  kind: 'option',
  rendered: true,
  textAsValue: true,
  parents: LABEL_PARENTS,
  attrs: {
    value: requiredText({ variable: true }),
    alias: text(),
    selected: bool(false),
    maxUsages: num(),
    hint: text(),
    hotkey: text(),
    showAlias: bool(false),
    aliasStyle: css('opacity: 0.6'),
    size: text('medium'),
    background: color('#36B37E'),
    selectedColor: color('#ffffff'),
    granularity: oneOf(['symbol', 'word', 'sentence', 'paragraph']),
    groupCanContain: text(),
    html: text(),
    category: num(),
  },
};

/** Under `Taxonomy` (or `Choices allowNested`) a `Choice` may hold nested `Choice`s. */
export const Choice: TagSpec = {
  name: 'Choice',
  kind: 'option',
  rendered: true,
  textAsValue: true,
  parents: ['Choices', 'Taxonomy'],
  attrs: {
    value: requiredText({ variable: true }),
    alias: text(),
    selected: bool(false),
    hotkey: text(),
    hint: text(),
    html: text(),
    style: css(),
    color: color(),
  },
};

export const Relation: TagSpec = {
  name: 'Relation',
  kind: 'option',
  rendered: true,
  textAsValue: true,
  parents: ['Relations'],
  attrs: {
    value: requiredText(),
    background: color(),
  },
};

/** A drop target of `Ranker`; its `name` is the key of the bucket in the `ranker` result. */
export const Bucket: TagSpec = {
  name: 'Bucket',
  kind: 'option',
  rendered: true,
  parents: ['Ranker'],
  attrs: {
    name: requiredText(),
    title: requiredText(),
    default: bool(),
  },
};

/** Inserts `value` into its `TextArea` when `hotkey` is pressed. */
export const Shortcut: TagSpec = {
  name: 'Shortcut',
  kind: 'option',
  rendered: true,
  textAsValue: true,
  parents: ['TextArea'],
  attrs: {
    value: requiredText(),
    alias: text(),
    hotkey: text(),
    background: color('#333333'),
  },
};

/** One fold of a `Collapse`; `value` is its header. */
export const Panel: TagSpec = {
  name: 'Panel',
  kind: 'option',
  rendered: true,
  textAsValue: true,
  parents: ['Collapse'],
  attrs: {
    value: text(),
  },
};

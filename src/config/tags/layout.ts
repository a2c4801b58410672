/**
 * Visual and layout tags (ls-spec §2.3, §8.3) and the `Repeater` macro (§2.7). Visual tags must not
 * carry a `name`; the parser warns when they do.
 */
import type { TagSpec } from '../types.js';
import { bool, css, num, oneOf, requiredText, text, variableText } from './attr-builders.js';
import { visibilityAttrs } from './shared-attrs.js';

export const View: TagSpec = {
  name: 'View',
  kind: 'visual',
  rendered: true,
  attrs: {
    display: oneOf(['block', 'inline'], 'block'),
    style: css(),
    className: text(),
    idAttr: text(),
    ...visibilityAttrs,
  },
};

/** `value` (or text content) may interpolate `$variables`: `<Header>Document $id</Header>`. */
export const Header: TagSpec = {
  name: 'Header',
  kind: 'visual',
  rendered: true,
  textAsValue: true,
  attrs: {
    value: variableText(),
    size: num(4),
    style: css(),
    underline: bool(false),
  },
};

/** Its text content is CSS; we scope it to our shadow roots. */
export const Style: TagSpec = {
  name: 'Style',
  kind: 'visual',
  rendered: true,
  textAsValue: true,
  attrs: {
    value: text(),
  },
};

/** A search box over the options of the control named by `toName` (a control, not an object). */
export const Filter: TagSpec = {
  name: 'Filter',
  kind: 'visual',
  rendered: true,
  attrs: {
    toName: text(),
    placeholder: text('Quick Filter'),
    minlength: num(3),
    hotkey: text(),
    style: css(),
    caseSensetive: bool(false),
    cleanup: bool(true),
  },
};

/** An accordion of `Panel`s. */
export const Collapse: TagSpec = {
  name: 'Collapse',
  kind: 'visual',
  rendered: true,
  attrs: {
    accordion: bool(true),
    bordered: bool(false),
    open: bool(false),
  },
};

export const Markdown: TagSpec = {
  name: 'Markdown',
  kind: 'visual',
  rendered: true,
  textAsValue: true,
  attrs: {
    value: variableText(),
    style: css(),
    className: text(),
    idAttr: text(),
    ...visibilityAttrs,
  },
};

/**
 * Parse-time loop over a task array. It stays in the parsed tree as a `Repeater` node whose children
 * are one `View` per array item; with `mode="pagination"` the element layer shows one at a time.
 */
export const Repeater: TagSpec = {
  name: 'Repeater',
  kind: 'macro',
  rendered: true,
  attrs: {
    on: requiredText({ variable: true }),
    indexFlag: text('{{idx}}'),
    mode: oneOf(['list', 'pagination'], 'list'),
  },
};

/**
 * Enterprise-only, upstream-HEAD or deprecated tags (ls-spec §8, tier "ent"): parsed and validated
 * so their results round-trip, never drawn.
 */
import type { TagSpec } from '../types.js';
import { bool, css, num, requiredText, text } from './attr-builders.js';
import { controlAttrs, labelSelectionAttrs, objectAttrs } from './shared-attrs.js';

/** Messages are results of the Chat itself (`chatmessage`, `from_name == to_name`). */
export const Chat: TagSpec = {
  name: 'Chat',
  kind: 'object',
  rendered: false,
  textAsValue: true,
  resultType: 'chatmessage',
  attrs: {
    ...objectAttrs,
    messageRoles: text(),
    editable: bool(),
    minMessages: num(),
    maxMessages: num(undefined, { variable: true }),
    llm: text(),
  },
};

export const Pdf: TagSpec = {
  name: 'Pdf',
  kind: 'object',
  rendered: false,
  textAsValue: true,
  attrs: objectAttrs,
};

export const OcrLabels: TagSpec = {
  name: 'OcrLabels',
  kind: 'control',
  rendered: false,
  resultType: 'ocrlabels',
  valueKey: 'ocrlabels',
  attrs: { ...controlAttrs, ...labelSelectionAttrs },
};

/** Self-referencing: `toName` is optional and results name the tag itself. JS sits in CDATA. */
export const ReactCode: TagSpec = {
  name: 'ReactCode',
  kind: 'control',
  rendered: false,
  textAsValue: true,
  resultType: 'reactcode',
  aliases: ['CustomInterface'],
  attrs: {
    name: requiredText(),
    toName: text(),
    value: text(),
    data: text(),
    inputs: text(),
    outputs: text(),
    style: css(),
    className: text(),
  },
};

/** Deprecated object tag kept so old configs still parse. */
export const Dialog: TagSpec = {
  name: 'Dialog',
  kind: 'object',
  rendered: false,
  textAsValue: true,
  attrs: objectAttrs,
};

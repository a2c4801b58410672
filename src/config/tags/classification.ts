/**
 * Classification controls (ls-spec §2.5, §8.2): one result for the whole object, per region or per
 * item. `Choices` and `Taxonomy` also take dynamic `Choice` children from task data (§2.6).
 */
import type { TagSpec } from '../types.js';
import { bool, num, oneOf, text, variableText } from './attr-builders.js';
import { classificationAttrs, controlAttrs, visibilityAttrs } from './shared-attrs.js';

const classificationControlAttrs = { ...controlAttrs, ...classificationAttrs };

/** `showInline` has no default: when given it overrides `layout` (`true` → inline, `false` → vertical). */
export const Choices: TagSpec = {
  name: 'Choices',
  kind: 'control',
  dynamicChildren: 'Choice',
  rendered: true,
  resultType: 'choices',
  valueKey: 'choices',
  attrs: {
    ...classificationControlAttrs,
    ...visibilityAttrs,
    choice: oneOf(['single', 'single-radio', 'multiple'], 'single'),
    showInline: bool(),
    layout: oneOf(['select', 'inline', 'vertical'], 'vertical'),
    value: variableText(),
    allowNested: bool(false),
  },
};

/** `sharedStore` lets Taxonomies repeated by a `Repeater` share one copy of their dynamic tree. */
export const Taxonomy: TagSpec = {
  name: 'Taxonomy',
  kind: 'control',
  dynamicChildren: 'Choice',
  rendered: true,
  resultType: 'taxonomy',
  valueKey: 'taxonomy',
  attrs: {
    ...classificationControlAttrs,
    ...visibilityAttrs,
    value: variableText(),
    apiUrl: variableText(),
    labeling: bool(false),
    leafsOnly: bool(false),
    showFullPath: bool(false),
    pathSeparator: text(' / '),
    legacy: bool(false),
    placeholder: text(''),
    maxUsages: num(),
    minWidth: text(),
    maxWidth: text(),
    dropdownWidth: text(),
    sharedStore: text(),
  },
};

/** `value` pre-fills the input; `Shortcut` children insert text on a hotkey. */
export const TextArea: TagSpec = {
  name: 'TextArea',
  kind: 'control',
  rendered: true,
  resultType: 'textarea',
  valueKey: 'text',
  attrs: {
    ...classificationControlAttrs,
    ...visibilityAttrs,
    // the prefill honours $variables in LS's code, though the docs do not say so
    value: variableText(),
    label: text(''),
    placeholder: text(),
    rows: num(1),
    maxSubmissions: num(),
    editable: bool(false),
    transcription: bool(false),
    skipDuplicates: bool(false),
    showSubmitButton: bool(),
    allowSubmit: bool(true),
    displayMode: oneOf(['tag', 'region-list'], 'tag'),
  },
};

/** The docs mark `hotkey` required; the code does not (ls-spec §10.1). */
export const Rating: TagSpec = {
  name: 'Rating',
  kind: 'control',
  rendered: true,
  resultType: 'rating',
  valueKey: 'rating',
  attrs: {
    ...classificationControlAttrs,
    maxRating: num(5),
    defaultValue: num(0),
    size: oneOf(['small', 'medium', 'large'], 'medium'),
    icon: oneOf(['star', 'heart', 'fire', 'smile'], 'star'),
    hotkey: text(),
  },
};

/** No `step` default: Label Studio only checks steps when `step` is given (the input steps by 1). */
export const NumberTag: TagSpec = {
  name: 'Number',
  kind: 'control',
  rendered: true,
  resultType: 'number',
  valueKey: 'number',
  attrs: {
    ...classificationControlAttrs,
    min: num(),
    max: num(),
    step: num(),
    defaultValue: num(),
    slider: bool(false),
    hotkey: text(),
  },
};

/** `only` (comma list of date, time, month, year) and `format` (strftime) are optional in code. */
export const DateTime: TagSpec = {
  name: 'DateTime',
  kind: 'control',
  rendered: true,
  resultType: 'datetime',
  valueKey: 'datetime',
  attrs: {
    ...classificationControlAttrs,
    only: text(),
    format: text(),
    min: text(),
    max: text(),
    step: text(),
    defaultValue: text(),
    hotkey: text(),
  },
};

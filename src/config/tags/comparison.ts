/**
 * Controls that compare or connect things rather than label one object: `Pairwise` (two objects),
 * `Ranker` (a `List`, optionally into `Bucket`s) and `Relations` (links between regions).
 */
import type { TagSpec } from '../types.js';
import { oneOf, text } from './attr-builders.js';
import { controlAttrs } from './shared-attrs.js';

/** Points at two objects (`toName="left,right"`); its result's `to_name` is its own name. */
export const Pairwise: TagSpec = {
  name: 'Pairwise',
  kind: 'control',
  rendered: true,
  resultType: 'pairwise',
  valueKey: 'selected',
  attrs: {
    ...controlAttrs,
    selectionStyle: text(),
    leftClass: text(),
    rightClass: text(),
  },
};

export const Ranker: TagSpec = {
  name: 'Ranker',
  kind: 'control',
  rendered: true,
  resultType: 'ranker',
  valueKey: 'ranker',
  attrs: controlAttrs,
};

/** Has neither `name` nor `toName`: it works on regions. Code default `choice` is `multiple`. */
export const Relations: TagSpec = {
  name: 'Relations',
  kind: 'control',
  rendered: true,
  resultType: 'relation',
  attrs: {
    choice: oneOf(['single', 'multiple'], 'multiple'),
  },
};

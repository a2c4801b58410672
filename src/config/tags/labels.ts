/**
 * Span and segment labels: `Labels` (Text, Audio, or Image in the split format with a tool tag),
 * `HyperTextLabels` and `ParagraphLabels` (ls-spec §2.6, §8.2). All three compose Label Studio's
 * `LabelsModel`, so they share its code defaults.
 */
import type { TagSpec } from '../types.js';
import { controlAttrs, labelsFamilyAttrs, orangeRegionStyle } from './shared-attrs.js';

const labelsAttrs = { ...controlAttrs, ...labelsFamilyAttrs, ...orangeRegionStyle };

export const Labels: TagSpec = {
  name: 'Labels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'labels',
  valueKey: 'labels',
  attrs: labelsAttrs,
};

export const HyperTextLabels: TagSpec = {
  name: 'HyperTextLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'hypertextlabels',
  valueKey: 'hypertextlabels',
  objectTypes: ['HyperText'],
  attrs: labelsAttrs,
};

export const ParagraphLabels: TagSpec = {
  name: 'ParagraphLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'paragraphlabels',
  valueKey: 'paragraphlabels',
  attrs: labelsAttrs,
};

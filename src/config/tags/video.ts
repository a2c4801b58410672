/**
 * The video stack (ls-spec §6.13, §6.14, §8.1). Recognised and validated, not drawn yet: results
 * made elsewhere are kept untouched.
 */
import type { TagSpec } from '../types.js';
import { bool, num, text } from './attr-builders.js';
import {
  controlAttrs,
  labelSelectionAttrs,
  labelsFamilyAttrs,
  objectAttrs,
  pointAttrs,
  regionStyleAttrs,
  snapAttr,
} from './shared-attrs.js';
import { vectorShapeAttrs } from './vector-attrs.js';

/** `frameRate` and the playback speeds may be `$variables` (ls-spec §3). */
export const Video: TagSpec = {
  name: 'Video',
  kind: 'object',
  rendered: false,
  textAsValue: true,
  attrs: {
    ...objectAttrs,
    frameRate: num(24, { variable: true }),
    sync: text(),
    muted: bool(false),
    height: num(600),
    timelineHeight: num(64),
    defaultPlaybackSpeed: num(1, { variable: true }),
    minPlaybackSpeed: num(0.25, { variable: true }),
    hotkey: text(),
  },
};

/** Merged with `Labels` into one `videorectangle` item whose labels sit in `value.labels`. */
export const VideoRectangle: TagSpec = {
  name: 'VideoRectangle',
  kind: 'control',
  rendered: false,
  resultType: 'videorectangle',
  valueKey: 'labels',
  attrs: controlAttrs,
};

export const TimelineLabels: TagSpec = {
  name: 'TimelineLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: false,
  resultType: 'timelinelabels',
  valueKey: 'timelinelabels',
  attrs: { ...controlAttrs, ...labelsFamilyAttrs },
};

const videoVectorStyle = {
  ...regionStyleAttrs({ opacity: 0.6, fillColor: 'transparent', strokeColor: '#f48a42', strokeWidth: 3 }),
  ...pointAttrs,
  ...snapAttr,
  ...vectorShapeAttrs,
};

export const VideoVector: TagSpec = {
  name: 'VideoVector',
  kind: 'control',
  rendered: false,
  resultType: 'videovector',
  attrs: { ...controlAttrs, ...videoVectorStyle },
};

export const VideoVectorLabels: TagSpec = {
  name: 'VideoVectorLabels',
  kind: 'control',
  rendered: false,
  resultType: 'videovectorlabels',
  valueKey: 'labels',
  attrs: {
    ...controlAttrs,
    ...labelSelectionAttrs,
    ...videoVectorStyle,
    ...regionStyleAttrs({ opacity: 0.2, strokeWidth: 1 }),
  },
};

/**
 * Image tools we recognise but do not draw yet: `MagicWand` (needs CORS-readable pixels),
 * `Bitmask*` and `Vector*` (Label Studio 1.22+). Their results are kept untouched.
 */
import type { TagSpec } from '../types.js';
import { num, oneOf } from './attr-builders.js';
import {
  controlAttrs,
  labelSelectionAttrs,
  labelsFamilyAttrs,
  pointAttrs,
  regionStyleAttrs,
  smartToolAttrs,
  snapAttr,
} from './shared-attrs.js';
import { vectorShapeAttrs } from './vector-attrs.js';

const IMAGE_ONLY = ['Image'] as const;

/** Registered by Label Studio as `magicwand`; configs spell it `MagicWand`. */
export const MagicWand: TagSpec = {
  name: 'MagicWand',
  kind: 'control',
  rendered: false,
  resultType: 'magicwand',
  attrs: {
    ...controlAttrs,
    opacity: num(0.6),
    blurRadius: num(5),
    defaultThreshold: num(15),
  },
};

export const Bitmask: TagSpec = {
  name: 'Bitmask',
  kind: 'control',
  rendered: false,
  resultType: 'bitmask',
  attrs: controlAttrs,
};

export const BitmaskLabels: TagSpec = {
  name: 'BitmaskLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: false,
  resultType: 'bitmasklabels',
  valueKey: 'bitmasklabels',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...labelsFamilyAttrs },
};

export const Vector: TagSpec = {
  name: 'Vector',
  kind: 'control',
  rendered: false,
  resultType: 'vector',
  objectTypes: IMAGE_ONLY,
  attrs: {
    ...controlAttrs,
    ...regionStyleAttrs({ opacity: 0.6, fillColor: 'transparent', strokeColor: '#f48a42', strokeWidth: 3 }),
    ...pointAttrs,
    ...snapAttr,
    ...smartToolAttrs,
    ...vectorShapeAttrs,
  },
};

export const VectorLabels: TagSpec = {
  name: 'VectorLabels',
  kind: 'control',
  rendered: false,
  resultType: 'vectorlabels',
  valueKey: 'vectorlabels',
  objectTypes: IMAGE_ONLY,
  attrs: {
    ...controlAttrs,
    ...labelSelectionAttrs,
    ...regionStyleAttrs({ opacity: 0.2, strokeWidth: 1 }),
    pointSize: oneOf(['small', 'medium', 'large'], 'medium'),
    pointStyle: oneOf(['rectangle', 'circle'], 'rectangle'),
    ...snapAttr,
    ...vectorShapeAttrs,
    pointSizeDisabled: num(5),
  },
};

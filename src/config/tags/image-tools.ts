/**
 * Image region tools, bare (`Rectangle`) and labelled (`RectangleLabels`). Label Studio builds each
 * `*Labels` tag by composing `LabelsModel` with the tool's model, so the tool's attributes and
 * defaults win (ls-spec §8.2). `objectTypes` lists the object tags the editor enforces (§2.9).
 */
import type { TagSpec } from '../types.js';
import { bool, num } from './attr-builders.js';
import {
  controlAttrs,
  labelSelectionAttrs,
  labelsFamilyAttrs,
  orangeRegionStyle,
  pointAttrs,
  regionStyleAttrs,
  smartToolAttrs,
  snapAttr,
} from './shared-attrs.js';

const IMAGE_ONLY = ['Image'] as const;

const rectangleAttrs = { ...orangeRegionStyle, canRotate: bool(true), ...snapAttr };
const polygonAttrs = {
  ...regionStyleAttrs({ opacity: 0.2, fillColor: '#f48a42', strokeColor: '#f48a42', strokeWidth: 2 }),
  ...pointAttrs,
  ...snapAttr,
};
const ellipseAttrs = { ...orangeRegionStyle, canRotate: bool(true) };
const keyPointAttrs = {
  ...regionStyleAttrs({ opacity: 0.9, fillColor: '#8bad00', strokeColor: '#8bad00', strokeWidth: 2 }),
  ...snapAttr,
};
/** For brushes `strokeWidth` is the brush size in pixels. */
const brushAttrs = { ...orangeRegionStyle, strokeWidth: num(15) };

export const Rectangle: TagSpec = {
  name: 'Rectangle',
  kind: 'control',
  rendered: true,
  resultType: 'rectangle',
  attrs: { ...controlAttrs, ...rectangleAttrs, ...smartToolAttrs },
};

export const RectangleLabels: TagSpec = {
  name: 'RectangleLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'rectanglelabels',
  valueKey: 'rectanglelabels',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...labelsFamilyAttrs, ...rectangleAttrs },
};

export const Polygon: TagSpec = {
  name: 'Polygon',
  kind: 'control',
  rendered: true,
  resultType: 'polygon',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...polygonAttrs, ...smartToolAttrs },
};

export const PolygonLabels: TagSpec = {
  name: 'PolygonLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'polygonlabels',
  valueKey: 'polygonlabels',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...labelsFamilyAttrs, ...polygonAttrs },
};

export const Ellipse: TagSpec = {
  name: 'Ellipse',
  kind: 'control',
  rendered: true,
  resultType: 'ellipse',
  attrs: { ...controlAttrs, ...ellipseAttrs, ...smartToolAttrs },
};

export const EllipseLabels: TagSpec = {
  name: 'EllipseLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'ellipselabels',
  valueKey: 'ellipselabels',
  attrs: { ...controlAttrs, ...labelsFamilyAttrs, ...ellipseAttrs },
};

export const KeyPoint: TagSpec = {
  name: 'KeyPoint',
  kind: 'control',
  rendered: true,
  resultType: 'keypoint',
  attrs: { ...controlAttrs, ...keyPointAttrs, ...smartToolAttrs },
};

export const KeyPointLabels: TagSpec = {
  name: 'KeyPointLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'keypointlabels',
  valueKey: 'keypointlabels',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...labelsFamilyAttrs, ...keyPointAttrs },
};

/** The docs list labels-family attributes on the bare Brush too; the code ignores them. */
export const Brush: TagSpec = {
  name: 'Brush',
  kind: 'control',
  rendered: true,
  resultType: 'brush',
  attrs: {
    ...controlAttrs,
    ...labelSelectionAttrs,
    ...brushAttrs,
    ...smartToolAttrs,
  },
};

export const BrushLabels: TagSpec = {
  name: 'BrushLabels',
  kind: 'control',
  dynamicChildren: 'Label',
  rendered: true,
  resultType: 'brushlabels',
  valueKey: 'brushlabels',
  objectTypes: IMAGE_ONLY,
  attrs: { ...controlAttrs, ...labelsFamilyAttrs, ...brushAttrs },
};

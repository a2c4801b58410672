/**
 * Attribute groups that Label Studio composes into many tags through its mixins (ControlBase,
 * PerRegion, Visibility, LabelsModel, the drawing tools). Defaults are the code's, not the docs'
 * (ls-spec §10.1): for example every region tool's `opacity` is 0.2 in code, 0.6 in the docs.
 */
import type { AttrSpec } from '../types.js';
import { bool, color, num, oneOf, requiredText, text, variableText } from './attr-builders.js';

type AttrTable = Readonly<Record<string, AttrSpec>>;

/** `name` + `value` of an object tag; `value` holds the `$field` that points into task data. */
export const objectAttrs: AttrTable = {
  name: requiredText(),
  value: requiredText({ variable: true }),
};

/** `resolver="csv|headless|separator=;|column=1"` fetches a CSV and takes one cell (ls-spec §3). */
export const resolverAttr: AttrTable = { resolver: text() };

/** Every control has a unique `name` and points at object tags with `toName` (comma list allowed). */
export const controlAttrs: AttrTable = {
  name: requiredText(),
  toName: requiredText(),
};

/** `visibleWhen` family (ls-spec §2.4), shared by View, Choices, TextArea, Taxonomy and Markdown. */
export const visibilityAttrs: AttrTable = {
  visibleWhen: oneOf(['region-selected', 'no-region-selected', 'choice-selected', 'choice-unselected']),
  whenTagName: text(),
  whenLabelValue: text(),
  whenChoiceValue: text(),
  whenRole: text(),
};

/** Classification modes (ls-spec §2.5): whole object, per region or per item, and `required`. */
export const classificationAttrs: AttrTable = {
  required: bool(false),
  requiredMessage: text(),
  perRegion: bool(false),
  perItem: bool(false),
};

/** How labels are picked (ls-spec §2.6): one or many per region, usage limit, layout. */
export const labelSelectionAttrs: AttrTable = {
  choice: oneOf(['single', 'multiple'], 'single'),
  maxUsages: num(),
  showInline: bool(true),
};

/** Labels-family behaviour (ls-spec §2.6); `value="$field"` loads dynamic `Label` children. */
export const labelsFamilyAttrs: AttrTable = {
  ...labelSelectionAttrs,
  value: variableText(),
  allowEmpty: bool(false),
  groupDepth: text(),
};

export const smartToolAttrs: AttrTable = {
  smart: bool(),
  smartOnly: bool(),
};

export const snapAttr: AttrTable = { snap: oneOf(['pixel', 'none'], 'none') };

/** Region styling of the drawing tools; each tool passes Label Studio's code defaults. */
export function regionStyleAttrs(defaults: {
  readonly opacity: number;
  readonly fillColor?: string;
  readonly strokeColor?: string;
  readonly strokeWidth: number;
}): AttrTable {
  return {
    opacity: num(defaults.opacity),
    fillColor: color(defaults.fillColor),
    strokeColor: color(defaults.strokeColor),
    strokeWidth: num(defaults.strokeWidth),
    fillOpacity: num(),
  };
}

/** `Labels` and the tools share this look: orange outline, 20 % fill. */
export const orangeRegionStyle = regionStyleAttrs({
  opacity: 0.2,
  fillColor: '#f48a42',
  strokeColor: '#f48a42',
  strokeWidth: 1,
});

export const pointAttrs: AttrTable = {
  pointSize: oneOf(['small', 'medium', 'large'], 'small'),
  pointStyle: oneOf(['rectangle', 'circle'], 'circle'),
};

/** The kinds of `Label` parents (ls-spec §2.9), used by `Label` and by dynamic labels. */
export const LABEL_PARENTS: readonly string[] = [
  'Labels',
  'RectangleLabels',
  'PolygonLabels',
  'EllipseLabels',
  'KeyPointLabels',
  'BrushLabels',
  'HyperTextLabels',
  'ParagraphLabels',
  'TimeSeriesLabels',
  'TimelineLabels',
  'BitmaskLabels',
  'VectorLabels',
  'VideoVectorLabels',
  'OcrLabels',
];

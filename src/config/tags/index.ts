/**
 * The tag registry: every Label Studio tag this library knows, looked up the way Label Studio does,
 * case-insensitively (`header`, `Textarea`) and through aliases (`AudioPlus` → `Audio`).
 */
import type { TagSpec } from '../types.js';
import { specTables } from './spec-tables.js';
import { Choices, DateTime, NumberTag, Rating, Taxonomy, TextArea } from './classification.js';
import { Pairwise, Ranker, Relations } from './comparison.js';
import { Chat, Dialog, OcrLabels, Pdf, ReactCode } from './enterprise.js';
import { Bitmask, BitmaskLabels, MagicWand, Vector, VectorLabels } from './image-advanced.js';
import {
  Brush,
  BrushLabels,
  Ellipse,
  EllipseLabels,
  KeyPoint,
  KeyPointLabels,
  Polygon,
  PolygonLabels,
  Rectangle,
  RectangleLabels,
} from './image-tools.js';
import { HyperTextLabels, Labels, ParagraphLabels } from './labels.js';
import { Collapse, Filter, Header, Markdown, Repeater, Style, View } from './layout.js';
import { Audio, HyperText, Image, List, Paragraphs, Table, Text } from './objects.js';
import { Bucket, Choice, Label, Panel, Relation, Shortcut } from './options.js';
import { Channel, MultiChannel, TimeSeries, TimeSeriesLabels } from './timeseries.js';
import { TimelineLabels, Video, VideoRectangle, VideoVector, VideoVectorLabels } from './video.js';

/** All tag specs, one per Label Studio tag (aliases are listed on their spec, not repeated). */
export const tagSpecs: readonly TagSpec[] = [
  // layout and macro
  View,
  Header,
  Style,
  Filter,
  Collapse,
  Markdown,
  Repeater,
  // objects
  Image,
  Text,
  HyperText,
  Audio,
  Paragraphs,
  Table,
  List,
  Video,
  TimeSeries,
  Chat,
  Pdf,
  Dialog,
  // controls
  Labels,
  HyperTextLabels,
  ParagraphLabels,
  Rectangle,
  RectangleLabels,
  Polygon,
  PolygonLabels,
  Ellipse,
  EllipseLabels,
  KeyPoint,
  KeyPointLabels,
  Brush,
  BrushLabels,
  MagicWand,
  Bitmask,
  BitmaskLabels,
  Vector,
  VectorLabels,
  Choices,
  Taxonomy,
  TextArea,
  Rating,
  NumberTag,
  DateTime,
  Pairwise,
  Ranker,
  Relations,
  VideoRectangle,
  TimelineLabels,
  VideoVector,
  VideoVectorLabels,
  TimeSeriesLabels,
  OcrLabels,
  ReactCode,
  // options
  Label,
  Choice,
  Relation,
  Bucket,
  Shortcut,
  Panel,
  Channel,
  MultiChannel,
];

const specsByLowerName = new Map<string, TagSpec>();
for (const spec of tagSpecs) {
  for (const name of [spec.name, ...(spec.aliases ?? [])]) specsByLowerName.set(name.toLowerCase(), spec);
}

/** The spec of a tag name in any letter case, or of an alias; undefined for tags Label Studio rejects. */
export function getTagSpec(name: string): TagSpec | undefined {
  return specsByLowerName.get(name.toLowerCase());
}

/**
 * Canonical spelling of an attribute name on a tag: Label Studio lower-cases every attribute name,
 * so `showinline`, `showInLine` and `showInline` are one attribute. Names the spec does not know
 * come back lower-cased.
 */
export function canonicalAttrName(spec: TagSpec | undefined, name: string): string {
  const lower = name.toLowerCase();
  return (spec && specTables(spec).canonicalNames.get(lower)) ?? lower;
}

/**
 * Which drawing tool an `<Image>` has ready (rectangles and polygons), from the config and the labels chosen in the palettes:
 * - a `RectangleLabels` control with a chosen label draws merged `rectanglelabels` regions;
 * - a bare `Rectangle` draws `rectangle` regions (plus one `labels` item per `Labels` control with a
 *   chosen label: Label Studio's split form, ls-spec §5.4). It is ready when its toolbar button is
 *   pressed, or when it is the image's only bare tool and a `Labels` label is chosen (choosing a label
 *   picks the tool, as in Label Studio).
 */
import type { ConfigNode, ParsedConfig } from '../../config/types.js';
import type { LabelPick } from '../../format/write-items.js';
import { labelNode } from '../../render/image/image-regions.js';
import { optionResultValue } from '../../model/options.js';

/** Shape each drawing control makes, by tag. */
const SHAPE_OF: Readonly<Record<string, 'rectangle' | 'polygon'>> = {
  Rectangle: 'rectangle',
  RectangleLabels: 'rectangle',
  Polygon: 'polygon',
  PolygonLabels: 'polygon',
};

export interface DrawTool {
  readonly name: string;
  readonly shape: 'rectangle' | 'polygon';
  /** Result type of the tool's own item: `rectanglelabels` or `rectangle`. */
  readonly type: string;
  readonly labels: readonly LabelPick[];
}

/** Controls whose `toName` names this object, in config order. */
export function controlsOf(config: ParsedConfig, objectName: string): ConfigNode[] {
  return config.controls.filter((c) => config.targets.get(nameOf(c))?.includes(objectName));
}

/** Bare shape tools of the image that this increment draws (rectangles). */
export function bareTools(controls: readonly ConfigNode[]): ConfigNode[] {
  return controls.filter((c) => c.tag === 'Rectangle' || c.tag === 'Polygon');
}

/** Controls whose chosen labels a new region takes, or that relabel the selected one. */
export function labellingControls(controls: readonly ConfigNode[]): ConfigNode[] {
  return controls.filter(
    (c) => c.tag === 'Labels' || c.tag === 'RectangleLabels' || c.tag === 'PolygonLabels',
  );
}

export function activeTool(
  controls: readonly ConfigNode[],
  chosen: ReadonlyMap<string, readonly string[]>,
  pressedTool: string | undefined,
  /** The palette chosen from last: it wins when several shape tools have a label chosen. */
  lastPalette?: string,
): DrawTool | undefined {
  const picks = (tags: readonly string[]): LabelPick[] =>
    controls
      .filter((c) => tags.includes(c.tag) && (chosen.get(nameOf(c))?.length ?? 0) > 0)
      .map((c) => ({
        fromName: nameOf(c),
        type: String(c.spec?.resultType ?? 'labels'),
        values: resultValues(c, chosen.get(nameOf(c))!),
        ...(c.attrs.allowEmpty === true ? { allowEmpty: true } : {}),
      }));
  const ready = controls.filter(
    (c) =>
      Object.hasOwn(SHAPE_OF, c.tag) && c.tag.endsWith('Labels') && (chosen.get(nameOf(c))?.length ?? 0) > 0,
  );
  const merged = ready.find((c) => nameOf(c) === lastPalette) ?? ready[0];
  if (merged) {
    // its own labels, and those of split-form Labels controls; never another shape tool's
    const labels = picks([merged.tag, 'Labels']).filter(
      (pick) => pick.type === 'labels' || pick.fromName === nameOf(merged),
    );
    return {
      name: nameOf(merged),
      type: String(merged.spec?.resultType),
      shape: SHAPE_OF[merged.tag]!,
      labels,
    };
  }
  const bare = bareTools(controls);
  const split = picks(['Labels']);
  const tool =
    bare.find((c) => nameOf(c) === pressedTool) ??
    (bare.length === 1 && split.length > 0 ? bare[0] : undefined);
  return tool
    ? { name: nameOf(tool), type: String(tool.spec?.resultType), shape: SHAPE_OF[tool.tag]!, labels: split }
    : undefined;
}

/** Palette values are the labels' values; results carry their alias when they have one. */
export function resultValues(control: ConfigNode, values: readonly string[]): string[] {
  return values.map((v) => {
    const node = labelNode(control, v);
    return node ? optionResultValue(node) : v;
  });
}

export function nameOf(node: ConfigNode): string {
  return String(node.attrs.name ?? '');
}

/** Whether a labelling control's labels may go on a region of this shape. */
export function labelsFit(control: ConfigNode, shape: 'rectangle' | 'polygon' | undefined): boolean {
  if (shape === undefined) return false;
  return control.tag === 'Labels' || SHAPE_OF[control.tag] === shape;
}

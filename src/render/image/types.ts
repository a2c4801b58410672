/**
 * What the image stage takes and offers, as types only: the element imports these without loading
 * Pixi (the stage itself arrives by dynamic `import()`).
 */
import type { Handle, PercentRect, Point, Size } from './geometry.js';
import type { Shape } from './shapes.js';
import type { HorizontalAlignment, View, ZoomLimits } from './viewport.js';

/** How a region is painted: CSS colours (Label `background`, or the tool's colours), alpha, width. */
export interface RegionStyle {
  readonly stroke: string;
  readonly fill: string;
  readonly fillAlpha: number;
  /** Stroke width in CSS pixels (it stays the same at every zoom, as in Label Studio). */
  readonly strokeWidth: number;
}

interface RegionBase {
  readonly id: string;
  /** Drawing order: higher is drawn on top. */
  readonly order: number;
  readonly style: RegionStyle;
}

/** A region as the result states it, in percent of the natural image size. */
export type RegionShape =
  | (RegionBase & { readonly kind: 'rectangle'; readonly rect: PercentRect })
  | (RegionBase & {
      readonly kind: 'polygon';
      readonly points: readonly (readonly [number, number])[];
      readonly closed: boolean;
    });

export interface RegionChanges {
  /** Replace every region with these. */
  readonly reset?: readonly RegionShape[];
  readonly upsert?: readonly RegionShape[];
  readonly remove?: readonly string[];
}

/** A shape being drawn (`id` undefined) or edited, shown live and not yet committed. */
export interface Preview {
  readonly id: string | undefined;
  readonly shape: Shape;
  readonly style: RegionStyle;
}

export interface StageChanges {
  readonly regions?: RegionChanges;
  /** The selected region (`null` for none). */
  readonly selected?: string | null;
  readonly preview?: Preview | null;
  /** A new view. `gesture` views (wheel, pan) reuse the cached region layer until the view rests. */
  readonly view?: { readonly view: View; readonly gesture: boolean };
  /** The stage's box in CSS pixels changed. */
  readonly box?: Size;
}

export interface ImageStage {
  /** Natural image size. */
  readonly image: Size;
  readonly box: Size;
  readonly view: View;
  readonly limits: ZoomLimits;
  readonly align: HorizontalAlignment;
  readonly canvas: HTMLCanvasElement;
  update(changes: StageChanges): void;
  /** The region under an image point; `tolerance` in CSS pixels. */
  pick(image: Point, tolerance?: number): string | undefined;
  /** A region's shape in natural image pixels. */
  shapeOf(id: string): Shape | undefined;
  /** The selected region's handle under a screen point. */
  handleAt(screen: Point): Handle | undefined;
  /** Resolves after the next frame painted with the region layer up to date (no gesture pending). */
  settled(): Promise<void>;
  destroy(): void;
}

export interface MountOptions {
  /** The element the canvas goes into; its size is the stage's box. */
  readonly host: HTMLElement;
  /** An address already checked by `checkImageUrl`. */
  readonly url: string;
  readonly box: Size;
  readonly crossOrigin?: 'none' | 'anonymous' | 'use-credentials';
  readonly smoothing?: boolean;
  readonly limits: ZoomLimits;
  readonly align: HorizontalAlignment;
  readonly signal?: AbortSignal;
}

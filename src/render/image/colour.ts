/**
 * CSS colour text (a Label's `background`, a tool's `strokeColor`) to the number Pixi draws with.
 * Pixi's `Color` reads names, hex and rgb()/hsl(); anything it cannot read falls back to Label
 * Studio's default tool colour instead of throwing in the middle of a frame.
 */
import { Color } from 'pixi.js';

export const FALLBACK_COLOUR = '#f48a42';

const cache = new Map<string, number>();

export function parseColour(css: string): number {
  let n = cache.get(css);
  if (n === undefined) {
    try {
      n = new Color(css.trim().toLowerCase()).toNumber();
    } catch {
      n = new Color(FALLBACK_COLOUR).toNumber();
    }
    if (cache.size > 1000) cache.clear();
    cache.set(css, n);
  }
  return n;
}

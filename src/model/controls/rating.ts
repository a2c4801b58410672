import type { ConfigNode } from '../../config/types.js';
import { numberAttr } from './attrs.js';

/**
 * Rating semantics (ls-spec §6.18): `{rating: n}`, an integer 1..`maxRating`. Label Studio's star
 * widget clears the rating when the current star is picked again; a rating of 0 is no result.
 * `defaultValue` is not read: Label Studio hands it to a controlled widget that ignores it, so it
 * neither shows nor stores anything there, and showing stars that are not stored would mislead.
 */

export type RatingIcon = 'star' | 'heart' | 'fire' | 'smile';
export type RatingSize = 'small' | 'medium' | 'large';

export interface RatingSettings {
  readonly maxRating: number;
  readonly size: RatingSize;
  readonly icon: RatingIcon;
}

const ICONS: readonly RatingIcon[] = ['star', 'heart', 'fire', 'smile'];
const SIZES: readonly RatingSize[] = ['small', 'medium', 'large'];

/** Stars beyond this would not fit a line and make no sense as a scale; bad configs are capped. */
const MAX_STARS = 100;

export function ratingSettings(control: ConfigNode): RatingSettings {
  const max = Math.trunc(numberAttr(control, 'maxRating') ?? 5);
  const icon = ICONS.find((i) => i === control.attrs.icon) ?? 'star';
  const size = SIZES.find((s) => s === control.attrs.size) ?? 'medium';
  return { maxRating: Math.min(MAX_STARS, Math.max(1, max)), size, icon };
}

/** The rating a payload holds, or 0 when there is none (or it is not a positive number). */
export function ratingOf(payload: unknown): number {
  return typeof payload === 'number' && Number.isFinite(payload) && payload > 0 ? Math.round(payload) : 0;
}

/** The payload for a rating: 0 removes the result item. */
export function ratingPayload(rating: number): number | undefined {
  return rating > 0 ? rating : undefined;
}

/** Picking a star: the current one clears the rating, any other sets it. */
export function pickRating(current: number, picked: number): number {
  return picked === current ? 0 : picked;
}

/**
 * The rating after a key press while the stars have focus, or undefined for keys the rating does not
 * handle. Arrows step without wrapping (a scale has ends); digits jump; 0, Delete and Backspace clear.
 */
export function ratingForKey(current: number, key: string, max: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(max, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(1, current - 1);
    case 'Home':
      return 1;
    case 'End':
      return max;
    case 'Delete':
    case 'Backspace':
    case '0':
      return 0;
    default:
      if (/^[1-9]$/.test(key) && Number(key) <= max) return Number(key);
      return undefined;
  }
}

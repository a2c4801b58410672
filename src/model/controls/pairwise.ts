/**
 * Pairwise semantics (ls-spec §6.19), free of the DOM: a Pairwise compares the two objects named in
 * `toName="left,right"` and writes `{selected: "left" | "right"}` with `to_name` = its own name.
 * Picking the side that is already selected clears the choice, as in Label Studio.
 */

export type PairwiseSide = 'left' | 'right';

export interface PairwiseObjects {
  readonly left: string;
  readonly right: string;
}

/** The two compared objects, or undefined unless `toName` names exactly two different objects. */
export function pairwiseObjects(targets: readonly string[]): PairwiseObjects | undefined {
  if (targets.length !== 2) return undefined;
  const [left, right] = targets as [string, string];
  return left !== right && left !== '' && right !== '' ? { left, right } : undefined;
}

/** The side a result's `value.selected` holds; anything else (LS's internal `"none"`) is no choice. */
export function readSelectedSide(payload: unknown): PairwiseSide | undefined {
  return payload === 'left' || payload === 'right' ? payload : undefined;
}

/** The selection after the annotator picks `side`: that side, or none when it was already picked. */
export function pickSide(current: PairwiseSide | undefined, side: PairwiseSide): PairwiseSide | undefined {
  return current === side ? undefined : side;
}

export function otherSide(side: PairwiseSide): PairwiseSide {
  return side === 'left' ? 'right' : 'left';
}

/**
 * Overlap levels for span highlights. The CSS Custom Highlight API paints one `Highlight` as the
 * union of its ranges, so two overlapping spans in the same highlight would look like one. Giving
 * overlapping spans different levels (each level its own highlight) paints the overlap once per
 * span: translucent colours stack, and nested or overlapping spans read darker where they meet.
 *
 * Greedy interval colouring over spans sorted by start: each span takes the lowest level whose
 * last span has ended. Spans that do not overlap all sit on level 0; the number of levels is the
 * deepest overlap, so O(spans × depth).
 */
export function assignLevels(spans: readonly { readonly from: number; readonly to: number }[]): number[] {
  const endOfLevel: number[] = [];
  return spans.map(({ from, to }) => {
    let level = endOfLevel.findIndex((end) => end <= from);
    if (level < 0) level = endOfLevel.length;
    endOfLevel[level] = Math.max(to, from + 1); // an empty span still takes its place
    return level;
  });
}

/**
 * Lays overlapping segments out in lanes (horizontal bands), so each stays visible and clickable.
 * Greedy interval partitioning: segments sorted by start go into the first lane that is free by then,
 * which uses the fewest lanes possible. Lanes are counted per cluster of overlapping segments, so a
 * segment that overlaps nothing keeps the full height.
 */
export interface Interval {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface LanePlace {
  /** 0 = top band. */
  readonly lane: number;
  /** Bands in this segment's cluster of overlapping segments. */
  readonly lanes: number;
}

export function assignLanes(intervals: readonly Interval[]): Map<string, LanePlace> {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const places = new Map<string, LanePlace>();
  let cluster: { id: string; lane: number }[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  let laneEnds: number[] = [];
  const closeCluster = () => {
    for (const member of cluster) places.set(member.id, { lane: member.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const interval of sorted) {
    // touching segments (one ends where the next starts) do not overlap
    if (interval.start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= interval.start);
    if (lane < 0) lane = laneEnds.push(interval.end) - 1;
    else laneEnds[lane] = interval.end;
    cluster.push({ id: interval.id, lane });
    clusterEnd = Math.max(clusterEnd, interval.end);
  }
  closeCluster();
  return places;
}

// Side by side where they overlap: appointments of one column that overlap in time (a double booking the clinic made,
// a hold beside a booking, a cancelled one shown beside its replacement) share the column's width in lanes.

export interface Span {
  start: number;
  end: number;
}

export interface Placed<T> {
  item: T;
  /** 0-based lane from the left. */
  lane: number;
  /** Lanes in the item's group of transitively overlapping items: its width is 1 / lanes of the column. */
  lanes: number;
}

/**
 * Greedy lanes: items sorted by start (longer first on a tie) take the leftmost lane that is free at their start; a
 * group ends where no item of it reaches, and all its items share the group's lane count. Touching items (one ends
 * when the next begins) do not overlap. Zero-length items count as one unit long.
 */
export function layoutOverlaps<T>(items: readonly T[], span: (item: T) => Span): Placed<T>[] {
  const sorted = items
    .map((item) => {
      const s = span(item);
      return { item, start: s.start, end: Math.max(s.end, s.start + 1) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Placed<T>[] = [];
  let group: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const closeGroup = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const { item, start, end } of sorted) {
    if (start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    const placed = { item, lane, lanes: 1 };
    group.push(placed);
    out.push(placed);
    groupEnd = Math.max(groupEnd, end);
  }
  closeGroup();
  return out;
}

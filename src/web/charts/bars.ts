/** Bar geometry for the page's charts: pure numbers, tested apart from the SVG. */

export interface Segment {
  readonly key: string;
  readonly value: number;
}

export interface PlacedSegment extends Segment {
  readonly x: number;
  readonly width: number;
}

/**
 * Places the segments of one bar left to right on `width` pixels, scaled to `max` (the longest bar, or the bar's own total
 * for a 100 % bar); zero segments take no room.
 */
export function placeSegments(segments: readonly Segment[], max: number, width: number): PlacedSegment[] {
  let x = 0;
  return segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const w = max > 0 ? (s.value / max) * width : 0;
      const placed = { ...s, x, width: w };
      x += w;
      return placed;
    });
}

/** Bar geometry of the page's charts: segments placed end to end, scaled to the longest bar. */
import { placeSegments } from '../../src/web/charts/bars';

describe('placeSegments', () => {
  it('scales to the longest bar: 84 000 + 28 000 of a 112 000 maximum fill 300 px', () => {
    expect(placeSegments([{ key: 'a', value: 84_000 }, { key: 'b', value: 28_000 }], 112_000, 300)).toEqual([
      { key: 'a', value: 84_000, x: 0, width: 225 },
      { key: 'b', value: 28_000, x: 225, width: 75 },
    ]);
  });

  it('half the maximum takes half the width; zero segments take none', () => {
    expect(placeSegments([{ key: 'a', value: 0 }, { key: 'b', value: 50 }], 100, 300)).toEqual([{ key: 'b', value: 50, x: 0, width: 150 }]);
  });

  it('nothing to draw without a maximum', () => {
    expect(placeSegments([{ key: 'a', value: 10 }], 0, 300)).toEqual([{ key: 'a', value: 10, x: 0, width: 0 }]);
  });
});

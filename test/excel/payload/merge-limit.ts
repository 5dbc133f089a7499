/**
 * Makes the fake's Range.getMergedAreasOrNullObject fail at sync beyond 512 merged areas, as the Office.js reference
 * says Excel does ("if the merged areas count in this range is more than 512, then this method will fail"), until
 * test/excel/fake-excel/api.ts does it itself. Returns the function that restores the fake.
 */
import { FakeRange } from '../fake-excel/api';
import type { FakeRequestContext } from '../fake-excel/api';
import type { FakeSheet, Rect } from '../fake-excel/state';
import { FakeOfficeError } from '../fake-excel/state';

export const MERGED_AREAS_LIMIT = 512;

interface RangeInternals {
  readonly ctx: FakeRequestContext;
  live(): { sheet: FakeSheet; rect: Rect };
}

export function failBeyond512MergedAreas(): () => void {
  const prototype = FakeRange.prototype as unknown as { getMergedAreasOrNullObject: (this: RangeInternals) => unknown };
  const original = prototype.getMergedAreasOrNullObject;
  prototype.getMergedAreasOrNullObject = function limited(this: RangeInternals) {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.live();
      const inside = sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right);
      if (inside.length > MERGED_AREAS_LIMIT) throw new FakeOfficeError('GeneralException', `More than ${MERGED_AREAS_LIMIT} merged areas`);
    });
    return original.call(this);
  };
  return () => {
    prototype.getMergedAreasOrNullObject = original;
  };
}

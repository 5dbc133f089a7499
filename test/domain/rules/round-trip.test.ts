/**
 * The rule tests lay the fixture out as a snapshot (harness.ts); here every fixture variant is also written to .xlsx
 * with exceljs and read back by the reader the command line and the page use: the findings must be the same.
 */
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { snapshotOf, validateSnapshot } from '../boundaries/snapshot';
import type { FixtureVariant, VariantId } from '../../fixtures/cls-workbooks';
import { buildWorkbookBuffer, fixtureModel, VARIANT_IDS, VARIANTS } from '../../fixtures/cls-workbooks';

// The variants that rewrite the table parts' XML after writing cannot be laid out without a file.
const LAID_OUT = VARIANT_IDS.filter((id) => (VARIANTS[id] as FixtureVariant).tableXml === undefined);

describe('the fixture read back from .xlsx validates as its laid-out snapshot', () => {
  it('covers the variants that edit the fixture', () => {
    expect(LAID_OUT.length).toBeGreaterThan(10);
  });

  it.each(LAID_OUT)('%s', async (variant: VariantId) => {
    const read = await readWorkbookBuffer(await buildWorkbookBuffer(variant));
    const laidOut = snapshotOf(fixtureModel(variant));
    expect(validateSnapshot(laidOut).findings).toEqual(validateSnapshot(read).findings);
  });
});

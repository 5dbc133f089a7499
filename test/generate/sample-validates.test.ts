import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { PROFILE_IDS } from '../../src/domain/report';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { writePlanToBuffer } from '../../src/xlsx/write';

const cases = PROFILE_IDS.flatMap((profile) => ([3, 4, 5] as const).map((years) => ({ profile, years })));

describe('the generated sample, written and read back, validates', () => {
  it.each(cases)('with zero errors: $profile, $years years', async ({ profile, years }) => {
    const snapshot = await readWorkbookBuffer(await writePlanToBuffer(planWorkbook({ profile, years, sample: true })));
    for (const asOf of ['2025-03-14', '2026-11-23', `${2025 + years}-06-30`]) {
      const report = validateWorkbook(snapshot, { asOf });
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(report.profile).toBe(profile);
    }
    // Near the usual COPIL date the sample is spotless: no warning either.
    const report = validateWorkbook(snapshot, { asOf: '2026-11-23' });
    expect(report.findings).toEqual([]);
    expect(report.totals.byAction.every((a) => a.remainingCents === 0)).toBe(true);
  });

  it.each(PROFILE_IDS)('the empty workbook has no error finding (%s)', async (profile) => {
    const snapshot = await readWorkbookBuffer(await writePlanToBuffer(planWorkbook({ profile, years: 3, sample: false })));
    const report = validateWorkbook(snapshot, { asOf: '2026-11-23' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import type { ProfileId, ValidationReport } from '../../src/domain/report';
import { PROFILE_IDS } from '../../src/domain/report';
import { validateWorkbook } from '../../src/domain/validate';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { writePlanToBuffer } from '../../src/xlsx/write';

const YEARS = [3, 4, 5] as const;
const cases = PROFILE_IDS.flatMap((profile) => YEARS.map((years) => ({ profile, years })));

/** The sample as the CLI writes it and reads it back. */
const sampleSnapshot = async (profile: ProfileId, years: 3 | 4 | 5, startYear?: number): Promise<WorkbookSnapshot> =>
  readWorkbookBuffer(await writePlanToBuffer(planWorkbook({ profile, years, sample: true, ...(startYear === undefined ? {} : { startYear }) })));

const errors = (report: ValidationReport) => report.findings.filter((f) => f.severity === 'error');
const rules = (report: ValidationReport) => report.findings.map((f) => [f.rule, f.cell]);

/** The day the demo and the pane tests look at the sample signed in 2025: late November of its second year. */
const AS_OF = '2026-11-30';

/** Hand-written: « Quand évaluer » moves right with each `Réalisé année N` column. */
const WHEN_COLUMN = { 3: 'M', 4: 'N', 5: 'O' } as const;

/** Hand-summed from the sample's lines (cents): acquis is the first two years, sollicité the later ones. */
const TOTALS: Readonly<Record<ProfileId, { secured: number; requested: Readonly<Record<3 | 4 | 5, number>> }>> = {
  // Coordination 25 000 € ARS + 25 000 € collectivité a year.
  normandie: { secured: 24_843_750, requested: { 3: 13_050_000, 4: 18_350_000, 5: 23_650_000 } },
  // Coordination 25 000 € ARS + 15 000 € Région + 14 000 € collectivité a year.
  'centre-val-de-loire': { secured: 25_643_750, requested: { 3: 13_450_000, 4: 19_150_000, 5: 24_850_000 } },
  // Coordination 25 000 € ARS + 27 000 € collectivité a year.
  generic: { secured: 25_243_750, requested: { 3: 13_250_000, 4: 18_750_000, 5: 24_250_000 } },
};

describe('the generated sample, written and read back', () => {
  it.each(cases)('has zero errors whatever the day: $profile, $years years', async ({ profile, years }) => {
    const snapshot = await sampleSnapshot(profile, years);
    for (const asOf of ['2025-01-01', '2025-03-14', '2025-07-01', AS_OF, '2027-06-30', `${2025 + years}-06-30`, `${2025 + years + 2}-01-01`]) {
      const report = validateWorkbook(snapshot, { asOf });
      expect(errors(report)).toEqual([]);
      expect(report.profile).toBe(profile);
    }
  });

  it.each(cases)('shows exactly what a coordinator must look at on 30/11/2026: $profile, $years years', async ({ profile, years }) => {
    const report = validateWorkbook(await sampleSnapshot(profile, years), { asOf: AS_OF });
    expect(report.summary).toEqual({ error: 0, warning: 5, info: 0 });
    expect(report.findings.map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, params: f.params }))).toEqual([
      // 1.2.2, the guide of mental-health resources, was due on 30/06/2025.
      { rule: 'action.late', sheet: "Plan d'action", cell: 'T5', params: { end: '2025-06-30', status: 'En cours', asOf: AS_OF } },
      { rule: 'funding.action-underfunded', sheet: "Plan d'action", cell: 'W8', params: { action: '3.1.2', budgetCents: 900_000, committedCents: 743_750, remainingCents: 156_250 } },
      { rule: 'funding.action-underfunded', sheet: "Plan d'action", cell: 'W9', params: { action: '4.1.1', budgetCents: 2_400_000, committedCents: 2_100_000, remainingCents: 300_000 } },
      { rule: 'funding.action-underfunded', sheet: "Plan d'action", cell: 'W14', params: { action: '6.2.1', budgetCents: 2_700_000, committedCents: 2_250_000, remainingCents: 450_000 } },
      { rule: 'evaluation.when-imprecise', sheet: 'Évaluation', cell: `${WHEN_COLUMN[years]}26`, params: {} },
    ]);
    const { secured, requested } = TOTALS[profile];
    expect([report.totals.securedCents, report.totals.requestedCents, report.totals.committedCents]).toEqual([
      secured,
      requested[years],
      secured + requested[years],
    ]);
    // 1 562,50 € + 3 000 € + 4 500 € still to find.
    expect(report.totals.byAction.reduce((s, a) => s + Math.max(0, a.remainingCents ?? 0), 0)).toBe(906_250);
  });

  it.each(PROFILE_IDS)('the late action is late from the day after its end, whatever the signature year (%s)', async (profile) => {
    const signed2025 = await sampleSnapshot(profile, 3);
    expect(rules(validateWorkbook(signed2025, { asOf: '2025-06-30' }))).not.toContainEqual(['action.late', 'T5']);
    expect(rules(validateWorkbook(signed2025, { asOf: '2025-07-01' }))).toContainEqual(['action.late', 'T5']);
    // The pane and the web page sign the sample in the current year.
    const signed2026 = await sampleSnapshot(profile, 3, 2026);
    expect(rules(validateWorkbook(signed2026, { asOf: '2026-06-30' }))).not.toContainEqual(['action.late', 'T5']);
    expect(rules(validateWorkbook(signed2026, { asOf: '2026-07-01' }))).toContainEqual(['action.late', 'T5']);
  });

  it.each(PROFILE_IDS)('the empty workbook has no error finding (%s)', async (profile) => {
    const snapshot = await readWorkbookBuffer(await writePlanToBuffer(planWorkbook({ profile, years: 3, sample: false })));
    const report = validateWorkbook(snapshot, { asOf: AS_OF });
    expect(errors(report)).toEqual([]);
  });
});

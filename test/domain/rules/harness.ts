/** Runs the validation over an exceljs-written fixture, edited by the test. */
import { validateWorkbook } from '../../../src/domain/validate';
import type { ProfileId, ValidationReport } from '../../../src/domain/report';
import { readWorkbookBuffer } from '../../../src/xlsx/read';
import { buildWorkbookBuffer, FIXTURE_AS_OF, fixtureModel } from '../../fixtures/cls-workbooks';
import type { FixtureWorkbook } from '../../fixtures/cls-workbooks';

export async function validateFixture(
  edit: (model: FixtureWorkbook) => void = () => undefined,
  options: { profile?: ProfileId; asOf?: string } = {},
): Promise<ValidationReport> {
  const model = fixtureModel('clean');
  edit(model);
  const snapshot = await readWorkbookBuffer(await buildWorkbookBuffer(model));
  return validateWorkbook(snapshot, { asOf: options.asOf ?? FIXTURE_AS_OF, ...(options.profile ? { profile: options.profile } : {}) });
}

/** The findings as `rule severity cell` lines, the shape expected findings are written in. */
export const brief = (report: ValidationReport): string[] =>
  report.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? '-'}`);

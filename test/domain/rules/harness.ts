/**
 * Runs the validation over the clean fixture, edited by the test, laid out as the snapshot an adapter reads
 * (test/domain/boundaries/snapshot.ts): mutation testing reruns these tests for every mutant of the rules, and the
 * exceljs round trip cost 40 ms a test. round-trip.test.ts checks that writing the same fixtures to .xlsx and reading
 * them back gives the same findings.
 */
import type { ValidationReport } from '../../../src/domain/report';
import type { FixtureWorkbook } from '../../fixtures/cls-model';
import type { FixtureOptions } from '../boundaries/snapshot';
import { validateEdited } from '../boundaries/snapshot';

export async function validateFixture(edit: (model: FixtureWorkbook) => void = () => undefined, options: FixtureOptions = {}): Promise<ValidationReport> {
  return validateEdited(edit, options);
}

/** The findings as `rule severity cell` lines, the shape expected findings are written in. */
export const brief = (report: ValidationReport): string[] =>
  report.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? '-'}`);

/**
 * Runs the validation over the clean fixture, edited by the test, laid out as the snapshot an adapter reads
 * (test/domain/boundaries/snapshot.ts): mutation testing reruns these tests for every mutant of the rules, and the
 * exceljs round trip cost 40 ms a test. round-trip.test.ts checks that writing the same fixtures to .xlsx and reading
 * them back gives the same findings.
 */
import { snapshotOf } from '../boundaries/snapshot';
import { validateWorkbook } from '../../../src/domain/validate';
import type { ProfileId, ValidationReport } from '../../../src/domain/report';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { cleanModel, FIXTURE_AS_OF } from '../../fixtures/cls-model';
import type { FixtureWorkbook } from '../../fixtures/cls-model';

export interface FixtureOptions {
  readonly profile?: ProfileId;
  readonly asOf?: string;
}

/** Validates a snapshot as the rule tests do: as of the fixture's day (23/11/2026) unless told. */
export const validateAsFixture = (snapshot: WorkbookSnapshot, options: FixtureOptions = {}): ValidationReport =>
  validateWorkbook(snapshot, { asOf: options.asOf ?? FIXTURE_AS_OF, ...(options.profile ? { profile: options.profile } : {}) });

/** The clean fixture after `edit`. */
export function editedFixture(edit: (model: FixtureWorkbook) => void = () => undefined): FixtureWorkbook {
  const model = cleanModel();
  edit(model);
  return model;
}

export async function validateFixture(edit: (model: FixtureWorkbook) => void = () => undefined, options: FixtureOptions = {}): Promise<ValidationReport> {
  return validateAsFixture(snapshotOf(editedFixture(edit)), options);
}

/** The findings as `rule severity cell` lines, the shape expected findings are written in. */
export const brief = (report: ValidationReport): string[] =>
  report.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell ?? '-'}`);

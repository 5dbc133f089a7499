/**
 * The JSON of `validate --format json`, against the schema published in docs/validate-report.schema.json: the file
 * is the zod schema's (never stale), and the command's real output — the generated sample, an unusable file, a
 * review of several — passes the published schema read back, while an output that drifts from it does not.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { JsonFileReport } from '../../src/cli/json-report';
import { jsonFileReportSchema, validateJsonSchemaDocument } from '../../src/cli/report-schema';
import { run } from './helpers';

const PATH = join(__dirname, '../../docs/validate-report.schema.json');
const AS_OF = '2026-11-23';

/** The published schema, read back from its JSON: what a consumer of the report would check it with. */
const published = (): z.ZodType => z.fromJSONSchema(JSON.parse(readFileSync(PATH, 'utf8')) as Parameters<typeof z.fromJSONSchema>[0]);

/** What the published schema says about `value`: `ok`, or the paths it refuses. */
function verdict(value: unknown): string {
  const result = published().safeParse(value);
  return result.success ? 'ok' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

let dir: string;
let sample: Record<string, unknown>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cls-report-schema-'));
  expect((await run(['generate', 'exemple.xlsx', '--sample', '--profile', 'normandie'], dir)).code).toBe(0);
  const checked = await run(['validate', 'exemple.xlsx', '--format', 'json', '--as-of', AS_OF], dir);
  expect([checked.code, checked.stderr]).toEqual([0, '']);
  sample = JSON.parse(checked.stdout) as Record<string, unknown>;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('docs/validate-report.schema.json is the zod schema’s (UPDATE_REPORT_SCHEMA=1 npx jest test/cli/report-schema.test.ts rewrites it)', () => {
  const expected = `${JSON.stringify(validateJsonSchemaDocument(), null, 2)}\n`;
  if (process.env.UPDATE_REPORT_SCHEMA === '1') writeFileSync(PATH, expected);
  expect(readFileSync(PATH, 'utf8')).toBe(expected);
});

describe('the output of validate --format json passes the published schema', () => {
  it('the generated sample: a report with findings, totals by funder, year and action', () => {
    expect(verdict(sample)).toBe('ok');
    // The sample exercises the schema: findings with a cell and a suggestion, several actions and funders.
    const report = jsonFileReportSchema.parse(sample);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.totals.byAction.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(report.totals.byFunder).length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['an empty file', 'vide.xlsx', new Uint8Array(0)],
    ['a text file named .xlsx', 'texte.xlsx', 'Financeur;Montant\nARS;25000\n'],
  ])('%s: the unusable object, in French and in English', async (_case, file, content) => {
    writeFileSync(join(dir, file), content);
    for (const lang of ['fr', 'en']) {
      const result = await run(['validate', file, '--format', 'json', '--lang', lang], dir);
      expect(result.code).toBe(2);
      const json = JSON.parse(result.stdout) as { unusable?: boolean };
      expect(json.unusable).toBe(true);
      expect(verdict(json)).toBe('ok');
    }
  });

  it('several files: the review with its reports, its CLS, the file set aside and the totals', async () => {
    writeFileSync(join(dir, 'casse.xlsx'), 'pas un classeur');
    const result = await run(['validate', 'exemple.xlsx', 'casse.xlsx', '--format', 'json', '--as-of', AS_OF], dir);
    expect(result.code).toBe(2);
    const review = JSON.parse(result.stdout) as { files: unknown[]; cls: unknown[]; unusable: unknown[] };
    expect([review.files.length, review.cls.length, review.unusable.length]).toEqual([1, 1, 1]);
    expect(verdict(review)).toBe('ok');
  });
});

describe('the published schema refuses an output that drifts from it', () => {
  const edited = (edit: (report: Record<string, unknown> & { findings: Record<string, unknown>[]; totals: Record<string, unknown> }) => void): unknown => {
    const copy = structuredClone(sample) as Record<string, unknown> & { findings: Record<string, unknown>[]; totals: Record<string, unknown> };
    edit(copy);
    return copy;
  };

  it.each<[string, Parameters<typeof edited>[0]]>([
    ['a key it does not describe', (r) => (r.generatedBy = 'cls-workbook')],
    ['a finding without its message', (r) => delete r.findings[0]!.message],
    ['a rule outside the catalogue', (r) => (r.findings[0]!.rule = 'funding.unknown-rule')],
    ['a cell that is no A1 reference', (r) => (r.findings[0]!.cell = 'Financements!F7')],
    ['an amount written as text', (r) => (r.totals.committed = '123 456,78 €')],
    ['a date that is no YYYY-MM-DD', (r) => (r.asOf = '23/11/2026')],
    ['a summary without its infos', (r) => delete (r.summary as Record<string, unknown>).info],
  ])('%s', (_case, edit) => {
    expect(verdict(edited(edit))).not.toBe('ok');
  });
});

/** The schema's type as json-report.ts declares its own: read-only throughout. */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

it('describes the type json-report.ts builds (a JsonFileReport is a report of the schema)', () => {
  // Checked by the compiler: a field json-report.ts types differently from the schema fails `npm run typecheck`.
  const accepts = (report: DeepReadonly<z.output<typeof jsonFileReportSchema>>): unknown => report;
  const report: JsonFileReport = jsonFileReportSchema.parse(sample) as JsonFileReport;
  expect(accepts(report)).toBe(report);
});

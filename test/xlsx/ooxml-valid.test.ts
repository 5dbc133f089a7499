/**
 * Every workbook the project writes passes Microsoft's Open XML SDK validator: `generate` for each profile,
 * duration and content, the `--report` workbook, the partner statement, and the web page's two downloads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf, writeFixture } from '../fixtures/cls-workbooks';
import { AS_OF, run } from '../cli/helpers';
import { downloadWorkbook } from '../../src/web/download';
import type { OoxmlMessage } from './ooxml';
import { sortMessages, validateXlsxFiles } from './ooxml';

const PROFILES = ['normandie', 'centre-val-de-loire', 'generic'] as const;
const YEARS = ['3', '5'] as const;
const GENERATED = PROFILES.flatMap((profile) =>
  YEARS.flatMap((years) => [false, true].map((sample) => ({ file: `generate-${profile}-${years}-${sample ? 'sample' : 'empty'}.xlsx`, profile, years, sample }))),
);
/** `--report` workbooks: findings with cell links, a commitment without a year (once in English), several files. */
const REPORTS = [
  { file: 'report-ref-error.xlsx', args: ['refError.xlsx'] },
  { file: 'report-no-year.xlsx', args: ['noYear.xlsx'] },
  { file: 'report-no-year-en.xlsx', args: ['noYear.xlsx', '--lang', 'en'] },
  { file: 'report-several.xlsx', args: ['clean.xlsx', 'refError.xlsx', 'noYear.xlsx'] },
] as const;
/** Partner statements (`statement --out`): the ARS with its coordination table, a partner with a line written otherwise, in English. */
const STATEMENTS = [
  { file: 'statement-ars.xlsx', args: ['clean.xlsx', '--funder', 'ARS'] },
  { file: 'statement-cpam-en.xlsx', args: ['spelling.xlsx', '--funder', 'CPAM', '--year', '2026', '--lang', 'en'] },
] as const;
const DOWNLOADS = [
  { file: 'web-empty.xlsx', sample: false },
  { file: 'web-sample.xlsx', sample: true },
] as const;
const FILES = [...GENERATED, ...REPORTS, ...STATEMENTS, ...DOWNLOADS].map((v) => v.file);

let dir: string;
let results: Map<string, OoxmlMessage[]>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cls-ooxml-'));
  for (const { file, profile, years, sample } of GENERATED) {
    const result = await run(['generate', file, '--profile', profile, '--years', years, ...(sample ? ['--sample'] : [])], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  }

  await writeFixture(dir, 'clean');
  await writeFixture(dir, 'refError');
  const noYear = fixtureModel('clean');
  setCell(tableOf(noYear, 'CLS_Financements'), 7, 'Année', null);
  await writeFile(join(dir, 'noYear.xlsx'), await buildWorkbookBuffer(noYear));
  for (const { file, args } of REPORTS) {
    const result = await run(['validate', ...args, '--report', file, ...AS_OF], dir);
    expect(result.stderr).toBe('');
  }
  const spelling = fixtureModel('clean');
  setCell(tableOf(spelling, 'CLS_Financements'), 9, 'Financeur', 'cpam ');
  await writeFile(join(dir, 'spelling.xlsx'), await buildWorkbookBuffer(spelling));
  for (const { file, args } of STATEMENTS) {
    const result = await run(['statement', ...args, '--out', file, ...AS_OF], dir);
    expect(result.stderr).toBe('');
  }

  // As the web page does it (DownloadSection always passes the current year).
  for (const { file, sample } of DOWNLOADS) {
    const blobs: Blob[] = [];
    await downloadWorkbook({ profile: 'normandie', years: 3, sample, startYear: new Date().getFullYear() }, (blob) => blobs.push(blob));
    await writeFile(join(dir, file), new Uint8Array(await blobs[0]!.arrayBuffer()));
  }

  const byPath = await validateXlsxFiles(FILES.map((f) => join(dir, f)));
  results = new Map(FILES.map((f) => [f, byPath.get(join(dir, f)) ?? []]));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Open XML SDK validation', () => {
  it('validated every file', () => {
    expect([...results.keys()]).toEqual(FILES);
  });

  it.each(FILES)('%s has no error apart from exceljs font order in styles.xml', (file) => {
    const { errors, noise } = sortMessages(results.get(file)!);
    expect(errors).toEqual([]);
    // The filter only ever removes font-order messages of styles.xml.
    for (const m of noise) expect(m).toMatchObject({ path: { partUri: '/xl/styles.xml', xpath: expect.stringMatching(/^\/x:styleSheet\[1\]\/x:fonts\[1\]\/x:font\[\d+\]$/) } });
  });
});

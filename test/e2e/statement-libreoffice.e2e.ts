/**
 * A partner statement's figures are the partner's column of the live `Engagements partenaires` matrix: the sample
 * (with slips typed in: a partner spelled otherwise, an amount as text) is recalculated by LibreOffice Calc, and for
 * every partner of the list `cls-workbook statement --format json` equals the recalculated column — its total and
 * each action or objet row — to the cent, over the whole contract and for one year chosen in the matrix's selector.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { ENGAGEMENT_HEADERS, MATRIX_HEADER_ROW } from '../../src/domain/generate/engagements';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { columnLetter } from '../../src/domain/values/a1';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { run } from '../cli/helpers';
import { sheetValues, zipEntries } from '../generate/zip';
import type { XmlCellValue } from '../generate/zip';
import { makeProfile } from './libreoffice';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };

const ENGAGEMENTS = 'Engagements partenaires';
const AS_OF = ['--as-of', '2026-11-30'];

/** The recalculated matrix: row label (N° action or objet) → column header → value, and the partner headers. */
function matrixOf(values: Map<string, XmlCellValue>): { rows: Map<string, Map<string, XmlCellValue>>; partners: string[] } {
  const headers: string[] = [];
  for (let c = 1; values.get(`${columnLetter(c)}${MATRIX_HEADER_ROW}`) != null; c++) headers.push(String(values.get(`${columnLetter(c)}${MATRIX_HEADER_ROW}`)));
  const rows = new Map<string, Map<string, XmlCellValue>>();
  for (let r = MATRIX_HEADER_ROW + 1; r < 500; r++) {
    const number = values.get(`A${r}`);
    const label = values.get(`B${r}`);
    const key = typeof number === 'string' && number !== '' ? number : String(label ?? '');
    if (key === '') continue;
    rows.set(key, new Map(headers.map((h, c) => [h, values.get(`${columnLetter(c + 1)}${r}`) ?? null])));
    if (label === ENGAGEMENT_HEADERS.totalsRow) break;
  }
  return { rows, partners: headers.slice(2, headers.indexOf(ENGAGEMENT_HEADERS.unlisted)) };
}

const cents = (v: unknown): number => (typeof v === 'number' ? Math.round(v * 100) : 0);

interface StatementJson {
  totals: { committed: number };
  byAction: { action: string | null; object: string; committed: number }[];
}

describe('partner statements against the matrix recalculated by LibreOffice Calc', () => {
  const soffice = requirePrograms(['libreoffice']).libreoffice!;
  let dir: string;
  const recalculated = new Map<string, Map<string, XmlCellValue>>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cls-statement-e2e-'));
    const profile = makeProfile(dir);
    writeFileSync(join(dir, 'sample.xlsx'), await writePlanToBuffer(planWorkbook({ profile: 'normandie', years: 3, sample: true })));
    // Slips a partner without the add-in types: the CPAM spelled « cpam  », a CAF amount typed as text.
    const slipped = new Workbook();
    await slipped.xlsx.readFile(join(dir, 'sample.xlsx'));
    const lines = slipped.getWorksheet('Financements')!;
    let cpam = 0;
    let caf = 0;
    lines.eachRow((row, n) => {
      if (n === 1) return;
      const [funder, nature, status] = [row.getCell(3).value, row.getCell(4).value, row.getCell(7).value];
      const committed = nature === 'Financier' && (status === 'Acquis' || status === 'Sollicité');
      if (committed && funder === 'CPAM' && cpam === 0) cpam = n;
      if (committed && funder === 'CAF' && caf === 0) caf = n;
    });
    expect(lines.getCell(1, 3).value).toBe('Financeur');
    expect(lines.getCell(1, 6).value).toBe('Montant (€)');
    lines.getCell(cpam, 3).value = 'cpam ';
    lines.getCell(caf, 6).value = '3 000 €';
    await slipped.xlsx.writeFile(join(dir, 'slips.xlsx'));
    const yearly = new Workbook();
    await yearly.xlsx.readFile(join(dir, 'slips.xlsx'));
    yearly.getWorksheet(ENGAGEMENTS)!.getCell('B3').value = 2026;
    await yearly.xlsx.writeFile(join(dir, 'slips2026.xlsx'));

    const out = join(dir, 'out');
    mkdirSync(out);
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, join(dir, 'slips.xlsx'), join(dir, 'slips2026.xlsx')], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    for (const name of ['slips', 'slips2026']) recalculated.set(name, sheetValues(zipEntries(readFileSync(join(out, `${name}.xlsx`))), ENGAGEMENTS));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['the whole contract', 'slips', [] as string[]],
    ['the year 2026', 'slips2026', ['--year', '2026']],
  ])('over %s, every partner’s statement equals its column, row by row, to the cent', async (_label, file, yearArgs) => {
    const { rows, partners } = matrixOf(recalculated.get(file)!);
    expect(partners).toEqual(['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA', 'Préfecture', 'Autre']);
    const disagreements: string[] = [];
    let compared = 0;
    for (const partner of partners) {
      const cli = await run(['statement', join(dir, 'slips.xlsx'), '--funder', partner, '--format', 'json', ...yearArgs, ...AS_OF], dir);
      expect(cli.stderr).toBe('');
      const json = JSON.parse(cli.stdout) as StatementJson;
      const column = (label: string): number => cents(rows.get(label)?.get(partner));
      if (cents(json.totals.committed) !== column(ENGAGEMENT_HEADERS.totalsRow)) disagreements.push(`${partner} total: ${json.totals.committed} ≠ ${column(ENGAGEMENT_HEADERS.totalsRow) / 100}`);
      compared += 1;
      // Each row of the matrix, the partner's cell: what the statement shows for that action or objet (0 when absent).
      for (const label of [...rows.keys()].filter((l) => l !== ENGAGEMENT_HEADERS.totalsRow)) {
        const row = json.byAction.find((a) => (a.action ?? a.object) === label);
        const ours = row === undefined ? 0 : cents(row.committed);
        if (ours !== column(label)) disagreements.push(`${partner} × ${label}: ${ours / 100} ≠ ${column(label) / 100}`);
        compared += 1;
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it('the slips bite: the CPAM line written otherwise and the CAF amount typed as text are outside both the column and the statement', async () => {
    const { rows } = matrixOf(recalculated.get('slips')!);
    const cpam = JSON.parse((await run(['statement', join(dir, 'slips.xlsx'), '--funder', 'CPAM', '--format', 'json', ...AS_OF], dir)).stdout) as StatementJson & {
      otherSpellings: { funder: string; amount: number }[];
    };
    expect(cpam.otherSpellings).toEqual([expect.objectContaining({ funder: 'cpam ' })]);
    const clean = JSON.parse((await run(['statement', join(dir, 'sample.xlsx'), '--funder', 'CPAM', '--format', 'json', ...AS_OF], dir)).stdout) as StatementJson;
    expect(cents(clean.totals.committed) - cents(cpam.totals.committed)).toBe(cents(cpam.otherSpellings[0]!.amount));
    expect(cents(rows.get(ENGAGEMENT_HEADERS.totalsRow)!.get('CPAM'))).toBe(cents(cpam.totals.committed));
  });
});

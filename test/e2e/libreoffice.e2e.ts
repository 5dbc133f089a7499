/**
 * LibreOffice Calc recalculates the generated workbook from scratch: every cell of the
 * `Engagements partenaires` matrix must equal, to the cent, what we compute here from the plan's
 * CLS_Financements rows; editing an amount must move the totals; and the sheets must render cleanly.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workbook } from 'exceljs';
import { ENGAGEMENT_HEADERS, MATRIX_HEADER_ROW, OTHER_OBJECTS } from '../../src/domain/generate/engagements';
import type { PlanCell, TablePlan, WorkbookPlan } from '../../src/domain/generate/plan';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { columnLetter } from '../../src/domain/values/a1';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { sheetValues, zipEntries } from '../generate/zip';
import type { XmlCellValue } from '../generate/zip';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };

const ENGAGEMENTS = 'Engagements partenaires';
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** A throw-away LibreOffice profile that recalculates every formula of .xlsx files on load. */
function makeProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const item = (name: string): string =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  return pathToFileURL(join(dir, 'profile')).href;
}

interface Line {
  object: string;
  action: string;
  funder: string;
  nature: string;
  year: number;
  cents: number;
  status: string;
}

const tableOf = (plan: WorkbookPlan, name: string): TablePlan =>
  plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === name)!;

/** Rows of a planned table as header → value records. */
function records(plan: WorkbookPlan, name: string): Record<string, PlanCell>[] {
  const table = tableOf(plan, name);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.header, row[i] ?? null])));
}

function linesOf(plan: WorkbookPlan): Line[] {
  return records(plan, 'CLS_Financements').map((r) => ({
    object: String(r['Objet']),
    action: r['N° action'] === null ? '' : String(r['N° action']),
    funder: String(r['Financeur']),
    nature: String(r['Nature']),
    year: Number(r['Année']),
    cents: Math.round(Number(r['Montant (€)']) * 100),
    status: String(r['Statut']),
  }));
}

/** Expected matrix, independently of the generator: label → column header → cents (or ratio for coverage). */
function expectedMatrix(plan: WorkbookPlan, lines: Line[], year: number | null): Map<string, Map<string, number | ''>> {
  const funders = records(plan, 'CLS_Financeurs').map((r) => String(r['Financeur']));
  const actions = records(plan, 'CLS_Actions');
  const params = new Map(records(plan, 'CLS_Parametres').map((r) => [String(r['Paramètre']), r['Valeur']]));
  const committed = lines.filter(
    (l) => l.nature === 'Financier' && (l.status === 'Acquis' || l.status === 'Sollicité') && (year === null || l.year === year),
  );
  const sum = (keep: (l: Line) => boolean): number => committed.filter(keep).reduce((s, l) => s + l.cents, 0);
  const matrix = new Map<string, Map<string, number | ''>>();
  const put = (label: string, keep: (l: Line) => boolean, budgetCents: number | null): void => {
    const row = new Map<string, number | ''>();
    for (const f of funders) row.set(f, sum((l) => keep(l) && l.funder === f));
    const total = sum(keep);
    row.set(ENGAGEMENT_HEADERS.total, total);
    row.set(ENGAGEMENT_HEADERS.budget, budgetCents ?? '');
    row.set(ENGAGEMENT_HEADERS.remaining, budgetCents === null || year !== null ? '' : budgetCents - total);
    row.set(ENGAGEMENT_HEADERS.coverage, budgetCents === null || year !== null ? '' : total / budgetCents);
    matrix.set(label, row);
  };
  for (const a of actions) {
    const n = String(a['N° action']);
    put(n, (l) => l.object === 'Action' && l.action === n, Math.round(Number(a['Budget prévisionnel (€)']) * 100));
  }
  const coordinationBudget = Number(params.get('Coût annuel du poste de coordination (€)')) * Number(params.get('Durée (années)')) * 100;
  for (const o of OTHER_OBJECTS) put(o, (l) => l.object === o, o === 'Coordination' ? coordinationBudget : null);
  // Totals: every commitment for the partner columns and the total; sums of the rows for budget and remaining.
  const rows = [...matrix.values()];
  const total = new Map<string, number | ''>();
  for (const f of funders) total.set(f, sum((l) => l.funder === f));
  total.set(ENGAGEMENT_HEADERS.total, sum(() => true));
  const budget = rows.reduce((s, r) => s + (r.get(ENGAGEMENT_HEADERS.budget) || 0), 0);
  const remaining = rows.reduce((s, r) => s + (r.get(ENGAGEMENT_HEADERS.remaining) || 0), 0);
  total.set(ENGAGEMENT_HEADERS.budget, budget);
  total.set(ENGAGEMENT_HEADERS.remaining, year !== null ? '' : remaining);
  total.set(ENGAGEMENT_HEADERS.coverage, year !== null ? '' : (budget - remaining) / budget);
  matrix.set(ENGAGEMENT_HEADERS.totalsRow, total);
  return matrix;
}

/** The matrix as LibreOffice computed it: label → header → value, read from the recalculated file's XML. */
function actualMatrix(values: Map<string, XmlCellValue>): { matrix: Map<string, Map<string, XmlCellValue>>; headers: string[] } {
  const headers: string[] = [];
  for (let c = 1; values.get(`${columnLetter(c)}${MATRIX_HEADER_ROW}`) != null; c++) headers.push(String(values.get(`${columnLetter(c)}${MATRIX_HEADER_ROW}`)));
  const matrix = new Map<string, Map<string, XmlCellValue>>();
  for (let r = MATRIX_HEADER_ROW + 1; ; r++) {
    const number = values.get(`A${r}`);
    const label = values.get(`B${r}`);
    const key = typeof number === 'string' && number !== '' ? number : String(label ?? '');
    if (key === '') continue;
    matrix.set(key, new Map(headers.map((h, c) => [h, values.get(`${columnLetter(c + 1)}${r}`) ?? null])));
    if (label === ENGAGEMENT_HEADERS.totalsRow) break;
    if (r > 500) throw new Error('no totals row');
  }
  return { matrix, headers };
}

function compare(expected: Map<string, Map<string, number | ''>>, actual: Map<string, Map<string, XmlCellValue>>): string[] {
  const problems: string[] = [];
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [label, row] of expected) {
    for (const [header, want] of row) {
      const got = actual.get(label)?.get(header);
      const ok =
        want === ''
          ? got === '' || got === null
          : header === ENGAGEMENT_HEADERS.coverage
            ? typeof got === 'number' && Math.abs(got - want) < 1e-12
            : typeof got === 'number' && Math.round(got * 100) === want;
      if (!ok) problems.push(`${label} × ${header}: attendu ${String(want)}, LibreOffice ${String(got)}`);
    }
  }
  return problems;
}

describe('generated workbook recalculated by LibreOffice Calc', () => {
  const soffice = requirePrograms(['libreoffice']).libreoffice!;
  let dir: string;
  let profile: string;
  let plan: WorkbookPlan;
  const converted = new Map<string, Map<string, string>>();

  const convert = (inputs: string[], target: string, outDir: string): void => {
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...inputs], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cls-e2e-'));
    profile = makeProfile(dir);
    plan = planWorkbook({ profile: 'normandie', years: 3, sample: true });
    const original = join(dir, 'original.xlsx');
    writeFileSync(original, await writePlanToBuffer(plan));

    // A copy edited with exceljs, as a partner without the add-in would edit it: one amount changes.
    const edited = new Workbook();
    await edited.xlsx.readFile(original);
    const fundings = edited.getWorksheet('Financements')!;
    const row = findFundingRow(plan, '1.1.1', 'ARS');
    fundings.getCell(`F${row}`).value = 6123.45;
    await edited.xlsx.writeFile(join(dir, 'edited.xlsx'));

    // A copy where the year selector shows 2026.
    const yearly = new Workbook();
    await yearly.xlsx.readFile(original);
    yearly.getWorksheet(ENGAGEMENTS)!.getCell('B3').value = 2026;
    await yearly.xlsx.writeFile(join(dir, 'year2026.xlsx'));

    const out = join(dir, 'out');
    mkdirSync(out);
    // One LibreOffice start for the three files.
    convert([original, join(dir, 'edited.xlsx'), join(dir, 'year2026.xlsx')], 'xlsx', out);
    for (const name of ['original', 'edited', 'year2026']) converted.set(name, zipEntries(readFileSync(join(out, `${name}.xlsx`))));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every cell of the matrix and its totals equals the commitments, to the cent', () => {
    const { matrix, headers } = actualMatrix(sheetValues(converted.get('original')!, ENGAGEMENTS));
    expect(headers.slice(2, -4)).toEqual(records(plan, 'CLS_Financeurs').map((r) => r['Financeur']));
    expect(compare(expectedMatrix(plan, linesOf(plan), null), matrix)).toEqual([]);
    // Titles come from CLS_Actions through INDEX.
    const values = sheetValues(converted.get('original')!, ENGAGEMENTS);
    expect(values.get(`B${MATRIX_HEADER_ROW + 1}`)).toBe(records(plan, 'CLS_Actions')[0]!["Intitulé de l'action"]);
  });

  it('an amount edited without the add-in moves the row, the partner column and the totals', () => {
    const lines = linesOf(plan);
    const target = lines.find((l) => l.object === 'Action' && l.action === '1.1.1' && l.funder === 'ARS')!;
    target.cents = 612_345;
    const { matrix } = actualMatrix(sheetValues(converted.get('edited')!, ENGAGEMENTS));
    expect(compare(expectedMatrix(plan, lines, null), matrix)).toEqual([]);
    expect(matrix.get('1.1.1')!.get(ENGAGEMENT_HEADERS.remaining)).toBeCloseTo(-123.45, 10);
    const before = actualMatrix(sheetValues(converted.get('original')!, ENGAGEMENTS)).matrix;
    const moved = (m: typeof matrix): number => Number(m.get(ENGAGEMENT_HEADERS.totalsRow)!.get(ENGAGEMENT_HEADERS.total));
    expect(Math.round((moved(matrix) - moved(before)) * 100)).toBe(12_345);
  });

  it('the year selector restricts every cell to that year', () => {
    const { matrix } = actualMatrix(sheetValues(converted.get('year2026')!, ENGAGEMENTS));
    expect(compare(expectedMatrix(plan, linesOf(plan), 2026), matrix)).toEqual([]);
  });

  it('no formula of any sheet evaluates to an error, and Synthèse agrees with the cached results', () => {
    const entries = converted.get('original')!;
    const errors = plan.sheets.flatMap((s) =>
      [...sheetValues(entries, s.name).entries()].filter(([, v]) => typeof v === 'string' && v.startsWith('#ERR')).map(([a, v]) => `${s.name}!${a} ${String(v)}`),
    );
    expect(errors).toEqual([]);
    const synthesis = plan.sheets.find((s) => s.name === 'Synthèse')!;
    const values = sheetValues(entries, 'Synthèse');
    const mismatches: string[] = [];
    for (const block of synthesis.blocks) {
      if (block.kind !== 'range') continue;
      const top = Number(/\d+/.exec(block.anchor)![0]);
      block.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || typeof cell !== 'object' || !('formula' in cell) || cell.result === undefined) return;
          const got = values.get(`${columnLetter(c + 1)}${top + r}`) ?? '';
          const same = typeof cell.result === 'number' ? typeof got === 'number' && Math.abs(got - cell.result) < 1e-9 : got === cell.result;
          if (!same) mismatches.push(`${columnLetter(c + 1)}${top + r}: ${String(cell.result)} ≠ ${String(got)}`);
        }),
      );
    }
    expect(mismatches).toEqual([]);
  });

  it('renders the matrix, the action plan and the synthesis to PNG for a human look', () => {
    const { pdftoppm } = requirePrograms(['pdftoppm']);
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdfDir = join(dir, 'pdf');
    mkdirSync(pdfDir);
    copyFileSync(join(dir, 'original.xlsx'), join(pdfDir, 'cls-exemple.xlsx'));
    // One page per sheet, in sheet order.
    convert([join(pdfDir, 'cls-exemple.xlsx')], 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}', pdfDir);
    const pdf = join(pdfDir, 'cls-exemple.pdf');
    for (const name of [ENGAGEMENTS, "Plan d'action", 'Synthèse']) {
      const page = plan.sheets.findIndex((s) => s.name === name) + 1;
      const slug = name.normalize('NFD').replace(/[^A-Za-z]+/g, '-').toLowerCase().replace(/-$/, '');
      execFileSync(pdftoppm!, ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(ARTIFACTS, slug)]);
      expect(readFileSync(join(ARTIFACTS, `${slug}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

/** Sheet row of the first CLS_Financements line for an action and a funder. */
function findFundingRow(plan: WorkbookPlan, action: string, funder: string): number {
  const index = records(plan, 'CLS_Financements').findIndex((r) => r['N° action'] === action && r['Financeur'] === funder);
  if (index < 0) throw new Error(`no funding line ${action} ${funder}`);
  return index + 2;
}

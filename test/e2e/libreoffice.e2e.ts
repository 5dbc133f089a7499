/**
 * LibreOffice Calc recalculates the generated workbook from scratch: every cell of the
 * `Engagements partenaires` matrix must equal, to the cent, what we compute here from the plan's
 * CLS_Financements rows; editing an amount must move the totals; the sheets must render cleanly; and with
 * the slips people type (`cpam `, a partner missing from the list, an amount or a year as text, `FIR (ARS)`),
 * the recalculated matrix and the command line agree partner by partner, each uncounted cell with a finding.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { ENGAGEMENT_HEADERS, MATRIX_HEADER_ROW, OTHER_OBJECTS } from '../../src/domain/generate/engagements';
import type { PlanCell, TablePlan, WorkbookPlan } from '../../src/domain/generate/plan';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { columnLetter } from '../../src/domain/values/a1';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { run } from '../cli/helpers';
import { sheetValues, zipEntries } from '../generate/zip';
import type { XmlCellValue } from '../generate/zip';
import { makeProfile } from './libreoffice';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };

const ENGAGEMENTS = 'Engagements partenaires';
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

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
    row.set(ENGAGEMENT_HEADERS.unlisted, sum((l) => keep(l) && !funders.includes(l.funder)));
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
  total.set(ENGAGEMENT_HEADERS.unlisted, sum((l) => !funders.includes(l.funder)));
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

interface Slip {
  readonly name: string;
  /** Which sample line gets the slip. */
  readonly line: (r: Record<string, PlanCell>) => boolean;
  readonly column: string;
  readonly typed: string;
  /** The rule whose finding must sit at the cell. */
  readonly rule: string;
  address?: string;
}

const committedLine = (r: Record<string, PlanCell>): boolean => r['Nature'] === 'Financier' && (r['Statut'] === 'Acquis' || r['Statut'] === 'Sollicité');
const SLIPS: Slip[] = [
  { name: 'CPAM typed lower case with a trailing space', line: (r) => committedLine(r) && r['Financeur'] === 'CPAM', column: 'Financeur', typed: 'cpam ', rule: 'funding.funder-spelling' },
  { name: 'a partner missing from the list', line: (r) => committedLine(r) && r['Financeur'] === 'MSA', column: 'Financeur', typed: 'Mutuelle familiale du Cotentin', rule: 'funding.funder-unknown' },
  { name: 'an amount typed as text', line: (r) => committedLine(r) && r['Financeur'] === 'CAF', column: 'Montant (€)', typed: '3 000 €', rule: 'funding.amount-not-counted' },
  { name: 'a year typed as text', line: (r) => committedLine(r) && r['Financeur'] === 'Conseil départemental' && r['Année'] === 2026, column: 'Année', typed: '2026', rule: 'funding.year-not-counted' },
  { name: 'the ARS written FIR (ARS)', line: (r) => committedLine(r) && r['Financeur'] === 'ARS' && r['Objet'] === 'Action', column: 'Financeur', typed: 'FIR (ARS)', rule: 'funding.funder-spelling' },
];

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

    // The sample with the slips of issue 9 typed in, as a partner without the add-in would type them.
    const slipped = new Workbook();
    await slipped.xlsx.readFile(original);
    const lines = slipped.getWorksheet('Financements')!;
    const headerRow = lines.getRow(1);
    const column = (header: string): number => {
      let found = 0;
      headerRow.eachCell((cell, c) => {
        if (cell.value === header) found = c;
      });
      if (found === 0) throw new Error(`no column ${header}`);
      return found;
    };
    for (const slip of SLIPS) {
      const row = findFundingRow(plan, slip.line);
      const cell = lines.getCell(row, column(slip.column));
      slip.address = cell.address;
      cell.value = slip.typed;
    }
    await slipped.xlsx.writeFile(join(dir, 'slips.xlsx'));
    const slipped2026 = new Workbook();
    await slipped2026.xlsx.readFile(join(dir, 'slips.xlsx'));
    slipped2026.getWorksheet(ENGAGEMENTS)!.getCell('B3').value = 2026;
    await slipped2026.xlsx.writeFile(join(dir, 'slips2026.xlsx'));

    const out = join(dir, 'out');
    mkdirSync(out);
    // One LibreOffice start for every file.
    const names = ['original', 'edited', 'year2026', 'slips', 'slips2026'];
    convert(names.map((n) => join(dir, `${n}.xlsx`)), 'xlsx', out);
    for (const name of names) converted.set(name, zipEntries(readFileSync(join(out, `${name}.xlsx`))));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every cell of the matrix and its totals equals the commitments, to the cent', () => {
    const { matrix, headers } = actualMatrix(sheetValues(converted.get('original')!, ENGAGEMENTS));
    expect(headers.slice(2, -5)).toEqual(records(plan, 'CLS_Financeurs').map((r) => r['Financeur']));
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

  describe('with the slips people type', () => {
    const cents = (v: unknown): number => (typeof v === 'number' ? Math.round(v * 100) : 0);

    it('the recalculated matrix and the command line agree partner by partner, action by action, to the cent', async () => {
      const { matrix, headers } = actualMatrix(sheetValues(converted.get('slips')!, ENGAGEMENTS));
      const cli = await run(['validate', join(dir, 'slips.xlsx'), '--format', 'json', '--as-of', '2026-11-23'], dir);
      const json = JSON.parse(cli.stdout) as {
        totals: { committed: number; secured: number; requested: number; byFunder: Record<string, number>; unlistedFunders: Record<string, number>; byAction: { action: string; committed: number }[] };
      };
      const totalsRow = matrix.get(ENGAGEMENT_HEADERS.totalsRow)!;
      const partners = headers.slice(2, -5);
      const disagreements = [
        ...partners.map((p) => [p, cents(totalsRow.get(p)), cents(json.totals.byFunder[p] ?? 0)] as const),
        [ENGAGEMENT_HEADERS.unlisted, cents(totalsRow.get(ENGAGEMENT_HEADERS.unlisted)), Object.values(json.totals.unlistedFunders).reduce((a, v) => a + cents(v), 0)] as const,
        [ENGAGEMENT_HEADERS.total, cents(totalsRow.get(ENGAGEMENT_HEADERS.total)), cents(json.totals.committed)] as const,
        ...json.totals.byAction.map((a) => [a.action, cents(matrix.get(a.action)?.get(ENGAGEMENT_HEADERS.total)), cents(a.committed)] as const),
      ].filter(([, lo, ours]) => lo !== ours);
      expect(disagreements).toEqual([]);
      // The slips moved money: the matrix is not simply the clean sample (this test can fail).
      const clean = actualMatrix(sheetValues(converted.get('original')!, ENGAGEMENTS)).matrix.get(ENGAGEMENT_HEADERS.totalsRow)!;
      expect(cents(clean.get('CPAM')) - cents(totalsRow.get('CPAM'))).toBeGreaterThan(0);
      expect(cents(totalsRow.get(ENGAGEMENT_HEADERS.unlisted))).toBeGreaterThan(0);
      // Secured and requested apart, under the matrix: engagé = acquis + sollicité.
      const values = sheetValues(converted.get('slips')!, ENGAGEMENTS);
      const rowOf = (label: string): number => Number([...values.entries()].find(([a, v]) => /^B\d+$/.test(a) && v === label)![0].slice(1));
      const totalColumn = columnLetter(headers.indexOf(ENGAGEMENT_HEADERS.total) + 1);
      expect(cents(values.get(`${totalColumn}${rowOf('Financier acquis')}`))).toBe(cents(json.totals.secured));
      expect(cents(values.get(`${totalColumn}${rowOf('Financier sollicité')}`))).toBe(cents(json.totals.requested));
      expect(cents(values.get(`${totalColumn}${rowOf('Engagé (acquis + sollicité)')}`))).toBe(cents(json.totals.committed));
    });

    it('agree for a year chosen in the selector too', async () => {
      const { matrix, headers } = actualMatrix(sheetValues(converted.get('slips2026')!, ENGAGEMENTS));
      const report = validateWorkbook(await readWorkbookBuffer(readFileSync(join(dir, 'slips.xlsx'))), { asOf: '2026-11-23' });
      const totalsRow = matrix.get(ENGAGEMENT_HEADERS.totalsRow)!;
      const disagreements = headers
        .slice(2, -5)
        .map((p) => [p, cents(totalsRow.get(p)), report.totals.byFunderYearCents[p]?.['2026'] ?? 0] as const)
        .filter(([, lo, ours]) => lo !== ours);
      expect(disagreements).toEqual([]);
      expect(cents(totalsRow.get(ENGAGEMENT_HEADERS.total))).toBe(report.totals.byYearCents['2026']);
    });

    it.each(SLIPS.map((s) => [s.name, s] as const))('%s: a finding at that cell says it is not counted in the partner table', async (_name, slip) => {
      const report = validateWorkbook(await readWorkbookBuffer(readFileSync(join(dir, 'slips.xlsx'))), { asOf: '2026-11-23' });
      const cli = await run(['validate', join(dir, 'slips.xlsx'), '--format', 'json', '--as-of', '2026-11-23'], dir);
      const findings = (JSON.parse(cli.stdout) as { findings: { rule: string; cell?: string; message: string; suggestion?: string }[] }).findings;
      const here = findings.filter((f) => f.cell === slip.address && f.rule === slip.rule);
      expect(here).toHaveLength(1);
      expect(here[0]!.message).toContain('tableau d’engagement des partenaires');
      expect(here[0]!.suggestion).toEqual(expect.any(String));
      expect(report.findings.some((f) => f.cell === slip.address && f.rule === slip.rule)).toBe(true);
    });

    it('suggests the list’s spelling for a near name, and FIR (ARS) stays the ARS for the coordination rules', async () => {
      const cli = await run(['validate', join(dir, 'slips.xlsx'), '--format', 'json', '--as-of', '2026-11-23'], dir);
      const findings = (JSON.parse(cli.stdout) as { findings: { rule: string; cell?: string; suggestion?: string }[] }).findings;
      const cpam = SLIPS[0]!;
      expect(findings.find((f) => f.cell === cpam.address)?.suggestion).toMatch(/^Vouliez-vous dire « CPAM » \?/);
      expect(findings.find((f) => f.cell === SLIPS[4]!.address)?.suggestion).toMatch(/^Vouliez-vous dire « ARS » \?/);
      expect(findings.filter((f) => /coordination/.test(f.rule))).toEqual([]);
    });
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

/** Sheet row of the first CLS_Financements line for an action and a funder (or the first line a predicate keeps). */
function findFundingRow(plan: WorkbookPlan, action: string | ((r: Record<string, PlanCell>) => boolean), funder?: string): number {
  const keep = typeof action === 'function' ? action : (r: Record<string, PlanCell>): boolean => r['N° action'] === action && r['Financeur'] === funder;
  const index = records(plan, 'CLS_Financements').findIndex(keep);
  if (index < 0) throw new Error(`no funding line ${String(action)} ${funder ?? ''}`);
  return index + 2;
}

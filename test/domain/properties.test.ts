/** Properties of the pure core (fast-check): no throw, order independence, exact money. */
import fc from 'fast-check';
import { parseDateCell, parseNumberCell, parsePercentCell } from '../../src/domain/values/cells';
import { parseMonthYear } from '../../src/domain/values/month-year';
import { parseNumberText } from '../../src/domain/values/numbers';
import { validateWorkbook } from '../../src/domain/validate';
import type { Finding } from '../../src/domain/report';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { buildWorkbookBuffer, FIXTURE_AS_OF, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.stringMatching(/^[-\d .,€%/ k]{0,12}$/),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.boolean(),
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!').map((code) => ({ kind: 'error' as const, code })),
);

describe('parsing never throws', () => {
  it('on any text or cell value', () => {
    fc.assert(
      fc.property(fc.string(), cellValue, fc.option(fc.string(), { nil: null }), (text, value, format) => {
        parseNumberText(text);
        parseNumberCell(value);
        parsePercentCell(value, format);
        parseDateCell(value, format);
        parseMonthYear(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('and validation never throws on arbitrary sheets', () => {
    const sheet = fc.record({
      name: fc.constantFrom('Paramètres', "Plan d'action", 'Financements', 'Évaluation', 'Feuil1'),
      top: fc.integer({ min: 1, max: 5 }),
      left: fc.integer({ min: 1, max: 5 }),
      values: fc.array(fc.array(fc.oneof(cellValue, fc.constantFrom('N° action', 'Financeur', 'Montant (€)', 'Objet', 'Paramètre', 'Valeur')), { maxLength: 8 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        const report = validateWorkbook({ sheets, tables: [] }, { asOf: '2026-11-23' });
        expect(report.summary.error).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

interface MutableSheet {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  formats?: (string | null)[][];
}

function clone(snapshot: WorkbookSnapshot): { sheets: MutableSheet[]; tables: WorkbookSnapshot['tables'] } {
  const copy = (s: SheetSnapshot): MutableSheet => {
    const sheet: MutableSheet = { name: s.name, top: s.top, left: s.left, values: s.values.map((r) => [...r]) };
    if (s.formats) sheet.formats = s.formats.map((r) => [...r]);
    return sheet;
  };
  return { sheets: snapshot.sheets.map(copy), tables: snapshot.tables };
}

/** Applies a permutation to the data rows (or the columns) of a table, values and formats alike. */
function permute(snapshot: WorkbookSnapshot, tableName: string, axis: 'rows' | 'columns', order: number[]): WorkbookSnapshot {
  const copy = clone(snapshot);
  const table = copy.tables.find((t) => t.name === tableName)!;
  const sheet = copy.sheets.find((s) => s.name === table.sheet)!;
  for (const grid of [sheet.values, sheet.formats].filter((g): g is (CellValue | string | null)[][] => g !== undefined)) {
    if (axis === 'rows') {
      const first = table.top + 1 - sheet.top;
      const rows = order.map((i) => grid[first + i]!);
      rows.forEach((r, i) => (grid[first + i] = r));
    } else {
      const first = table.left - sheet.left;
      for (let r = table.top - sheet.top; r <= table.bottom - sheet.top; r++) {
        const row = grid[r]!;
        const cells = order.map((i) => row[first + i] ?? null);
        cells.forEach((c, i) => (row[first + i] = c));
      }
    }
  }
  return copy;
}

/** A finding without where it sits: what must not depend on order. */
const essence = (f: Finding): string => `${f.rule}|${f.severity}|${f.column ?? ''}|${JSON.stringify(f.value ?? null)}`;
const essences = (findings: readonly Finding[]): string[] => findings.map(essence).sort();

describe('order independence', () => {
  let defective: WorkbookSnapshot;
  beforeAll(async () => {
    const model = fixtureModel('clean');
    const actions = tableOf(model, 'CLS_Actions');
    const fundings = tableOf(model, 'CLS_Financements');
    setCell(actions, 1, 'Statut', 'Terminée');
    setCell(actions, 2, 'Fin', '32/13/2026');
    setCell(actions, 3, 'Budget prévisionnel (€)', 12_345.67);
    setCell(fundings, 4, 'Montant (€)', '25 000 €');
    setCell(fundings, 8, 'Financeur', 'Mécène');
    fundings.rows.push([...fundings.rows[10]!]);
    defective = await readWorkbookBuffer(await buildWorkbookBuffer(model));
  });

  const tables = [
    ['CLS_Actions', 6, 24],
    ['CLS_Financements', 26, 8],
    ['CLS_Evaluation', 12, 13],
  ] as const;

  it.each(tables)('shuffling rows of %s keeps the findings', (name, rows) => {
    const base = validateWorkbook(defective, { asOf: FIXTURE_AS_OF });
    expect(base.summary.error).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(rows).keys()], { minLength: rows, maxLength: rows }), (order) => {
        const report = validateWorkbook(permute(defective, name, 'rows', order), { asOf: FIXTURE_AS_OF });
        expect(essences(report.findings)).toEqual(essences(base.findings));
        // Totals per action follow the plan's row order; everything else is identical.
        const sorted = (t: typeof base.totals) => ({ ...t, byAction: [...t.byAction].sort((a, b) => a.action.localeCompare(b.action)) });
        expect(sorted(report.totals)).toEqual(sorted(base.totals));
      }),
      { numRuns: 40 },
    );
  });

  it.each(tables)('shuffling columns of %s keeps the findings and their rows', (name, _rows, columns) => {
    const base = validateWorkbook(defective, { asOf: FIXTURE_AS_OF });
    const withRow = (fs: readonly Finding[]): string[] => fs.map((f) => `${essence(f)}|${f.row ?? ''}`).sort();
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(columns).keys()], { minLength: columns, maxLength: columns }), (order) => {
        const report = validateWorkbook(permute(defective, name, 'columns', order), { asOf: FIXTURE_AS_OF });
        expect(withRow(report.findings)).toEqual(withRow(base.findings));
        expect(report.totals).toEqual(base.totals);
      }),
      { numRuns: 40 },
    );
  });
});

describe('money is exact', () => {
  const header = ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut'];
  const line = fc.record({
    object: fc.constantFrom('Action', 'Coordination', 'Diagnostic'),
    action: fc.constantFrom('1.1.1', '1.1.2', '2.1.1'),
    funder: fc.constantFrom('ARS', 'CAF', 'CPAM', 'Collectivité porteuse'),
    nature: fc.constantFrom('Financier', 'Humain valorisé'),
    year: fc.constantFrom(2025, 2026, 2027),
    cents: fc.integer({ min: 0, max: 5_000_000 }),
    status: fc.constantFrom('Acquis', 'Sollicité', 'Prévisionnel'),
  });

  it('totals equal the sum of their parts, to the cent', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), (lines) => {
        const values: CellValue[][] = [header, ...lines.map((l) => [l.object, l.object === 'Action' ? l.action : null, l.funder, l.nature, l.year, l.cents / 100, l.status])];
        const snapshot: WorkbookSnapshot = {
          sheets: [{ name: 'Financements', top: 1, left: 1, values }],
          tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: values.length, right: header.length, hasHeaderRow: true }],
        };
        const { totals } = validateWorkbook(snapshot, { asOf: '2026-11-23' });
        const committed = lines.filter((l) => l.nature === 'Financier' && l.status !== 'Prévisionnel');
        const expected = committed.reduce((sum, l) => sum + l.cents, 0);
        const sum = (r: Readonly<Record<string, number>>): number => Object.values(r).reduce((a, b) => a + b, 0);
        expect(totals.committedCents).toBe(expected);
        // Without a partner list, every partner is outside the matrix's columns.
        expect(sum(totals.byFunderCents) + sum(totals.unlistedFunderCents)).toBe(expected);
        expect(totals.securedCents + totals.requestedCents).toBe(expected);
        expect(sum(totals.byYearCents)).toBe(expected);
        expect(Object.values(totals.byFunderYearCents).reduce((a, r) => a + sum(r), 0)).toBe(sum(totals.byFunderCents));
        expect(Number.isInteger(totals.committedCents)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('0.1 + 0.2 does not drift', () => {
    const values: CellValue[][] = [header, ['Coordination', null, 'ARS', 'Financier', 2026, 0.1, 'Acquis'], ['Coordination', null, 'ARS', 'Financier', 2026, 0.2, 'Acquis']];
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: 'Financements', top: 1, left: 1, values }],
      tables: [{ name: 'CLS_Financements', sheet: 'Financements', top: 1, left: 1, bottom: 3, right: 7, hasHeaderRow: true }],
    };
    expect(validateWorkbook(snapshot, { asOf: '2026-11-23' }).totals.committedCents).toBe(30);
  });
});

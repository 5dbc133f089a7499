import { Workbook } from 'exceljs';
import type { CellFormulaValue, Worksheet } from 'exceljs';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import type { TablePlan } from '../../src/domain/generate/plan';
import { OWNED_SHEETS, TABLES } from '../../src/domain/workbook/contract';
import { DYNAMIC_LIST_NAMES, LISTS } from '../../src/domain/workbook/lists';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { definedNames, zipEntries } from '../generate/zip';

/** Tables as exceljs reads them back (its typings omit the loaded model). */
interface LoadedTable {
  readonly name: string;
  readonly tableRef: string;
  readonly headerRow: boolean;
  readonly columns: readonly { readonly name: string; readonly filterButton?: boolean }[];
}
const loadedTables = (ws: Worksheet): LoadedTable[] =>
  Object.values((ws as unknown as { tables: Record<string, { table: LoadedTable }> }).tables).map((t) => t.table);

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

describe('writePlanToBuffer', () => {
  let sample: Workbook;
  let empty: Workbook;
  let sampleBytes: Uint8Array;
  beforeAll(async () => {
    sampleBytes = await writePlanToBuffer(planWorkbook({ profile: 'normandie', years: 4, sample: true }));
    sample = await load(sampleBytes);
    empty = await load(await writePlanToBuffer(planWorkbook({ profile: 'generic', years: 3, sample: false })));
  });

  it('starts with the zip signature', () => {
    expect([...sampleBytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it.each(TABLES.map((t) => [t.name, t.sheet] as const))('%s is a table on %s with a header row and filter buttons', (name, sheetName) => {
    for (const workbook of [sample, empty]) {
      const table = loadedTables(workbook.getWorksheet(sheetName)!).find((t) => t.name === name);
      expect(table).toBeDefined();
      expect(table!.headerRow).toBe(true);
      expect(table!.columns.every((c) => c.filterButton !== false)).toBe(true);
    }
  });

  it('table header cells hold the contract headers', () => {
    const ws = sample.getWorksheet("Plan d'action")!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(TABLES.find((t) => t.name === 'CLS_Actions')!.columns.map((c) => c.header));
  });

  it('keeps every defined name, including the structured references', () => {
    for (const workbook of [sample, empty]) {
      const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((n) => n.name);
      for (const list of Object.values(LISTS)) expect(names).toContain(list.name);
    }
  });

  it('writes the dynamic names verbatim into workbook.xml', () => {
    const names = definedNames(zipEntries(sampleBytes));
    expect(names.get(DYNAMIC_LIST_NAMES.funders)).toBe('CLS_Financeurs[Financeur]');
    expect(names.get(DYNAMIC_LIST_NAMES.actions)).toBe('CLS_Actions[N° action]');
    expect(names.get('Liste_Statuts')).toBe('Listes!$B$2:$B$6');
  });

  it('list validations name a list, never another sheet', () => {
    const entries = zipEntries(sampleBytes);
    const formulas = [...entries.entries()]
      .filter(([path]) => path.startsWith('xl/worksheets/sheet'))
      .flatMap(([, xml]) => [...xml.matchAll(/<dataValidation\b[^>]*type="list"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => m[1]!));
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) expect(f).toMatch(/^Liste_[A-Za-z_]+$/);
    expect(entries.get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  it.each([
    // `Objectif de l'action` follows `Contexte (besoins)`: Statut is column U.
    ["Plan d'action", 'U2', 'list', 'Liste_Statuts'],
    ["Plan d'action", 'U21', 'list', 'Liste_Statuts'],
    ['Instances', 'A2', 'list', 'Liste_Instances'],
    ['Financements', 'C2', 'list', 'Liste_Financeurs'],
    ['Financements', 'B2', 'list', 'Liste_Actions'],
    ['Financements', 'F2', 'decimal', '0'],
    ['Évaluation', 'E2', 'list', 'Liste_Types_Indicateur'],
    ['Paramètres', 'F2', 'list', 'Liste_Oui_Non'],
    ['Paramètres', 'B7', 'whole', '3'],
    [OWNED_SHEETS.engagements, 'B3', 'list', 'Liste_Annees_Selection'],
  ])('%s!%s has a %s validation on %s', (sheetName, address, type, formula) => {
    const validation = sample.getWorksheet(sheetName)!.getCell(address).dataValidation;
    expect(validation.type).toBe(type);
    expect(String(validation.formulae?.[0])).toBe(formula);
  });

  it('validations cover the spare rows under the tables', () => {
    const ws = empty.getWorksheet('Financements')!;
    expect(ws.getCell('C21').dataValidation.formulae).toEqual(['Liste_Financeurs']);
    expect(ws.getCell('F21').numFmt).toBe('#,##0.00 "€"');
  });

  it.each([
    [OWNED_SHEETS.engagements, 'C6', 'SUMIFS(CLS_Financements[Montant (€)]', 6000],
    [OWNED_SHEETS.engagements, 'A6', 'INDEX(CLS_Actions[N° action],1)', '1.1.1'],
    [OWNED_SHEETS.synthesis, 'A2', 'INDEX(CLS_Parametres[Valeur]', 'Contrat local de santé du Val de Sélune 2025-2028'],
    [OWNED_SHEETS.lists, 'P3', 'YEAR(', 2025],
  ])('%s!%s holds a live formula with its cached result', (sheetName, address, fragment, result) => {
    const value = sample.getWorksheet(sheetName)!.getCell(address).value as CellFormulaValue;
    expect(value.formula).toContain(fragment);
    expect(value.result).toBe(result);
  });

  it('applies number formats, widths, frozen panes and conditional formats', () => {
    const actions = sample.getWorksheet("Plan d'action")!;
    expect(actions.getCell('S2').numFmt).toBe('dd/mm/yyyy');
    expect(actions.getColumn('H').width).toBe(36);
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cf = (actions as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.rules[0]?.formulae?.[0])).toEqual(expect.arrayContaining([expect.stringContaining('TODAY()')]));
  });

  it('writes equal bytes for equal plans', async () => {
    const again = await writePlanToBuffer(planWorkbook({ profile: 'normandie', years: 4, sample: true }));
    const [a, b] = [await load(again), sample];
    const dump = (w: Workbook): unknown => w.worksheets.map((ws) => ws.getSheetValues());
    expect(dump(a)).toEqual(dump(b));
    expect(a.created).toEqual(b.created);
  });

  it('an empty table still has one data row under its header', () => {
    const table = loadedTables(empty.getWorksheet('Financements')!)[0]!;
    expect(table.tableRef).toBe('A1:I2');
  });

  it('exposes table plans with the rows written', () => {
    const plan = planWorkbook({ profile: 'normandie', years: 4, sample: true });
    const fundings = plan.sheets.flatMap((s) => s.blocks).find((b): b is TablePlan => b.kind === 'table' && b.name === 'CLS_Financements')!;
    const ws = sample.getWorksheet('Financements')!;
    expect(ws.getCell(`A${fundings.rows.length + 1}`).value).toBe(fundings.rows[fundings.rows.length - 1]![0]);
  });
  it('writes each data bar in the Excel 2010 form: a GUID in the cfRule, the same GUID in the sheet extLst, equal on every write', async () => {
    const sheetsWithBars = (bytes: Uint8Array): string[] =>
      [...zipEntries(bytes)].filter(([path, xml]) => path.startsWith('xl/worksheets/sheet') && xml.includes('type="dataBar"')).map(([, xml]) => xml);
    const [xml, ...others] = sheetsWithBars(sampleBytes);
    expect(others).toEqual([]);
    const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/;
    const refs = [...xml!.matchAll(/<x14:id>([^<]*)<\/x14:id>/g)].map((m) => m[1]!);
    const defined = [...xml!.matchAll(/<x14:cfRule type="dataBar" id="([^"]*)">/g)].map((m) => m[1]!);
    expect(refs).toHaveLength(2); // Synthèse: share of actions done, total per partner
    expect(refs.every((id) => GUID.test(id))).toBe(true);
    expect(new Set(refs).size).toBe(refs.length);
    expect(defined).toEqual(refs);
    expect(xml).not.toContain('<x14:id/>');
    const again = await writePlanToBuffer(planWorkbook({ profile: 'normandie', years: 4, sample: true }));
    expect(sheetsWithBars(again)).toEqual([xml]);
  });
});


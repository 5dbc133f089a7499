/**
 * Bounded payloads: every request and response of read, highlight, clearHighlights and writeControl stays under
 * 2 MB at 10 000 rows, measured with the real Office.js serializer (test/excel/payload), and Excel on the web's
 * refusal of an oversized sync is reproduced so the adapter is seen to avoid it.
 */
import { createExcelPort } from '../../src/excel';
import { clearFindingHighlights, fillsToXml, HIGHLIGHT_FILLS, HIGHLIGHT_NAMESPACE } from '../../src/excel/highlight';
import type { Finding } from '../../src/domain/report';
import { FakeWorkbookState, installFakeExcel, userWorkbook } from './fake-excel';
import type { SyncMeasure } from './payload';
import { measurePayload, measureScenario, summarize, TARGET_BYTES } from './payload';
import { controlLines, findings, scenario, wideWorkbook } from './payload/scenarios';

jest.setTimeout(60_000);

const within = (measures: readonly SyncMeasure[]) => {
  const s = summarize(measures);
  return { refused: s.refused, requestUnder2MB: s.maxRequest < TARGET_BYTES, responseUnder2MB: s.maxResponse < TARGET_BYTES };
};
const ok = { refused: 0, requestUnder2MB: true, responseUnder2MB: true };

describe('the payload harness', () => {
  it('refuses a sync over the limit as Excel on the web does, and lets nothing of it run', async () => {
    const state = userWorkbook(10);
    const log: SyncMeasure[][] = [];
    const uninstall = installFakeExcel(state, { payloadLimitBytes: TARGET_BYTES, payloadLog: log });
    try {
      const write = Excel.run(async (context) => {
        // The unbounded pattern we replaced: 30 000 rows of text in one sync.
        context.workbook.worksheets.getItem('Financements').getRange('E1:E30000').values = Array.from({ length: 30_000 }, () => ['x'.repeat(80)]);
        await context.sync();
      });
      await expect(write).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      expect(state.sheet('Financements')!.cellAt('E1')?.value ?? null).toBeNull();
      expect(log.flat()[0]?.request).toBeGreaterThan(2_400_000);
    } finally {
      uninstall();
    }
  });
});

describe.each([10_000, 20_000])('at %i rows every request and response stays under 2 MB (real serializer)', (rows) => {
  it.each(['read', 'apply', 'highlight', 'clearHighlights', 'writeControl'] as const)('%s', async (operation) => {
    const measures = await measureScenario(scenario(operation, rows), { limitBytes: TARGET_BYTES });
    expect(within(measures)).toEqual(ok);
  });
});

describe('syncs: constant for small workbooks, growing with size', () => {
  it.each([
    ['read', 4, 10],
    ['highlight', 3, 3],
    ['clearHighlights', 4, 4],
    ['writeControl', 2, 3],
  ] as const)('%s makes %i syncs at 10 rows and more, in steps, at 10 000', async (operation, atTen, atLeastAtTenThousand) => {
    const small = await measureScenario(scenario(operation, 10));
    const big = await measureScenario(scenario(operation, 10_000));
    expect(small).toHaveLength(atTen);
    expect(big.length).toBeGreaterThan(atLeastAtTenThousand);
    // Each extra sync carries real weight: no more syncs than one per ~0.5 MB of traffic, plus the fixed ones.
    const traffic = big.reduce((sum, m) => sum + m.request + m.response, 0);
    expect(big.length).toBeLessThanOrEqual(atTen + Math.ceil(traffic / 500_000));
  });
});

describe('read()', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads a 10 000-row workbook in blocks exactly as a whole', async () => {
    const state = wideWorkbook(10_000);
    const uninstall = installFakeExcel(state, { payloadLimitBytes: TARGET_BYTES });
    const snapshot = await createExcelPort({ supports: () => true }).read().finally(uninstall);
    const suivi = snapshot.sheets.find((s) => s.name === 'Suivi')!;
    expect(suivi.values).toHaveLength(10_001);
    expect(suivi.values[10_000]![0]).toBe('Action de prévention en santé mentale auprès des jeunes du territoire 9999');
    expect(suivi.values[8]![5]).toEqual({ kind: 'error', code: '#N/A' });
    expect(suivi.values[8]![6]).toBe(1007);
    expect(suivi.formats?.[10_000]?.[0]).toBe('General');
    expect(snapshot.sheets.find((s) => s.name === "Plan d'action")!.formats?.[5]?.[2]).toBe('dd/mm/yyyy');
  });

  it('keeps a text that looks like an error as text, and an error as an error, without valueTypes for every cell', async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Données');
    sheet.set('A1', [['#N/A', { error: '#N/A' }, '#DIV/0!', { error: '#DIV/0!' }, '#hashtag']]);
    sheet.set('A1', [['#N/A']], '@');
    const log: SyncMeasure[][] = [];
    const uninstall = installFakeExcel(state, { payloadLog: log });
    try {
      const snapshot = await createExcelPort({ supports: () => true }).read();
      expect(snapshot.sheets[0]!.values).toEqual([['#N/A', { kind: 'error', code: '#N/A' }, '#DIV/0!', { kind: 'error', code: '#DIV/0!' }, '#hashtag']]);
    } finally {
      uninstall();
    }
  });

  it('reads sheets of long texts with each response under 2 MB, halving a block Excel refuses', async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Longs');
    const long = (r: number, c: number) => `${r}.${c} ${'é'.repeat(1500)}`;
    sheet.set('A1', Array.from({ length: 3_000 }, (_, r) => Array.from({ length: 8 }, (_, c) => long(r, c))));
    const log: SyncMeasure[][] = [];
    const uninstall = installFakeExcel(state, { payloadLimitBytes: TARGET_BYTES, payloadLog: log });
    try {
      const snapshot = await createExcelPort({ supports: () => true }).read();
      expect(snapshot.sheets[0]!.values).toHaveLength(3_000);
      expect(snapshot.sheets[0]!.values[2_999]![7]).toBe(long(2_999, 7));
      const accepted = log.flat().filter((m) => !m.refused);
      expect(Math.max(...accepted.map((m) => m.response))).toBeLessThan(TARGET_BYTES);
    } finally {
      uninstall();
    }
  });

  it('reads the merges of a sheet with more than 512 merged areas (getMergedAreasOrNullObject fails beyond)', async () => {
    const state = userWorkbook(10);
    const sheet = state.addSheet('Fusions');
    sheet.set('A1', Array.from({ length: 1_200 }, (_, r) => [`ligne ${r + 1}`, null]));
    for (let row = 1; row <= 1_200; row += 1) sheet.merges.push({ top: row, left: 1, bottom: row, right: 2 });
    state.sheet('Financements')!.merges.push({ top: 20, left: 1, bottom: 21, right: 1 });
    const uninstall = installFakeExcel(state);
    try {
      const snapshot = await createExcelPort({ supports: () => true }).read();
      expect(snapshot.sheets.find((s) => s.name === 'Fusions')!.merges).toHaveLength(1_200);
      expect(snapshot.sheets.find((s) => s.name === 'Financements')!.merges).toEqual(['A20:A21']);
      expect(snapshot.sheets.find((s) => s.name === 'Fusions')!.values).toHaveLength(1_200);
    } finally {
      uninstall();
    }
  });
});

describe('highlight and clearHighlights at scale', () => {
  const fills = (state: FakeWorkbookState, sheetName: string, cells: readonly string[]) => cells.map((cell) => state.sheet(sheetName)!.cellAt(cell)?.fill ?? null);

  it.each([
    ['ExcelApi 1.9 (getCellProperties)', true],
    ['ExcelApi 1.8 (one RangeFill per cell)', false],
  ])('restores 15 000 original fills, keeps a recoloured cell and a twice-highlighted cell’s original, %s', async (_label, modern) => {
    const state = userWorkbook(10_000);
    const sheet = state.sheet("Plan d'action")!;
    sheet.at(3, 2, true).fill = '#FFFF00';
    sheet.at(9_000, 4, true).fill = '#00B0F0';
    const cells = findings(10_000).map((f) => f.cell!);
    const before = fills(state, "Plan d'action", cells);
    const supports = () => modern;
    const log: SyncMeasure[][] = [];
    const uninstall = installFakeExcel(state, { payloadLimitBytes: TARGET_BYTES, payloadLog: log });
    try {
      const port = createExcelPort({ supports });
      await port.highlight!(findings(10_000));
      expect(sheet.cellAt('B3')?.fill).toBe(HIGHLIGHT_FILLS.warning);
      expect(sheet.cellAt('B2')?.fill).toBe(HIGHLIGHT_FILLS.error);
      expect(sheet.cellAt('D2')?.fill).toBe(HIGHLIGHT_FILLS.info);
      await port.highlight!(findings(10_000).slice(0, 50));
      sheet.at(5, 2, true).fill = '#00B050';
      await clearFindingHighlights({ withCellProperties: modern });
      const expected = [...before];
      expected[cells.indexOf('B5')] = '#00B050';
      expect(fills(state, "Plan d'action", cells)).toEqual(expected);
      expect(state.xmlParts).toHaveLength(0);
      expect(within(log.flat())).toEqual(ok);
    } finally {
      uninstall();
    }
  });

  it('splits saved fills over several XML parts when they would not fit in one, and still restores them all', async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Couleurs');
    const targets: Finding[] = [];
    for (let row = 1; row <= 40_000; row += 2) {
      for (const column of [1, 3]) {
        sheet.at(row, column, true).fill = `#${(row * 7 + column).toString(16).padStart(6, '0').slice(-6).toUpperCase()}`;
        targets.push({ rule: 'cell.not-number', severity: 'error', sheet: 'Couleurs', table: 'T', cell: `${column === 1 ? 'A' : 'C'}${row}`, params: {} });
      }
    }
    const before = targets.map((t) => sheet.cellAt(t.cell!)?.fill ?? null);
    const log: SyncMeasure[][] = [];
    const uninstall = installFakeExcel(state, { payloadLimitBytes: TARGET_BYTES, payloadLog: log });
    try {
      const port = createExcelPort({ supports: () => true });
      await port.highlight!(targets);
      expect(state.xmlParts.length).toBeGreaterThan(2);
      expect(sheet.cellAt('C39999')?.fill).toBe(HIGHLIGHT_FILLS.error);
      await port.highlight!(targets.slice(0, 10));
      await port.clearHighlights!();
    } finally {
      uninstall();
    }
    const measures = log.flat();
    expect(targets.map((t) => sheet.cellAt(t.cell!)?.fill ?? null)).toEqual(before);
    expect(state.xmlParts).toHaveLength(0);
    expect(within(measures)).toEqual(ok);
  });

  it('still clears highlights saved by the first version (one <cell> element per cell)', async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Données');
    sheet.at(1, 1, true).fill = HIGHLIGHT_FILLS.error.toUpperCase();
    sheet.at(2, 1, true).fill = HIGHLIGHT_FILLS.info.toUpperCase();
    state.addXmlPart(`<?xml version="1.0" encoding="UTF-8"?><highlights xmlns="${HIGHLIGHT_NAMESPACE}"><cell sheet="Données" ref="A1" color="#FFFF00"/><cell sheet="Données" ref="A2" color="#FFFFFF" pattern="None"/></highlights>`);
    const uninstall = installFakeExcel(state);
    try {
      await clearFindingHighlights({ withCellProperties: true });
    } finally {
      uninstall();
    }
    expect([sheet.cellAt('A1')?.fill, sheet.cellAt('A2')?.fill ?? null]).toEqual(['#FFFF00', null]);
    expect(state.xmlParts).toHaveLength(0);
  });

  it('stores consecutive cells with the same fill as one reference', () => {
    const xml = fillsToXml(Array.from({ length: 1_000 }, (_, i) => ({ sheet: 'Financements', cell: `F${i + 2}`, color: '#FFFFFF', pattern: 'None' })));
    expect(xml).toContain('cells="F2:F1001"');
    expect(xml.length).toBeLessThan(300);
  });
});

describe('writeControl', () => {
  it('writes 20 000 lines in blocks: every line, the table over all of them, each request under 2 MB', async () => {
    const state = userWorkbook(10);
    const lines = controlLines(20_000);
    const measures = await measurePayload(state, (port) => port.writeControl!(lines), { limitBytes: TARGET_BYTES });
    const control = state.sheet('Contrôle')!;
    expect(control.valueAt('E20001')).toBe(lines[19_999]!.message);
    expect(control.valueAt('G20001')).toBe('25000');
    expect(control.cellAt('G20001')?.numberFormat).toBe('@');
    expect(control.cellAt('D2')?.formula).toBe('HYPERLINK("#\'Plan d\'\'action\'!B2","B2")');
    expect(state.table('CLS_Controle')!.rect).toEqual({ top: 1, left: 1, bottom: 20_001, right: 7 });
    expect(within(measures)).toEqual(ok);
    expect(measures.length).toBeGreaterThan(3);
  });

  it('rebuilds Contrôle in place: the same sheet, active, on Excel on the web where renaming it fails (office-js#3218)', async () => {
    const state = userWorkbook(10);
    state.quirks = { webRenameActiveSheetFails: true };
    const port = createExcelPort({ supports: () => true });
    const uninstall = installFakeExcel(state);
    try {
      await port.writeControl!(controlLines(3));
      const control = state.sheet('Contrôle')!;
      control.set('J1', [['ancienne note']]);
      state.activeSheet = control;
      state.addName('Vers_Controle', "='Contrôle'!$E$2");
      await port.writeControl!(controlLines(1));
      expect(state.sheet('Contrôle')).toBe(control);
      expect(state.activeSheet).toBe(control);
      expect(state.name('Vers_Controle')?.formula).toBe("='Contrôle'!$E$2");
      expect(state.table('CLS_Controle')!.rect).toEqual({ top: 1, left: 1, bottom: 2, right: 7 });
      expect([control.valueAt('E3'), control.valueAt('J1')]).toEqual([null, null]);
      expect(control.valueAt('E2')).toBe(controlLines(1)[0]!.message);
    } finally {
      uninstall();
    }
  });
});

// The fake must catch the Office.js mistakes the adapter could make; these tests prove it does.
import { FakeRequestContext } from './fake-excel/api';
import { fakeRun, FakeWorkbookState } from './fake-excel';

const workbook = (): FakeWorkbookState => {
  const state = new FakeWorkbookState();
  state.addSheet('Feuil1').set('A1', [['x', 1]]);
  return state;
};

describe('fake Excel strictness', () => {
  it('refuses to read a property before load and sync', async () => {
    const context = new FakeRequestContext(workbook());
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([['x', 1]]);
    expect(() => range.address).toThrow(/not available/);
  });

  it('fails the batch at sync for a missing item, gives a null object for …OrNullObject', async () => {
    const context = new FakeRequestContext(workbook());
    const missing = context.workbook.worksheets.getItemOrNullObject('Absente').load('name');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem('Absente').load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('rejects a batch that ends with operations never synced', async () => {
    const run = fakeRun(workbook());
    await expect(
      run({ delayForCellEdit: true }, (context) => {
        context.workbook.worksheets.add('Nouvelle');
        return Promise.resolve();
      }),
    ).rejects.toThrow('never synced');
  });

  it('writes like Excel: null skips, numeric text becomes a number unless the cell is text', async () => {
    const state = workbook();
    const context = new FakeRequestContext(state);
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('A2:C2');
    range.numberFormat = [[null, '@', null]];
    range.formulas = [['12.10', '12.10', '=A1']];
    context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1').values = [[null, 'y']];
    await context.sync();
    expect(state.sheet('Feuil1')!.contents()).toEqual({ A1: 'x', B1: 'y', A2: 12.1, B2: '12.10', C2: '=A1' });
    context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1').values = [['too short']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

/** A sheet `Feuil1` holding table `T` (A1:B3: headers `Montant (€)`, `N° action`, two data rows). */
const tableWorkbook = (): FakeWorkbookState => {
  const state = new FakeWorkbookState();
  const sheet = state.addSheet('Feuil1');
  sheet.set('A1', [['Montant (€)', 'N° action'], [10, 'a'], [20, 'b']]);
  state.addTable(sheet, { top: 1, left: 1, bottom: 3, right: 2 }, true, 'T');
  return state;
};

/** Queues `build` on a fresh context over `state` and syncs it. */
const batch = async (state: FakeWorkbookState, build: (workbook: FakeRequestContext['workbook']) => void): Promise<void> => {
  const context = new FakeRequestContext(state);
  build(context.workbook);
  await context.sync();
};

describe('fake Excel: tables with a totals row', () => {
  it('counts the totals row in getRange, not in the data body; columns.add extends it', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const table = context.workbook.tables.getItem('T');
    table.showTotals = true;
    table.load('showTotals');
    const all = table.getRange().load('address');
    const body = table.getDataBodyRange().load('address');
    const header = table.getHeaderRowRange().load('address');
    const totals = table.getTotalRowRange().load('address');
    await context.sync();
    expect(table.showTotals).toBe(true);
    expect([all.address, body.address, header.address, totals.address]).toEqual(['Feuil1!A1:B4', 'Feuil1!A2:B3', 'Feuil1!A1:B1', 'Feuil1!A4:B4']);
    const column = table.columns.add(undefined, undefined, 'Année');
    const grown = table.getRange().load('address');
    const columnBody = column.getDataBodyRange().load('address');
    const columns = table.columns.load('items/name,items/index');
    await context.sync();
    expect([grown.address, columnBody.address]).toEqual(['Feuil1!A1:C4', 'Feuil1!C2:C3']);
    expect(columns.items.map((c) => [c.index, c.name])).toEqual([[0, 'Montant (€)'], [1, 'N° action'], [2, 'Année']]);
  });

  it('refuses an array sized for the whole table when writing the data body', async () => {
    const state = tableWorkbook();
    await batch(state, (wb) => {
      wb.tables.getItem('T').showTotals = true;
    });
    for (const property of ['numberFormat', 'formulas', 'values'] as const) {
      const context = new FakeRequestContext(state);
      context.workbook.tables.getItem('T').getDataBodyRange()[property] = [['0'], ['0'], ['0']].map((row) => [...row, '0']);
      await expect(context.sync()).rejects.toMatchObject({
        code: 'InvalidArgument',
        message: expect.stringContaining("The number of rows or columns in the input array doesn't match the size or dimensions of the range."),
      });
    }
    const context = new FakeRequestContext(state);
    context.workbook.tables.getItem('T').getTotalRowRange();
    context.workbook.tables.getItem('T').showTotals = false;
    context.workbook.tables.getItem('T').getTotalRowRange().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('fake Excel: formulas are parsed', () => {
  const write = (state: FakeWorkbookState, formula: string): Promise<void> =>
    batch(state, (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('H1').formulas = [[formula]];
    });

  it('accepts structured references to existing columns, case-insensitively, and ignores text in quotes', async () => {
    const state = tableWorkbook();
    for (const formula of ['=SUM(T[Montant (€)])', '=T[[#This Row],[montant (€)]]', '=T[[#Headers],[N° action]]', '=ROWS(T[#Data])', '=T[@[N° action]]', '=ROWS(T[])', '="Absent[x]"&T[[#All],[Montant (€)]:[N° action]]']) {
      await expect(write(state, formula)).resolves.toBeUndefined();
    }
  });

  it('refuses a column the table lacks (exact spelling), an unknown table, a bad special item', async () => {
    const state = tableWorkbook();
    for (const formula of ['=SUM(T[Montant(€)])', '=T[[#This Row],[N°action]]', '=SUM(Absent[Montant (€)])', '=T[#Everything]', '=SUM(T[Montant (€)']) {
      await expect(write(state, formula)).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    expect(state.sheet('Feuil1')!.cellAt('H1')).toBeUndefined();
  });

  it("escapes ', #, [ and ] with ' and wants double brackets around other special characters", async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Feuil1');
    sheet.set('A1', [["it's", '#Items', '[x]', 'Total$Amount'], [1, 2, 3, 4]]);
    state.addTable(sheet, { top: 1, left: 1, bottom: 2, right: 4 }, true, 'U');
    for (const formula of ["=U[it''s]", "=U['#Items]", "=U['[x']]", '=U[[Total$Amount]]']) {
      await expect(write(state, formula)).resolves.toBeUndefined();
    }
    for (const formula of ["=U[it's]", '=U[Total$Amount]', '=U[#Items]']) {
      await expect(write(state, formula)).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('parses conditional format formulas, validation sources, names.add and NamedItem.formula too', async () => {
    const state = tableWorkbook();
    const attempts: ((wb: FakeRequestContext['workbook']) => void)[] = [
      (wb) => {
        wb.worksheets.getItem('Feuil1').getRange('D1:D3').conditionalFormats.add('Custom').custom.rule.formula = '=D1>MAX(T[Montant(€)])';
      },
      (wb) => {
        wb.worksheets.getItem('Feuil1').getRange('D1').dataValidation.rule = { list: { inCellDropDown: true, source: '=INDIRECT("T[x]")&T[Absente]' } };
      },
      (wb) => {
        wb.names.add('Liste', '=T[Absente]');
      },
      (wb) => {
        wb.names.add('Ok', '=T[N° action]');
        wb.names.getItem('Ok').formula = '=T[N°action]';
      },
    ];
    for (const attempt of attempts) await expect(batch(state, attempt)).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(state.name('Ok')?.formula).toBe('=T[N° action]');
    expect(state.sheet('Feuil1')!.conditionalFormats).toHaveLength(1);
    expect(state.sheet('Feuil1')!.conditionalFormats[0]?.formula).toBeNull();
  });
});

describe('fake Excel: merged cells', () => {
  it('merges and unmerges; a table over merged cells is a MergedRangeConflict', async () => {
    const state = tableWorkbook();
    state.sheet('Feuil1')!.set('E1', [['titre', 'perdu']]);
    await batch(state, (wb) => wb.worksheets.getItem('Feuil1').getRange('E1:G1').merge());
    expect(state.sheet('Feuil1')!.merges).toEqual([{ top: 1, left: 5, bottom: 1, right: 7 }]);
    expect(state.sheet('Feuil1')!.contents()).toMatchObject({ E1: 'titre' });
    expect(state.sheet('Feuil1')!.valueAt('F1')).toBeNull();
    await expect(batch(state, (wb) => wb.worksheets.getItem('Feuil1').tables.add('F1:H4', true))).rejects.toMatchObject({
      code: 'MergedRangeConflict',
      message: expect.stringContaining("A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map."),
    });
    await batch(state, (wb) => wb.worksheets.getItem('Feuil1').getRange('F1').unmerge());
    await expect(batch(state, (wb) => wb.worksheets.getItem('Feuil1').tables.add('F1:H4', true))).resolves.toBeUndefined();
  });

  it('fails getMergedAreasOrNullObject over more than 512 merged areas', async () => {
    const state = new FakeWorkbookState();
    const sheet = state.addSheet('Feuil1');
    for (let row = 1; row <= 513; row += 1) sheet.merges.push({ top: row, left: 1, bottom: row, right: 2 });
    const context = new FakeRequestContext(state);
    const some = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B512').getMergedAreasOrNullObject().load('address');
    await context.sync();
    expect(some.address.split(', ')).toHaveLength(512);
    context.workbook.worksheets.getItem('Feuil1').getRange('A1:B513').getMergedAreasOrNullObject().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });
});

describe('fake Excel: protection and read-only workbooks', () => {
  const sheetWrites: [string, (wb: FakeRequestContext['workbook']) => void][] = [
    ['values', (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('D1').values = [[1]];
    }],
    ['numberFormat', (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('D1').numberFormat = [['0']];
    }],
    ['fill', (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('D1').format.fill.color = '#FF0000';
    }],
    ['table', (wb) => {
      wb.worksheets.getItem('Feuil1').tables.add('D1:E2', true);
    }],
    ['table rename', (wb) => {
      wb.tables.getItem('T').name = 'T2';
    }],
    ['conditional format', (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('D1').conditionalFormats.add('DataBar');
    }],
    ['validation', (wb) => {
      wb.worksheets.getItem('Feuil1').getRange('D1').dataValidation.clear();
    }],
    ['chart', (wb) => {
      const sheet = wb.worksheets.getItem('Feuil1');
      sheet.charts.add('Pie', sheet.getRange('A1:B3'), 'Auto');
    }],
  ];

  it('refuses every write to a protected sheet with AccessDenied until it is unprotected', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const protection = context.workbook.worksheets.getItem('Feuil1').protection;
    protection.protect({}, 'secret');
    protection.load('protected');
    await context.sync();
    expect(protection.protected).toBe(true);
    const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
    const one = context.workbook.worksheets.getItem('Feuil1').load('protection/protected');
    await context.sync();
    expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([['Feuil1', true]]);
    expect(one.protection.protected).toBe(true);
    for (const [, write] of sheetWrites) await expect(batch(state, write)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(state.sheet('Feuil1')!.cellAt('D1')).toBeUndefined();
    await expect(batch(state, (wb) => wb.worksheets.getItem('Feuil1').protection.protect())).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(batch(state, (wb) => wb.worksheets.getItem('Feuil1').protection.unprotect('wrong'))).rejects.toMatchObject({ code: 'BadPassword' });
    await batch(state, (wb) => wb.worksheets.getItem('Feuil1').protection.unprotect('secret'));
    for (const [, write] of sheetWrites) await expect(batch(state, write)).resolves.toBeUndefined();
  });

  it('refuses adding, deleting, renaming, moving and hiding sheets in a protected workbook', async () => {
    const state = tableWorkbook();
    state.addSheet('Feuil2');
    const context = new FakeRequestContext(state);
    context.workbook.protection.protect();
    context.workbook.protection.load('protected');
    await context.sync();
    expect(context.workbook.protection.protected).toBe(true);
    const structural: ((wb: FakeRequestContext['workbook']) => void)[] = [
      (wb) => wb.worksheets.add('Feuil3'),
      (wb) => wb.worksheets.getItem('Feuil2').delete(),
      (wb) => {
        wb.worksheets.getItem('Feuil2').name = 'Autre';
      },
      (wb) => {
        wb.worksheets.getItem('Feuil2').position = 0;
      },
      (wb) => {
        wb.worksheets.getItem('Feuil2').visibility = 'Hidden';
      },
    ];
    for (const change of structural) await expect(batch(state, change)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(state.sheets.map((s) => s.name)).toEqual(['Feuil1', 'Feuil2']);
    await expect(batch(state, sheetWrites[0]![1])).resolves.toBeUndefined();
  });

  it('refuses any write in a read-only workbook', async () => {
    const state = tableWorkbook();
    state.readOnly = true;
    const context = new FakeRequestContext(state);
    context.workbook.load('readOnly');
    await context.sync();
    expect(context.workbook.readOnly).toBe(true);
    const writes: ((wb: FakeRequestContext['workbook']) => void)[] = [
      ...sheetWrites.map(([, write]) => write),
      (wb) => wb.worksheets.add('Feuil3'),
      (wb) => wb.names.add('Nom', '=Feuil1!$A$1'),
      (wb) => {
        wb.properties.title = 'x';
      },
      (wb) => wb.customXmlParts.add('<a xmlns="urn:x"/>'),
    ];
    for (const write of writes) await expect(batch(state, write)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(state.names).toHaveLength(0);
  });
});

describe('fake Excel: tables and defined names share one namespace', () => {
  it('refuses a table named like a defined name, and a defined name like a table', async () => {
    const state = tableWorkbook();
    state.addName('CLS_Actions', '=Feuil1!$A$1');
    await expect(batch(state, (wb) => {
      wb.tables.getItem('T').name = 'cls_actions';
    })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(batch(state, (wb) => {
      const table = wb.worksheets.getItem('Feuil1').tables.add('D1:E2', true);
      table.name = 'CLS_Actions';
    })).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(batch(state, (wb) => wb.names.add('t', '=Feuil1!$A$1'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(state.table('T')?.name).toBe('T');
  });
});

describe('fake Excel: known Office.js quirks, opt-in', () => {
  it('office-js#740: names.add stores the fixed address, addFormulaLocal keeps the structured reference', async () => {
    const state = tableWorkbook();
    await batch(state, (wb) => wb.names.add('Avant', '=T[N° action]'));
    state.quirks = { namesAddFlattensStructuredRefs: true };
    await batch(state, (wb) => {
      wb.names.add('Liste', '=T[N° action]');
      wb.names.add('Entete', '=T[[#Headers],[Montant (€)]]');
      wb.names.addFormulaLocal('Locale', '=T[N° action]');
    });
    expect(state.names.map((n) => [n.name, n.formula])).toEqual([
      ['Avant', '=T[N° action]'],
      ['Liste', '=Feuil1!$B$2:$B$3'],
      ['Entete', '=Feuil1!$A$1:$A$1'],
      ['Locale', '=T[N° action]'],
    ]);
  });

  it('office-js#3218: renaming the active sheet fails on the web; other sheets rename', async () => {
    const state = tableWorkbook();
    state.addSheet('Feuil2');
    state.quirks = { webRenameActiveSheetFails: true };
    const context = new FakeRequestContext(state);
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    expect(active.name).toBe('Feuil1');
    await expect(batch(state, (wb) => {
      wb.worksheets.getActiveWorksheet().name = 'Renommée';
    })).rejects.toMatchObject({ code: 'ItemNotFound', message: expect.stringContaining('Invalid Sheet') });
    await batch(state, (wb) => {
      wb.worksheets.getItem('Feuil2').activate();
      wb.worksheets.getItem('Feuil1').name = 'Renommée';
    });
    expect(state.sheets.map((s) => s.name)).toEqual(['Renommée', 'Feuil2']);
    state.quirks = {};
    await batch(state, (wb) => {
      wb.worksheets.getActiveWorksheet().name = 'Deux';
    });
    expect(state.activeSheet?.name).toBe('Deux');
  });
});

describe('fake Excel: page layout zoom', () => {
  it('takes a scale or pages to fit, and refuses verticalFitToPages: 0', async () => {
    const state = tableWorkbook();
    const zoom = (value: unknown) => (wb: FakeRequestContext['workbook']): void => {
      wb.worksheets.getItem('Feuil1').pageLayout.zoom = value;
    };
    for (const ok of [{ scale: 80 }, { horizontalFitToPages: 1 }, { horizontalFitToPages: 1, verticalFitToPages: 2 }]) await expect(batch(state, zoom(ok))).resolves.toBeUndefined();
    for (const bad of [{ horizontalFitToPages: 1, verticalFitToPages: 0 }, { scale: 5 }, { scale: 80, horizontalFitToPages: 1 }, {}]) {
      await expect(batch(state, zoom(bad))).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    expect(state.sheet('Feuil1')!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 2 });
  });
});

describe('fake Excel: clearing a sheet in place', () => {
  it('deletes charts and tables, clears ranges, conditional formats, validations, panes and sizes', async () => {
    const state = tableWorkbook();
    const sheet = state.sheet('Feuil1')!;
    sheet.set('D1', [['garde', 'efface']], '0.00');
    await batch(state, (wb) => {
      const ws = wb.worksheets.getItem('Feuil1');
      ws.charts.add('Pie', ws.getRange('A1:B3'), 'Auto');
      ws.charts.add('Line', ws.getRange('A1:B3'), 'Auto');
      ws.getRange('D2:D3').conditionalFormats.add('Custom').custom.rule.formula = '=D2>1';
      ws.getRange('D2').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThan' } };
      ws.freezePanes.freezeRows(1);
      ws.getRange('2:2').format.rowHeight = 30;
      ws.getRange('D:D').format.columnWidth = 90;
      ws.getRange('G1:H1').merge();
    });
    expect(sheet.charts).toHaveLength(2);
    const context = new FakeRequestContext(state);
    const ws = context.workbook.worksheets.getItem('Feuil1');
    const charts = ws.charts.load('items/name');
    await context.sync();
    expect(charts.items.map((c) => c.name)).toEqual(['Chart 1', 'Chart 2']);
    for (const chart of charts.items) chart.delete();
    context.workbook.tables.getItem('T').delete();
    ws.getRange('D1').clear('Contents');
    ws.getRange('E1').clear('Formats');
    ws.getRange('D2:D3').conditionalFormats.clearAll();
    ws.getRange().dataValidation.clear();
    ws.freezePanes.unfreeze();
    ws.getRange('2:2').format.useStandardHeight = true;
    ws.getRange('D:D').format.useStandardWidth = true;
    ws.getRange('G1:H1').clear();
    await context.sync();
    expect(sheet.charts).toEqual([]);
    expect(state.tables).toEqual([]);
    expect(sheet.contents()).toEqual({ E1: 'efface' });
    expect([sheet.cellAt('D1')?.numberFormat, sheet.cellAt('E1')?.numberFormat]).toEqual(['0.00', 'General']);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.cellAt('D2')?.validation ?? null).toBeNull();
    expect(sheet.freeze).toEqual({ rows: 0, columns: 0 });
    expect([sheet.rowHeights.size, sheet.columnWidths.size, sheet.merges.length]).toEqual([0, 0, 0]);
  });

  it('keeps the cells when a table is converted to a range, and clears everything with clear()', async () => {
    const state = tableWorkbook();
    await batch(state, (wb) => wb.tables.getItem('T').convertToRange());
    expect(state.sheet('Feuil1')!.valueAt('A2')).toBe(10);
    await batch(state, (wb) => wb.worksheets.getItem('Feuil1').getRange().clear());
    expect(state.sheet('Feuil1')!.cells.size).toBe(0);
  });
});

describe('fake Excel: interrupted syncs', () => {
  it('runs the first operations of the chosen sync, rejects it, then behaves normally again', async () => {
    const state = tableWorkbook();
    const write = (wb: FakeRequestContext['workbook']): void => {
      const ws = wb.worksheets.getItem('Feuil1');
      ws.getRange('D1').values = [['un']];
      ws.getRange('D2').values = [['deux']];
      ws.getRange('D3').values = [['trois']];
    };
    await batch(state, () => undefined);
    // Operations: resolve the sheet, resolve D1, write D1, resolve D2, write D2, …
    state.failAt = { sync: 2, afterOps: 5, code: 'GeneralException' };
    await batch(state, () => undefined);
    await expect(batch(state, write)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(state.sheet('Feuil1')!.contents()).toMatchObject({ D1: 'un', D2: 'deux' });
    expect(state.sheet('Feuil1')!.valueAt('D3')).toBeNull();
    expect(state.failAt).toBeNull();
    await batch(state, write);
    expect(state.sheet('Feuil1')!.contents()).toMatchObject({ D1: 'un', D2: 'deux', D3: 'trois' });
  });

  it('can interrupt a sync after all its operations ran (the answer is lost)', async () => {
    const state = tableWorkbook();
    state.failAt = { sync: 1, afterOps: 99, code: 'RequestAborted' };
    await expect(batch(state, (wb) => wb.worksheets.add('Nouvelle'))).rejects.toMatchObject({ code: 'RequestAborted' });
    expect(state.sheet('Nouvelle')).toBeDefined();
  });
});

describe('fake Excel: used range of a range', () => {
  it('gives the used part of a range, or a null object when it is empty', async () => {
    const state = tableWorkbook();
    state.sheet('Feuil1')!.set('F5', [['x']]);
    const context = new FakeRequestContext(state);
    const ws = context.workbook.worksheets.getItem('Feuil1');
    const part = ws.getRange('B2:G9').getUsedRangeOrNullObject(true).load('address');
    const empty = ws.getRange('C1:E4').getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    expect(part.address).toBe('Feuil1!B2:F5');
    expect(empty.isNullObject).toBe(true);
  });
});

describe('fake Excel: cell properties (ExcelApi 1.9), fill only', () => {
  it('reads each cell’s fill as a ClientResult after the sync, unfilled cells white with pattern None', async () => {
    const state = workbook();
    state.sheet('Feuil1')!.at(1, 2, true).fill = '#FFFF00';
    const context = new FakeRequestContext(state);
    const result = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B2').getCellProperties({ format: { fill: { color: true, pattern: true } } });
    expect(() => result.value).toThrow(/not available/);
    await context.sync();
    const none = { format: { fill: { color: '#FFFFFF', pattern: 'None' } } };
    expect(result.value).toEqual([[none, { format: { fill: { color: '#FFFF00', pattern: 'Solid' } } }], [none, none]]);
    const colours = context.workbook.worksheets.getItem('Feuil1').getRange('B1').getCellProperties({ format: { fill: { color: true } } });
    await context.sync();
    expect(colours.value).toEqual([[{ format: { fill: { color: '#FFFF00' } } }]]);
  });

  it('sets fills cell by cell: null or undefined leaves a cell, pattern None clears it; a wrong size fails the batch', async () => {
    const state = workbook();
    const sheet = state.sheet('Feuil1')!;
    sheet.at(1, 1, true).fill = '#00B050';
    sheet.at(1, 3, true).fill = '#00B050';
    await batch(state, (wb) => wb.worksheets.getItem('Feuil1').getRange('A1:D1').setCellProperties([[null, { format: { fill: { color: '#ffc7ce' } } }, { format: { fill: { pattern: 'None' } } }, undefined]]));
    expect(['A1', 'B1', 'C1', 'D1'].map((cell) => sheet.cellAt(cell)?.fill ?? null)).toEqual(['#00B050', '#FFC7CE', null, null]);
    await expect(batch(state, (wb) => wb.worksheets.getItem('Feuil1').getRange('A1:B1').setCellProperties([[{ format: { fill: { color: '#000000' } } }]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(sheet.cellAt('A1')?.fill).toBe('#00B050');
  });

  it('refuses properties it does not model rather than ignoring them', async () => {
    const context = new FakeRequestContext(workbook());
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
    expect(() => range.getCellProperties({ format: { font: { bold: true } } } as never)).toThrow('not format.font');
    range.setCellProperties([[{ format: { fill: { pattern: 'Checker' } } }]]);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument', message: expect.stringContaining('Checker') });
  });
});

describe('fake Excel: paths of a failed or discarded batch', () => {
  it('resolves a navigation path again where it is next used, as Office.js sends it again', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const sheet = context.workbook.tables.getItem('T').worksheet;
    state.failAt = { sync: 1, afterOps: 0 };
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    sheet.load('name');
    await context.sync();
    expect(sheet.name).toBe('Feuil1');
  });

  it('never sends a creating path again: using an add() whose request failed is an InvalidObjectPath', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const added = context.workbook.worksheets.add('Nouvelle');
    state.failAt = { sync: 1, afterOps: 0 };
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    added.load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    expect(state.sheet('Nouvelle')).toBeUndefined();
  });

  it('discard() drops the queued operations unrun', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const range = context.workbook.worksheets.getItem('Feuil1').getRange('D1');
    range.values = [['jamais']];
    expect(context.pending).toBeGreaterThan(0);
    context.discard();
    expect(context.pending).toBe(0);
    await context.sync();
    expect(state.sheet('Feuil1')!.valueAt('D1')).toBeNull();
    range.load('address');
    await context.sync();
    expect(range.address).toBe('Feuil1!D1');
  });
});

describe('fake Excel: loads through a navigation property', () => {
  it('loads worksheet/name on tables, also as items/worksheet/name, and fills table.worksheet.name', async () => {
    const state = tableWorkbook();
    const context = new FakeRequestContext(state);
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    const one = context.workbook.tables.getItem('T').load('worksheet/name');
    await context.sync();
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['T', 'Feuil1']]);
    expect(one.worksheet.name).toBe('Feuil1');
  });
});

/** Import of coordinators' own layouts: recognition, mapping, conservation to the cent, the new workbook validated. */
import { Workbook } from 'exceljs';
import { importWorkbook, planImportedWorkbook, parseMapping } from '../../src/domain/import';
import type { ImportResult } from '../../src/domain/import';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { writePlanToBuffer } from '../../src/xlsx/write';
import { addCommitments, addDashboard, addEvaluation, addMatrix, bufferOf, coordinatorWorkbook } from './shapes';
import { importReport as importReportEn } from '../../src/texts/en/import-report';
import { importReport as importReportFr } from '../../src/texts/fr/import-report';

async function imported(workbook: Workbook, year?: number): Promise<ImportResult> {
  const snapshot = await readWorkbookBuffer(await bufferOf(workbook));
  const outcome = importWorkbook(snapshot, { profile: 'generic', ...(year === undefined ? {} : { year }) });
  if (outcome.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome.kind === 'refused' ? outcome.reasons : outcome.kind)}`);
  return outcome.result;
}

const single = (add: (w: Workbook) => void): Workbook => {
  const w = new Workbook();
  add(w);
  return w;
};

const sumBy = (result: ImportResult, key: (f: ImportResult['fundings'][number]) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of result.fundings) out[key(f)] = (out[key(f)] ?? 0) + f.amountCents;
  return out;
};

describe('partner matrix under merged year bands', () => {
  it('imports each partner cell with its band year, and skips totals, remaining, zeros and text, to the cent', async () => {
    const result = await imported(single((w) => addMatrix(w)));
    expect(sumBy(result, (f) => `${f.funder} ${f.year}`)).toEqual({
      'ARS 2025': 4200010,
      'ARS 2026': 4100010,
      'Collectivité porteuse 2025': 2900050,
      'Collectivité porteuse 2026': 2850000,
      'CAF 2025': 520035,
      'CAF 2026': 520035,
      'Commune 2025': 30000,
      'Commune 2026': 105025,
    });
    expect(result.conservation).toEqual([
      {
        area: 'Engagements 2025-2026!A3:L10',
        kind: 'partner-matrix',
        sourceCents: 61300660,
        importedCents: 15225165,
        budgetCents: 0,
        skippedCents: 46075495,
        numbers: 42,
        balanced: true,
      },
    ]);
    const skippedBy = (reason: string): number => result.skippedCells.filter((c) => c.reason === reason).reduce((s, c) => s + (c.cents ?? 0), 0);
    expect(skippedBy('remaining')).toBe(200000);
    expect(skippedBy('total-column')).toBe(15225165);
    expect(skippedBy('total')).toBe(30650330);
    expect(result.skippedCells.filter((c) => c.reason === 'zero').map((c) => c.cell)).toEqual(['D5', 'G8']);
    expect(result.skippedCells.filter((c) => c.reason === 'not-a-number')).toEqual([
      { area: 'Engagements 2025-2026!A3:L10', sheet: 'Engagements 2025-2026', cell: 'E6', value: 'à définir', cents: null, reason: 'not-a-number' },
    ]);
    expect(result.skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [4, 'axis-title'],
      [7, 'axis-title'],
      [10, 'total'],
    ]);
    expect(result.actions.map((a) => [a.number, a.title, a.axisNumber, a.axis, a.numberAssigned])).toEqual([
      ['1.1.1', 'Former les élus au repérage', '1', 'Santé mentale', false],
      ['1.1.2', 'Groupe d’entraide mutuelle', '1', 'Santé mentale', false],
      ['2.1.1', 'Ateliers cuisine', '2', 'Nutrition', true],
    ]);
    expect(result.fundings.filter((f) => f.object === 'Coordination').reduce((s, f) => s + f.amountCents, 0)).toBe(10000000);
    // « Commune » is ambiguous: it stays its own partner.
    expect(result.extraFunders).toEqual(['Commune']);
  });

  it('asks for a year when the matrix shows none, and uses --year when given', async () => {
    const snapshot = await readWorkbookBuffer(await bufferOf(single((w) => addMatrix(w, false))));
    const refused = importWorkbook(snapshot, { profile: 'generic' });
    expect(refused.kind === 'refused' && refused.reasons).toEqual([{ kind: 'year-missing', areas: ['Engagements 2025-2026!A3:L10'] }]);
    const withYear = importWorkbook(snapshot, { profile: 'generic', year: 2026 });
    expect(withYear.kind).toBe('imported');
    if (withYear.kind !== 'imported') return;
    expect(new Set(withYear.result.fundings.map((f) => f.year))).toEqual(new Set([2026]));
    expect(withYear.result.fundings.reduce((s, f) => s + f.amountCents, 0)).toBe(15225165);
    expect(withYear.result.notes).toContainEqual({ kind: 'year-assumed', area: 'Engagements 2025-2026!A3:L10', year: 2026, from: 'option' });
  });

  it('takes the contract’s first year from a « Date de signature » in the source, and says so', async () => {
    const workbook = single((w) => addMatrix(w, false));
    const params = workbook.addWorksheet('Infos');
    params.getCell('A1').value = 'Date de signature';
    params.getCell('B1').value = new Date(Date.UTC(2024, 9, 14));
    const snapshot = await readWorkbookBuffer(await bufferOf(workbook));
    const outcome = importWorkbook(snapshot, { profile: 'generic' });
    expect(outcome.kind === 'imported' && outcome.result.notes.find((n) => n.kind === 'year-assumed')).toEqual({
      kind: 'year-assumed',
      area: 'Engagements 2025-2026!A3:L10',
      year: 2024,
      from: 'contract',
    });
  });
});

describe('long list of commitments', () => {
  it('maps statuses, natures and partner aliases; skips remaining, zero, text and total lines', async () => {
    const result = await imported(single(addCommitments));
    expect(result.fundings.map((f) => [f.object, f.action, f.funder, f.nature, f.year, f.amountCents, f.status])).toEqual([
      ['Action', '1.1.1', 'ARS', 'Financier', 2025, 120010, 'Acquis'],
      ['Action', '1.1.2', 'CPAM', 'Humain valorisé', 2026, 85005, 'Sollicité'],
      ['Coordination', null, 'Conseil départemental', 'Financier', 2025, 1000000, 'Prévisionnel'],
      ['Action', '2.1.1', 'Ville', 'Financier', 2026, 150025, 'Acquis'],
    ]);
    expect(result.skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [6, 'remaining'],
      [7, 'zero'],
      [8, 'not-a-number'],
      [9, 'total'],
    ]);
    expect(result.conservation[0]).toMatchObject({ sourceCents: 3310080, importedCents: 1355040, skippedCents: 1955040, balanced: true });
    expect(result.extraFunders).toEqual(['Ville']);
  });
});

describe('dashboard of actions', () => {
  it('reads Réf., Porteur, Échéance, État d’avancement, Coût total with their statuses', async () => {
    const result = await imported(single(addDashboard));
    expect(result.actions.map((a) => [a.number, a.title, a.axisNumber, a.status, a.budgetCents, a.fields.pilot, a.fields.end])).toEqual([
      ['1.1.1', 'Former les élus au repérage', '1', 'Réalisée', 600000, 'CCAS', { date: 46203 }],
      ['1.1.2', 'Groupe d’entraide mutuelle', '1', 'En cours', 3000020, 'UNAFAM', { date: 46752 }],
      ['2.1.1', 'Ateliers cuisine', '2', 'Non démarrée', 800070, 'Centre social', { date: 46387 }],
      ['2.1.2', 'Jardins partagés', '2', 'Abandonnée', 0, 'Mairie', undefined],
    ]);
    expect(result.conservation[0]).toMatchObject({ sourceCents: 8800180, budgetCents: 4400090, skippedCents: 4400090, balanced: true });
  });
});

describe('evaluation grid', () => {
  it('links each indicator to the action number merged down over its rows', async () => {
    const result = await imported(single(addEvaluation));
    expect(result.indicators.map((i) => [i.action, i.indicator, i.fields.tool, i.fields.when])).toEqual([
      ['1.1.1', 'Nombre d’élus formés', "Feuille d'émargement", '06/2026'],
      ['1.1.1', 'Satisfaction des participants', 'Questionnaire', 'juin 2026'],
      ['1.1.2', 'Nombre d’adhérents', 'Tableau de suivi', '12/2026'],
      ['1.1.2', 'Nombre de permanences', 'Compte rendu', '12/2026'],
      ['1.1.2', 'Partenariats signés', "Grille d'observation", '12/2027'],
      ['2.1.1', 'Nombre d’ateliers', 'Tableau de suivi', '10/2026'],
      ['2.1.1', 'Nombre de participants', 'Tableau de suivi', '10/2026'],
    ]);
    expect(result.skippedRows.map((r) => [r.row, r.reason])).toEqual([[9, 'axis-title']]);
    expect(result.notes).toContainEqual({ kind: 'action-filled-down', sheet: 'Grille évaluation', cell: 'A11', action: '2.1.1' });
  });
});

describe('the whole coordinator workbook', () => {
  it('becomes a contract workbook that validates, with totals per partner and per year to the cent', async () => {
    const result = await imported(coordinatorWorkbook());
    expect(result.actions.map((a) => a.number)).toEqual(['1.1.1', '1.1.2', '2.1.1', '2.1.2']);
    const plan = planImportedWorkbook(result, { profile: 'generic' });
    const snapshot = await readWorkbookBuffer(await writePlanToBuffer(plan));
    const report = validateWorkbook(snapshot, { asOf: '2026-11-23', profile: 'generic' });
    expect(report.findings.filter((f) => f.rule.startsWith('structure.') && f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => ['funding.action-unknown', 'funding.funder-unknown', 'evaluation.action-unknown', 'evaluation.action-without-indicator'].includes(f.rule))).toEqual([
      expect.objectContaining({ rule: 'evaluation.action-without-indicator', params: expect.objectContaining({ action: '2.1.2' }) }),
    ]);
    expect(report.totals.committedCents).toBe(15495200);
    expect(report.totals.byYearCents).toEqual({ '2025': 7770105, '2026': 7725095 });
    expect(report.totals.byFunderYearCents).toEqual({
      ARS: { '2025': 4320020, '2026': 4100010 },
      'Collectivité porteuse': { '2025': 2900050, '2026': 2850000 },
      CAF: { '2025': 520035, '2026': 520035 },
      Commune: { '2025': 30000, '2026': 105025 },
      Ville: { '2026': 150025 },
    });
  });
});

describe('bad input', () => {
  it('recognises nothing on a sheet of notes and shows its first rows', async () => {
    const w = new Workbook();
    const s = w.addWorksheet('Notes');
    s.getCell('A1').value = 'Réunion du 12 mars';
    s.getCell('B2').value = 'Budget à revoir';
    const outcome = importWorkbook(await readWorkbookBuffer(await bufferOf(w)), { profile: 'generic' });
    expect(outcome.kind).toBe('nothing');
    expect(outcome.proposal.peeks).toEqual([{ sheet: 'Notes', rows: [['Réunion du 12 mars'], ['', 'Budget à revoir']] }]);
  });

  it('refuses two columns for one field, with the reason', async () => {
    const w = new Workbook();
    const s = w.addWorksheet('Financements');
    s.addRow(['Financeur', 'Montant', 'Montant (€)', 'Statut']);
    s.addRow(['ARS', 100, 200, 'Acquis']);
    const outcome = importWorkbook(await readWorkbookBuffer(await bufferOf(w)), { profile: 'generic', year: 2025 });
    expect(outcome.kind === 'refused' && outcome.reasons).toEqual([
      { kind: 'conflict', conflict: { kind: 'two-columns', sheet: 'Financements', row: 1, header: 'Montant (€)', columns: [{ letter: 'B', name: 'Montant' }, { letter: 'C', name: 'Montant (€)' }] } },
    ]);
    const conflict = outcome.kind === 'refused' && outcome.reasons[0]?.kind === 'conflict' ? outcome.reasons[0].conflict : null;
    expect(conflict && importReportFr.conflict(conflict)).toBe('Financements, ligne 1 : deux colonnes pour « Montant (€) » (B « Montant » et C « Montant (€) ») ; choisissez-en une dans un mapping (--mapping)');
    expect(conflict && importReportEn.conflict(conflict)).toBe('Financements, row 1: two columns for "Montant (€)" (B "Montant" and C "Montant (€)"); choose one in a mapping (--mapping)');
  });

  it('validates a saved mapping: one column for two fields is refused, in French and in English', () => {
    const area = { kind: 'funding-list', id: 'F!A1:D2', sheet: 'F', headerRow: 1, firstRow: 2, lastRow: 2, include: true, columns: { funder: 'A', amount: 'B', year: 'B' } };
    const base = { version: 1, year: 2025, funders: {}, values: { fundingStatus: {}, fundingNature: {}, fundingObject: {}, actionStatus: {}, evaluationTool: {} } };
    expect(parseMapping({ ...base, areas: [area] })).toEqual({ ok: false, problems: ['areas.0 : zone F!A1:D2 : la colonne B est affectée à la fois à « Montant (€) » et à « Année »'] });
    expect(parseMapping({ ...base, areas: [area] }, 'en')).toEqual({ ok: false, problems: ['areas.0: area F!A1:D2: column B is given both to "Montant (€)" and to "Année"'] });
    const bad = parseMapping({ ...base, year: 'deux mille', areas: [] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0]).toMatch(/^year : Entrée invalide/);
    expect(parseMapping({ ...base, areas: [{ ...area, columns: { funder: 'A', amount: 'B' } }] }).ok).toBe(true);
  });
});

describe('the imported workbook', () => {
  it('highlights and formats every imported row, not only the rows an empty workbook has', async () => {
    const result = await imported(coordinatorWorkbook());
    const plan = planImportedWorkbook(result, { profile: 'generic' });
    const fundings = plan.sheets.find((s) => s.name === 'Financements')!;
    const table = fundings.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' ? table.rows.length : 0).toBe(23);
    // 23 commitments under the header, then the spare input rows: the amount check reaches the last of them.
    const range = fundings.conditionalFormats?.[0]?.range ?? '';
    expect(Number(range.replace(/^.*\D/, ''))).toBeGreaterThanOrEqual(1 + 23);
  });
});

describe('a sheet whose used range reaches too far', () => {
  it('is said, with its range, and left out, in a few seconds at most — a stray value in XFD1048576, a merge over the whole sheet', async () => {
    const base = await readWorkbookBuffer(await bufferOf(single(addCommitments)));
    // Sparse, as the reader stores them: one stored row at the far end, one stored cell in it.
    const farRow: CellValue[] = [];
    farRow[16_383] = 'x';
    const farValues: CellValue[][] = [['Relevé']];
    farValues[1_048_575] = farRow;
    const snapshot: WorkbookSnapshot = {
      ...base,
      sheets: [...base.sheets, { name: 'Notes', top: 1, left: 1, values: farValues }, { name: 'Fusion', top: 1, left: 1, values: [['Titre']], merges: ['A1:XFD1048576'] }],
    };
    const started = Date.now();
    const outcome = importWorkbook(snapshot, { profile: 'generic' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcome.proposal.tooLarge).toEqual([
      { sheet: 'Notes', range: 'A1:XFD1048576' },
      { sheet: 'Fusion', range: 'A1:XFD1048576' },
    ]);
    // The list of commitments is imported all the same.
    expect(outcome.kind).toBe('imported');
  });
});

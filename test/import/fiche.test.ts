/** One sheet per fiche action (the guides' fiche model): recognised, one CLS_Actions row each, merged with a dashboard by N° action. */
import { Workbook } from 'exceljs';
import { importWorkbook } from '../../src/domain/import';
import type { ImportResult } from '../../src/domain/import';
import { ficheLabel } from '../../src/domain/import/vocabulary';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { addDashboard, addFicheMerged, addFichePlain, bufferOf } from './shapes';

async function imported(workbook: Workbook): Promise<ImportResult> {
  const snapshot = await readWorkbookBuffer(await bufferOf(workbook));
  const outcome = importWorkbook(snapshot, { profile: 'generic', year: 2026 });
  if (outcome.kind !== 'imported') throw new Error(`not imported: ${JSON.stringify(outcome.kind === 'refused' ? outcome.reasons : outcome.kind)}`);
  return outcome.result;
}

describe('fiche labels', () => {
  it.each([
    ['Intitulé', 'title'],
    ['INTITULE :', 'title'],
    ['Pilotage de l’action', 'pilot'],
    ["A quels besoins l'action répond-t-elle ? / Contexte", 'context'],
    ['Objectif général de l’action', 'actionObjective'],
    ['Objectif principal / enjeu n° 12', 'goal'],
    ['Budget prévisionnel de l’action et sources de financement', 'budget'],
    ['Calendrier / Début et durée de l’action (+ reconductible ou pas)', 'other'],
    ['Fiche action n° 12.1.1', 'actionNumber'],
  ])('%s → %s', (label, field) => {
    expect(ficheLabel(label)).toBe(field);
  });

  it('leaves other texts alone', () => {
    expect(ficheLabel('Former les élus au repérage')).toBeNull();
    expect(ficheLabel('Budget 2026 des ateliers')).toBeNull();
  });
});

describe('one sheet per fiche action', () => {
  it('imports each fiche as one action with its fields, its budget counted to the cent', async () => {
    const workbook = new Workbook();
    addFicheMerged(workbook);
    addFichePlain(workbook);
    const snapshot = await readWorkbookBuffer(await bufferOf(workbook));
    const outcome = importWorkbook(snapshot, { profile: 'generic', year: 2026 });
    expect(outcome.proposal.mapping.areas.map((a) => [a.kind, a.id])).toEqual([
      ['action-fiche', 'Fiche A!A1:E15'],
      ['action-fiche', 'FA 2.3.1!B2:C8'],
    ]);
    const first = outcome.proposal.mapping.areas[0];
    expect(first?.kind === 'action-fiche' && first.lines.budget).toEqual({ row: 14, column: 'B', label: 'BUDGET :' });
    const result = await imported(workbook);
    expect(result.actions.map((a) => [a.number, a.title, a.budgetCents, a.numberAssigned])).toEqual([
      ['1.1.1', 'Former les élus au repérage', 650055, false],
      ['2.3.1', 'Ateliers équilibre alimentaire', 1200040, false],
    ]);
    expect(result.actions[0]?.fields).toEqual({
      goal: 'Promouvoir la santé mentale',
      objective: 'Repérer la souffrance psychique',
      context: 'Peu d’élus formés au repérage',
      actionObjective: 'Outiller les élus',
      description: 'Deux sessions de formation par an',
      pilot: 'Mairie',
      partners: 'UNAFAM, CMP',
      audience: 'Élus municipaux',
    });
    expect(result.actions[1]?.fields).toEqual({ context: 'Surpoids des enfants', description: 'Ateliers mensuels en centre social', pilot: 'Centre social', partners: 'CAF', audience: 'Familles' });
    expect(result.conservation).toEqual([
      { area: 'Fiche A!A1:E15', kind: 'action-fiche', sourceCents: 650055, importedCents: 0, budgetCents: 650055, skippedCents: 0, numbers: 1, balanced: true },
      { area: 'FA 2.3.1!B2:C8', kind: 'action-fiche', sourceCents: 1200040, importedCents: 0, budgetCents: 1200040, skippedCents: 0, numbers: 1, balanced: true },
    ]);
    expect(result.skippedCells).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('merges a fiche with the dashboard holding the same action: one row, the dashboard’s values win, the fiche fills the gaps', async () => {
    const workbook = new Workbook();
    addDashboard(workbook);
    addFicheMerged(workbook, 'Fiche 1.1.1');
    const result = await imported(workbook);
    expect(result.actions.map((a) => a.number)).toEqual(['1.1.1', '1.1.2', '2.1.1', '2.1.2']);
    const action = result.actions[0];
    expect(action?.title).toBe('Former les élus au repérage');
    expect(action?.status).toBe('Réalisée');
    expect(action?.budgetCents).toBe(600000);
    expect(action?.fields.pilot).toBe('CCAS');
    expect(action?.fields.context).toBe('Peu d’élus formés au repérage');
    expect(action?.fields.description).toBe('Deux sessions de formation par an');
    const fiche = result.conservation.find((c) => c.kind === 'action-fiche');
    expect(fiche).toEqual({ area: 'Fiche 1.1.1!A1:E15', kind: 'action-fiche', sourceCents: 650055, importedCents: 0, budgetCents: 0, skippedCents: 650055, numbers: 1, balanced: true });
    expect(result.skippedCells.filter((c) => c.reason === 'budget-duplicate')).toEqual([
      { area: 'Fiche 1.1.1!A1:E15', sheet: 'Fiche 1.1.1', cell: 'B14', value: 6500.55, cents: 650055, reason: 'budget-duplicate' },
    ]);
    expect(result.conservation.every((c) => c.balanced)).toBe(true);
  });
});

/** The user's edits of a proposed mapping, re-checked by the import: the money follows the edit, conflicts are refused. */
import { editMapping, headerColumns } from '../../src/domain/import/edit';
import { importWorkbook } from '../../src/domain/import';
import type { ImportOutcome } from '../../src/domain/import';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { Workbook } from 'exceljs';
import { addCommitments, addMatrix, bufferOf } from './shapes';

const imported = (outcome: ImportOutcome) => {
  if (outcome.kind !== 'imported') throw new Error(`not imported: ${outcome.kind}`);
  return outcome;
};

async function snapshotOf(add: (w: Workbook) => void) {
  const w = new Workbook();
  add(w);
  return readWorkbookBuffer(await bufferOf(w));
}

describe('editing a proposed mapping', () => {
  it('gives a matrix column to another partner and another year, to the cent', async () => {
    const snapshot = await snapshotOf((w) => addMatrix(w));
    const first = imported(importWorkbook(snapshot, { profile: 'generic' }));
    const area = first.mapping.areas[0]!;
    // Column E is the 2025 « Commune » column (300,00 € on « Ateliers cuisine »).
    const edited = editMapping(editMapping(first.mapping, { kind: 'partner', area: area.id, column: 'E', funder: 'Collectivité porteuse' }), { kind: 'partner-year', area: area.id, column: 'E', year: 2027 });
    const second = imported(importWorkbook(snapshot, { profile: 'generic', mapping: edited }));
    const sum = (funder: string, year: number) => second.result.fundings.filter((f) => f.funder === funder && f.year === year).reduce((s, f) => s + f.amountCents, 0);
    expect(sum('Commune', 2025)).toBe(0);
    expect(sum('Collectivité porteuse', 2027)).toBe(30000);
    expect(sum('Collectivité porteuse', 2025)).toBe(2900050);
  });

  it('leaves an excluded area out, its money listed as skipped', async () => {
    const snapshot = await snapshotOf((w) => addMatrix(w));
    const first = imported(importWorkbook(snapshot, { profile: 'generic' }));
    const area = first.mapping.areas[0]!;
    const second = imported(importWorkbook(snapshot, { profile: 'generic', mapping: editMapping(first.mapping, { kind: 'include', area: area.id, include: false }) }));
    expect(second.result.fundings).toEqual([]);
    const conservation = second.result.conservation.find((c) => c.area === area.id)!;
    expect([conservation.sourceCents, conservation.importedCents, conservation.skippedCents]).toEqual([61300660, 0, 61300660]);
  });

  it('moves a contract column to another source column, and the old one is no longer read', async () => {
    const snapshot = await snapshotOf(addCommitments);
    const first = imported(importWorkbook(snapshot, { profile: 'generic' }));
    const area = first.mapping.areas[0]!;
    expect(headerColumns(snapshot, area).map((h) => `${h.column} ${h.header}`)).toEqual([
      'A N° fiche',
      'B Partenaire',
      'C Type d’apport',
      'D Exercice',
      'E Montant',
      'F État de la demande',
      'G Observations',
    ]);
    // « Observations » no longer feeds the comment; « Type d’apport » (C) becomes the comment, so the nature is no longer read.
    const edited = editMapping(first.mapping, { kind: 'field-column', area: area.id, column: 'C', field: 'comment' });
    expect(edited.areas[0]).toMatchObject({ columns: expect.not.objectContaining({ nature: 'C' }) });
    const second = imported(importWorkbook(snapshot, { profile: 'generic', mapping: edited }));
    expect(second.result.fundings.map((f) => f.comment)).toEqual(['Numéraire', 'Valorisation', 'Numéraire', 'Numéraire']);
    expect(second.result.fundings.reduce((s, f) => s + f.amountCents, 0)).toBe(first.result.fundings.reduce((s, f) => s + f.amountCents, 0));
  });
});

/** @jest-environment jsdom */
import './dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import type { WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { App } from '../../src/taskpane/App';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import { locateTable } from '../../src/domain/workbook/locate';
import { FUNDINGS_TABLE } from '../../src/domain/workbook/contract';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { addCommitments, addMatrix, bufferOf } from '../import/shapes';

let source: WorkbookSnapshot;
beforeAll(async () => {
  const w = new Workbook();
  addMatrix(w);
  addCommitments(w);
  source = await readWorkbookBuffer(await bufferOf(w));
});

describe('Importer', () => {
  it('previews, lets the user leave an area out, imports into the same workbook, and has nothing left to write after', async () => {
    const port = createMemoryPort(source);
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Importer' }));
    expect(await screen.findByRole('heading', { name: 'Importer vos propres tableaux' })).toBeTruthy();
    expect(await screen.findByText(/Les tableaux du contrat manquants seront d’abord créés/)).toBeTruthy();

    // The rows as they will be written, one line each (the matrix's first cell: ARS, 2025, 5 000,00 € for 1.1.1).
    await user.click(screen.getByText('Engagements (financeur · année · montant · statut · action) (23)'));
    expect(screen.getByText(/^ARS · 2025 · 5\s000,00\s€ · Acquis · 1\.1\.1$/)).toBeTruthy();

    // Leave the list of commitments out: its money is listed as skipped, only the matrix's is imported.
    const included = await screen.findAllByRole('checkbox', { name: 'Importer cette zone' });
    expect(included).toHaveLength(2);
    await user.click(included[1]!);
    expect(await screen.findByText('Vous avez modifié le mapping proposé.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Importer dans ce classeur' }));
    expect(await screen.findByText('Import terminé')).toBeTruthy();
    const fundings = locateTable(await port.read(), FUNDINGS_TABLE)!;
    // The matrix alone: 152 251,65 € over 19 cells (import.test.ts, summed by hand there).
    expect(fundings.rows.reduce((sum, r) => sum + Math.round(Number(r.cell('amount')?.value ?? 0) * 100), 0)).toBe(15225165);
    expect(fundings.rows).toHaveLength(19);

    await waitFor(() => expect(screen.getByText('Rien à écrire : les tableaux contiennent déjà ce que disent vos feuilles.')).toBeTruthy());
    expect((screen.getByRole('button', { name: 'Importer dans ce classeur' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Le dernier import est enregistré dans ce classeur/)).toBeTruthy();
    // The saved mapping keeps the area left out.
    expect((screen.getAllByRole('checkbox', { name: 'Importer cette zone' })[1] as HTMLInputElement).checked).toBe(false);
  });

  it('changes the partner of a matrix column in English', async () => {
    const port = createMemoryPort(source);
    const user = userEvent.setup();
    render(<App port={port} lang="en" />);
    await user.click(screen.getByRole('tab', { name: 'Import' }));
    await user.click((await screen.findAllByRole('button', { name: 'Change the columns' }))[0]!);
    const partner = await screen.findByRole('combobox', { name: 'Partner of column E' });
    await user.selectOptions(partner, 'CPAM');
    await user.click(screen.getByRole('button', { name: 'Import into this workbook' }));
    expect(await screen.findByText('Import done')).toBeTruthy();
    const fundings = locateTable(await port.read(), FUNDINGS_TABLE)!;
    const cpam = fundings.rows.filter((r) => r.cell('funder')?.value === 'CPAM');
    // Column E: Commune 2025, 300,00 € on « Ateliers cuisine »; the list's CPAM line (850,05 €) stays.
    expect(cpam.map((r) => r.cell('amount')?.value).sort()).toEqual([300, 850.05]);
    expect(within(screen.getByRole('tabpanel')).queryByRole('alert')).toBeNull();
  });
});

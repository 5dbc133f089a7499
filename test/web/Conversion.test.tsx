/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import type { SaveFile } from '../../src/web/download';
import type { Conversion } from '../../src/web/conversion-loader';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { validateWorkbook } from '../../src/domain/validate';
import { addMatrix, bufferOf, coordinatorWorkbook } from '../import/shapes';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to choose a layout.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
});

// The real modules, loaded the way Node resolves them (webpack's lazy chunks are exercised by the browser test).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadXlsx = (): Promise<Xlsx> => Promise.resolve(require('../../src/web/xlsx-module') as Xlsx);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadConversion = (): Promise<Conversion> => Promise.resolve(require('../../src/web/conversion-module') as Conversion);

// Testing Library folds the non-breaking spaces of amounts (1 000,00 €) into plain spaces before matching.

/** jsdom's Blob has no arrayBuffer(): read it as the page would on an old browser. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

function xlsxFile(bytes: Uint8Array, name: string): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Renders the page and waits for its download form (loaded after the first screen). */
async function renderPage(saveFile: SaveFile = jest.fn(), initialLang: 'fr' | 'en' = 'fr'): Promise<void> {
  render(<WebPage initialLang={initialLang} theme="light" loadXlsx={loadXlsx} loadConversion={loadConversion} saveFile={saveFile} />);
  await screen.findAllByRole('radio');
}

async function drop(workbook: Workbook, name: string, label = 'Choisir un classeur (.xlsx)'): Promise<void> {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText(label), xlsxFile(await bufferOf(workbook), name));
}

const matrixOnly = (withYears: boolean): Workbook => {
  const w = new Workbook();
  addMatrix(w, withYears);
  return w;
};

describe('web page: conversion of a coordinator’s own workbook', () => {
  it('proposes the conversion instead of the check: areas, columns, conservation per money area, counts', async () => {
    await renderPage();
    await drop(coordinatorWorkbook(), 'suivi.xlsx');
    await screen.findByRole('heading', { level: 2, name: 'Convertir « suivi.xlsx » au format du contrat' });
    expect(screen.queryByRole('tab', { name: 'Contrôler' })).toBeNull();
    const areas = screen.getByRole('heading', { level: 3, name: 'Zones reconnues (mapping)' }).closest('section')!;
    expect(within(areas).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      '1. Matrice des partenaires',
      '2. Tableau de bord des actions',
      '3. Liste d’engagements',
      '4. Grille d’évaluation',
    ]);
    const matrix = within(areas).getByRole('article', { name: '1. Matrice des partenaires' });
    expect(within(matrix).getByText(/Feuille « Engagements 2025-2026 », plage A3:L10 — en-tête ligne 3, lignes 4 à 10/)).toBeTruthy();
    const columns = within(matrix).getByRole('table', { name: 'Colonnes de « Engagements 2025-2026 » et ce qu’elles deviennent' });
    const rows = within(columns).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(rows.slice(1, 4)).toEqual([
      ['A', '« CLS »', 'Numéro et intitulé de l’action'],
      ['B', '« ARS »', 'Engagement de ARS (2025)'],
      ['C', '« Coll locale »', 'Engagement de Collectivité porteuse (2025)'],
    ]);
    expect(rows[6]).toEqual(['F', '« Financements restant à trouver »', 'Non importée : restant à trouver']);
    expect(rows[12]).toEqual(['L', '« TOTAL »', 'Non importée : total']);
    // Sums written by hand from test/import/shapes.ts: partner cells 152 251,65 €, TOTAL row and column, remaining 5 000 €.
    expect(within(matrix).getByText('Engagements 2025-2026!A3:L10 : source 613 006,60 € = importé 152 251,65 € + budget 0,00 € + écarté 460 754,95 € ✓ (42 nombres)')).toBeTruthy();
    // F5 1 000 + F6 500 + K6 500, and the zeros K5, F8, K8: the « restant à trouver » columns, never commitments.
    expect(within(matrix).getByText('restant à trouver : 6 cellules, 2 000,00 €')).toBeTruthy();
    expect(within(matrix).getByText('Cellules : F5, K5, F6, K6, F8, K8')).toBeTruthy();
    expect(within(matrix).getByText('colonne de total : 4 cellules, 152 251,65 €')).toBeTruthy();
    expect(within(matrix).getByText('Cellules : E6 « à définir »')).toBeTruthy();
    expect(within(matrix).getByText('Ligne 4 « Axe 1 : Santé mentale » — titre d’axe')).toBeTruthy();
    const list = within(areas).getByRole('article', { name: '3. Liste d’engagements' });
    expect(within(list).getByText('Suivi financier!A1:G9 : source 33 100,80 € = importé 13 550,40 € + budget 0,00 € + écarté 19 550,40 € ✓ (7 nombres)')).toBeTruthy();
    const dashboard = within(areas).getByRole('article', { name: '2. Tableau de bord des actions' });
    expect(within(dashboard).getByText('Tableau de bord!A3:F10 : source 88 001,80 € = importé 0,00 € + budget 44 000,90 € + écarté 44 000,90 € ✓ (5 nombres)')).toBeTruthy();
    // The evaluation grid holds no money: no conservation line.
    expect(within(within(areas).getByRole('article', { name: '4. Grille d’évaluation' })).queryByText(/source .* = importé/)).toBeNull();
    expect(screen.getByText('Importé : 4 actions, 23 engagements, 7 indicateurs ; partenaires ajoutés à la liste : Commune, Ville')).toBeTruthy();
    expect(screen.getByText('Grille évaluation!A11 : indicateur rattaché à l’action 2.1.1 de la ligne au-dessus')).toBeTruthy();
    // The year field only when a year is missing or assumed.
    expect(screen.queryByLabelText(/Année des montants sans année/)).toBeNull();
  });

  it('shows the partner names and values turned into the contract’s', async () => {
    await renderPage();
    await drop(coordinatorWorkbook(), 'suivi.xlsx');
    const table = await screen.findByRole('table', { name: 'Mots du classeur remplacés par ceux des listes du contrat' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent).join(' | '));
    expect(rows).toEqual(expect.arrayContaining([
      'Partenaire | ARS Normandie | ARS | 1',
      'Partenaire | CPAM de la Manche | CPAM | 1',
      'Statut du financement | Notifié | Acquis | 2',
      'Statut du financement | Envisagé | Prévisionnel | 1',
      'Nature | Numéraire | Financier | 3',
      'Nature | Valorisation | Humain valorisé | 1',
      'Statut de l’action | Terminé | Réalisée | 1',
    ]));
    expect(rows).not.toContain(expect.stringMatching(/^Partenaire \| Ville/));
  });

  it('asks for the year of a matrix without one, then re-runs the import with it', async () => {
    const user = userEvent.setup();
    await renderPage();
    await drop(matrixOnly(false), 'matrice.xlsx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Conversion impossible en l’état');
    expect(alert.textContent).toContain('Engagements 2025-2026!A3:L10 : aucune année (ni bandeau d’années, ni colonne Année). Indiquez l’année de ces montants ci-dessous');
    expect(screen.queryByRole('button', { name: 'Télécharger le classeur converti' })).toBeNull();
    const year = screen.getByRole('textbox', { name: /Année des montants sans année/ });
    await user.type(year, '26');
    await user.click(screen.getByRole('button', { name: 'Recalculer avec cette année' }));
    expect(screen.getByText('Indiquez une année sur quatre chiffres, entre 1990 et 2100.')).toBeTruthy();
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Recalculer avec cette année' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('table', { name: /Colonnes de « Engagements 2025-2026 »/ }).textContent).toContain('Engagement de ARS (2026)');
    expect(screen.getByText('Engagements 2025-2026!A3:L10 : source 613 006,60 € = importé 152 251,65 € + budget 0,00 € + écarté 460 754,95 € ✓ (42 nombres)')).toBeTruthy();
    expect(screen.getByText('Engagements 2025-2026!A3:L10 : sans année indiquée, montants comptés en 2026 (année indiquée sur la page)')).toBeTruthy();
  });

  it('downloads the converted workbook: a new file, valid, the imported amounts per partner; the dropped bytes untouched', async () => {
    const user = userEvent.setup();
    const saveFile = jest.fn<void, Parameters<SaveFile>>();
    await renderPage(saveFile);
    const source = await bufferOf(coordinatorWorkbook());
    const before = Buffer.from(source).toString('base64');
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(source, 'suivi.xlsx'));
    await user.click(await screen.findByRole('button', { name: 'Télécharger le classeur converti' }));
    // One error that is the source's, not the conversion's: action 2.1.2 (Jardins partagés) has no indicator in the grid.
    await screen.findByText(/^Classeur « suivi-cls\.xlsx » téléchargé\. Contrôle du classeur converti : 1 erreur, \d+ avertissements?, \d+ infos?\.$/);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [blob, name] = saveFile.mock.calls[0]!;
    expect(name).toBe('suivi-cls.xlsx');
    const report = validateWorkbook(await readWorkbookBuffer(await bytesOf(blob)), { asOf: '2026-11-23', profile: 'generic' });
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell])).toEqual([['evaluation.action-without-indicator', 'G5']]);
    expect(report.findings.filter((f) => f.rule.startsWith('structure.'))).toEqual([]);
    // Acquis and sollicité money: ARS 42 000,10 + 41 000,10 (matrix) + 1 200,10 (list); the list's CPAM (valorised) and
    // Conseil départemental (prévisionnel) are not committed money.
    expect(report.totals.byFunderCents).toEqual({ ARS: 8420030, 'Collectivité porteuse': 5750050, CAF: 1040070, Commune: 135025, Ville: 150025 });
    expect(Buffer.from(source).toString('base64')).toBe(before);
    // The converted workbook opens in the check.
    await user.click(screen.getByRole('button', { name: 'Contrôler le classeur converti' }));
    await screen.findByRole('tab', { name: 'Contrôler' });
    expect(screen.getByText(/« suivi-cls\.xlsx » \(\d+ Ko\), ouvert en lecture seule\./)).toBeTruthy();
  });

  it('says what was looked for and shows the first rows when nothing is recognisable, with the new-workbook download', async () => {
    await renderPage();
    const w = new Workbook();
    const s = w.addWorksheet('Notes');
    s.getCell('A1').value = 'Réunion du 12 mars';
    s.getCell('B2').value = 'Présents : 8';
    await drop(w, 'notes.xlsx');
    await screen.findByText('Rien de reconnaissable dans ce classeur');
    expect(screen.getByText(/^Cherché sur chaque feuille : une matrice des partenaires/)).toBeTruthy();
    const peek = screen.getByRole('region', { name: 'Premières lignes de la feuille « Notes », telles que lues' });
    expect(within(peek).getAllByRole('row').map((r) => r.textContent)).toEqual(['Ligne 1Réunion du 12 mars', 'Ligne 2Présents : 8']);
    expect(screen.getByRole('button', { name: 'Télécharger un classeur CLS' })).toBeTruthy();
  });

  it('is complete in English', async () => {
    await renderPage(jest.fn(), 'en');
    await drop(coordinatorWorkbook(), 'suivi.xlsx', 'Choose a workbook (.xlsx)');
    await screen.findByRole('heading', { level: 2, name: 'Convert “suivi.xlsx” to the contract’s layout' });
    expect(screen.getByRole('heading', { level: 3, name: 'Recognised areas (mapping)' })).toBeTruthy();
    expect(screen.getByText('Engagements 2025-2026!A3:L10: source €613,006.60 = imported €152,251.65 + budget €0.00 + skipped €460,754.95 ✓ (42 numbers)')).toBeTruthy();
    expect(screen.getByText('still to find: 6 cells, €2,000.00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the converted workbook' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Words of the workbook replaced by those of the contract’s lists' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Matrice|Télécharger le classeur converti|Zones reconnues/);
  });
});

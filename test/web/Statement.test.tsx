/** @jest-environment jsdom */
/**
 * One workbook open in the page: the partner statement (partner and year chosen, figures summed by hand from the
 * clean fixture), its .xlsx export and print, the comparison with a previous version (the pane's, in Synthèse: the page
 * does not repeat it), and the accessible charts.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import type { SaveFile } from '../../src/web/download';
import { readBytes } from '../../src/web/read-bytes';
import type { ReviewViews } from '../../src/web/review-loader';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadXlsx = (): Promise<Xlsx> => Promise.resolve(require('../../src/web/xlsx-module') as Xlsx);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadReviewViews = (): Promise<ReviewViews> => Promise.resolve(require('../../src/web/review-module') as ReviewViews);

const file = (bytes: Uint8Array, name: string): File => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function openWorkbook(bytes: Uint8Array, lang: 'fr' | 'en' = 'fr', saveFile: SaveFile = jest.fn()): Promise<void> {
  render(<WebPage initialLang={lang} theme="light" loadXlsx={loadXlsx} saveFile={saveFile} loadReviewViews={loadReviewViews} />);
  await userEvent.setup().upload(screen.getByLabelText(/Choisir un classeur|Choose a workbook/), file(bytes, 'cls.xlsx'));
  await screen.findByRole('heading', { name: lang === 'fr' ? 'Relevé partenaire' : 'Partner statement' }, { timeout: 10_000 });
}

/** The pane's « Synthèse », then its « Comparer avec une version précédente »: where the page compares versions. */
async function openComparison(): Promise<void> {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: 'Synthèse' }));
  await user.click(await screen.findByRole('button', { name: 'Comparer avec une version précédente' }, { timeout: 10_000 }));
  await screen.findByLabelText('Choisir la version d’avant (.xlsx)', undefined, { timeout: 10_000 });
}

const figure = (label: string): string => {
  const term = screen.getAllByRole('term').find((t) => t.textContent === label);
  if (!term) throw new Error(`no figure ${label}`);
  return term.nextElementSibling?.textContent ?? '';
};

describe('partner statement', () => {
  it('the ARS first, then the CPAM for 2026 only: figures, shares, lines', async () => {
    await openWorkbook(await buildWorkbookBuffer('clean'));
    expect(screen.getByRole('heading', { name: 'Relevé partenaire — ARS' })).toBeTruthy();
    expect(figure('Engagé (acquis + sollicité)')).toBe('112\u00a0000,00\u00a0€');
    expect(screen.getByRole('region', { name: 'Poste de coordination : règles de l’ARS' }).textContent).toContain('respectée');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Partenaire'), 'CPAM');
    await user.selectOptions(screen.getByLabelText('Période'), '2026');
    expect(screen.getByRole('heading', { name: 'Relevé partenaire — CPAM' })).toBeTruthy();
    expect(figure('Engagé (acquis + sollicité)')).toBe('3\u00a0000,00\u00a0€');
    // 3 000 € of the 76 500,50 € committed in 2026.
    expect(figure('Engagé par l’ensemble des partenaires du CLS')).toBe('76\u00a0500,50\u00a0€');
    expect(figure('Part du partenaire dans l’engagé du CLS')).toBe('3,9\u00a0%');
    const actions = screen.getByRole('region', { name: 'Par action' });
    expect(within(actions).getByRole('rowheader', { name: '1.1.1 — Former des sentinelles en santé mentale' })).toBeTruthy();
    expect(actions.textContent).toContain('25\u00a0%');
    expect(screen.queryByRole('region', { name: 'Poste de coordination : règles de l’ARS' })).toBeNull();
  });

  it('exports the statement shown to .xlsx, and prints it', async () => {
    const saveFile = jest.fn<void, Parameters<SaveFile>>();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    await openWorkbook(await buildWorkbookBuffer('clean'), 'fr', saveFile);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Partenaire'), 'CAF');
    await user.click(screen.getByRole('button', { name: 'Télécharger le relevé (.xlsx)' }));
    await screen.findByText('Relevé « releve-caf.xlsx » téléchargé.');
    const workbook = new Workbook();
    await workbook.xlsx.load(await readBytes(saveFile.mock.calls[0]![0]));
    const sheet = workbook.getWorksheet('Relevé')!;
    expect(sheet.getCell('A1').value).toBe('Relevé partenaire — CAF');
    const figures = new Map<unknown, unknown>();
    sheet.eachRow((row) => figures.set(row.getCell(1).value, row.getCell(2).value));
    expect(figures.get('Engagé (acquis + sollicité)')).toBe(4_500);
    await user.click(screen.getByRole('button', { name: 'Imprimer / PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('marks what printing leaves out: the banner, the pane, the controls, the other sections', async () => {
    await openWorkbook(await buildWorkbookBuffer('clean'));
    const statement = document.querySelector('[data-print-section="statement"]')!;
    expect(statement.querySelector('[data-print-hide] select')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Graphiques' }).closest('[data-print-hide]')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).closest('[data-print-hide]')).toBeTruthy();
    expect(statement.querySelector('[data-print-only]')?.textContent).toMatch(/Imprimé le \d\d\/\d\d\/\d{4}/);
  });
});

describe('comparison with a previous version', () => {
  it('is offered once, by the pane: the page below it does not repeat it', async () => {
    await openWorkbook(await buildWorkbookBuffer('clean'));
    expect(screen.queryByLabelText('Choisir la version d’avant (.xlsx)')).toBeNull();
    await openComparison();
    expect(screen.getAllByLabelText('Choisir la version d’avant (.xlsx)')).toHaveLength(1);
  });

  it('lists what changed since the version picked, by content', async () => {
    const next = fixtureModel('clean');
    setCell(tableOf(next, 'CLS_Financements'), 9, 'Montant (€)', 6_000);
    await openWorkbook(await buildWorkbookBuffer(next));
    await openComparison();
    await userEvent.setup().upload(screen.getByLabelText('Choisir la version d’avant (.xlsx)'), file(await buildWorkbookBuffer('clean'), 'juin.xlsx'));
    const result = await screen.findByRole('region', { name: 'Version précédente : « juin.xlsx »' });
    expect(result.textContent).toContain('Action 1.1.1 · CPAM · Financier : montant 3\u00a0000,00\u00a0€ → 6\u00a0000,00\u00a0€');
    expect(result.textContent).toContain('+3\u00a0000,00\u00a0€');
  });

  it('refuses another CLS with a sentence', async () => {
    const other = fixtureModel('clean');
    setCell(tableOf(other, 'CLS_Parametres'), 0, 'Valeur', 'Contrat local de santé de Bellerive');
    await openWorkbook(await buildWorkbookBuffer('clean'));
    await openComparison();
    await userEvent.setup().upload(screen.getByLabelText('Choisir la version d’avant (.xlsx)'), file(await buildWorkbookBuffer(other), 'autre.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/ne sont pas deux versions du même CLS/);
  });
});

describe('charts', () => {
  it('are images named by their caption, every value in their description, loaded after the statement', async () => {
    await openWorkbook(await buildWorkbookBuffer('clean'));
    const partners = await screen.findByRole('img', { name: /Engagé par partenaire \(acquis et sollicité\)/ });
    expect(partners.querySelector('desc')?.textContent).toContain('ARS : 112\u00a0000,00\u00a0€ (acquis 84\u00a0000,00\u00a0€, sollicité 28\u00a0000,00\u00a0€)');
    const years = screen.getByRole('img', { name: /Engagé par année/ });
    expect(years.querySelectorAll('g')).toHaveLength(3);
    const axes = screen.getByRole('img', { name: /Statut des actions par axe/ });
    expect(axes.querySelector('desc')?.textContent).toContain('Santé mentale et accès aux soins : 2 en cours, 1 réalisée ; Un cadre de vie');
  });

  it('speak English', async () => {
    await openWorkbook(await buildWorkbookBuffer('clean'), 'en');
    const axes = await screen.findByRole('img', { name: /Action status by axis/ });
    await waitFor(() => expect(axes.querySelector('desc')?.textContent).toContain('Santé mentale et accès aux soins: 2 in progress, 1 done; Un cadre'));
  });
});

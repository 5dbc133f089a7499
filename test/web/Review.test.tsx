/** @jest-environment jsdom */
/**
 * The page with several workbooks: the per-CLS table and the consolidated totals, summed by hand from the corpus
 * (test/review/corpus.ts), the duplicate counted once, the unreadable file named, the report downloaded and printable.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Workbook } from 'exceljs';
import type { SaveFile } from '../../src/web/download';
import { readBytes } from '../../src/web/read-bytes';
import type { ReviewViews } from '../../src/web/review-loader';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';
import { clsModel } from '../review/corpus';
import { pinClock, unpinClock } from '../setup/pin-clock';

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

const file = (bytes: Uint8Array, name: string, lastModified = Date.UTC(2026, 5, 1)): File =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', lastModified });

let files: File[];
beforeAll(async () => {
  const eleven = await buildWorkbookBuffer(clsModel(11));
  files = [
    file(await buildWorkbookBuffer(clsModel(1)), 'cls-01.xlsx'),
    file(eleven, 'cls-11.xlsx', Date.UTC(2026, 9, 1)),
    // The same CLS, an older copy: not counted.
    file(eleven, 'cls-11-copie.xlsx', Date.UTC(2026, 0, 1)),
    file(new Uint8Array(Buffer.from('PK')), 'budget.ods'),
  ];
});

function renderPage(saveFile: SaveFile = jest.fn(), lang: 'fr' | 'en' = 'fr'): void {
  render(<WebPage initialLang={lang} theme="light" loadXlsx={loadXlsx} saveFile={saveFile} loadReviewViews={loadReviewViews} />);
}

async function pickAll(): Promise<HTMLElement> {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText(/Choisir un classeur|Choose a workbook/), files);
  return screen.findByRole('region', { name: /Tableau par CLS|Table by CLS/ }, { timeout: 10_000 });
}

describe('several workbooks in the page', () => {
  // The late actions counted depend on the day: the figures below are those of 30 November 2026.
  beforeEach(() => pinClock(new Date(2026, 10, 30, 12)));
  afterEach(() => unpinClock());

  it('one row per CLS with its figures, the Total row the sum of the rows, to the cent', async () => {
    renderPage();
    const table = await pickAll();
    const rows = within(table).getAllByRole('row');
    // Header, two CLS, Total.
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('Contrat local de santé n° 1');
    // CLS n° 1: 236 500,50 € + 10,25 € committed; CLS n° 11: 236 500,50 € + 112,75 €.
    expect(rows[1]!.textContent).toContain('236\u00a0510,75\u00a0€');
    expect(rows[2]!.textContent).toContain('236\u00a0613,25\u00a0€');
    expect(rows[3]!.textContent).toContain('473\u00a0124,00\u00a0€');
    // The late action of n° 1.
    expect(within(rows[1]!).getAllByRole('cell').at(-3)!.textContent).toBe('1');
    expect(screen.getByText(/« Contrat local de santé n° 11 » : retenu cls-11\.xlsx .* écarté : cls-11-copie\.xlsx/)).toBeTruthy();
    expect(screen.getByText(/budget\.ods : classeur OpenDocument \(\.ods\), illisible ici/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Engagé par partenaire, tous CLS' }).textContent).toContain('224\u00a0000,00\u00a0€');
  });

  it('downloads the review report, the same figures as the table', async () => {
    const saveFile = jest.fn<void, Parameters<SaveFile>>();
    renderPage(saveFile);
    await pickAll();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Télécharger le rapport de revue (.xlsx)' }));
    await screen.findByText('Rapport « revue-cls.xlsx » téléchargé.');
    const [blob, name] = saveFile.mock.calls[0]!;
    expect(name).toBe('revue-cls.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(await readBytes(blob));
    const rows: unknown[][] = [];
    workbook.getWorksheet('Revue des CLS')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[9]])).toEqual([
      ['Contrat local de santé n° 1', 236_510.75],
      ['Contrat local de santé n° 11', 236_613.25],
    ]);
  });

  it('prints through the browser, and opens one CLS alone in the pane', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage();
    await pickAll();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Imprimer / PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Ouvrir cls-11.xlsx seul' }));
    await screen.findByRole('tab', { name: 'Contrôler' });
    await waitFor(() => expect(screen.getByText(/« cls-11\.xlsx » \(\d+ Ko\), ouvert en lecture seule\./)).toBeTruthy());
    print.mockRestore();
  });

  it('speaks English', async () => {
    renderPage(jest.fn(), 'en');
    const table = await pickAll();
    expect(screen.getByRole('heading', { name: 'Review of 4 workbooks' })).toBeTruthy();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Still to find');
    expect(screen.getByText(/budget\.ods: OpenDocument spreadsheet \(\.ods\), not readable here/)).toBeTruthy();
  });
});

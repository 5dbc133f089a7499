/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SaveFile } from '../../src/web/download';
import type { FileHandle } from '../../src/web/file-port';
import { readBytes } from '../../src/web/read-bytes';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';
import { pinClock, unpinClock } from '../setup/pin-clock';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to choose a layout.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
});

// The real adapter, loaded the way Node resolves it (webpack's lazy chunk is exercised by the browser test).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadXlsx = (): Promise<Xlsx> => Promise.resolve(require('../../src/web/xlsx-module') as Xlsx);

function xlsxFile(bytes: Uint8Array, name: string, lastModified = Date.now()): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', lastModified });
}

// The page checks as of today and signs its sample in the current year: every test runs on 30 November 2026.
beforeEach(() => pinClock('2026-11-30'));
afterEach(() => unpinClock());

/** The summary lines the page must show for the fixtures `invertedDates` (an action ending before it starts, an unknown funder) and `clean`. */
const INVERTED_DATES_LINE = '2 erreurs, 1 avertissement, 0 info';
const CLEAN_LINE = '0 erreur, 0 avertissement, 0 info';

/** A file on "disk" behind a File System Access handle: the test saves new versions, the page reads them through the handle. */
function diskFile(first: File): { handle: FileHandle; save: (file: File) => void; fail: () => void } {
  let current = first;
  let broken = false;
  return {
    handle: { getFile: () => (broken ? Promise.reject(new DOMException('gone', 'NotFoundError')) : Promise.resolve(current)) },
    save: (file) => {
      current = file;
    },
    fail: () => {
      broken = true;
    },
  };
}

/** Gives the page a `showOpenFilePicker` that "chooses" `handles`; returns the spy and the way to remove it. */
function offerPicker(handles: readonly FileHandle[]): { picker: jest.Mock; restore: () => void } {
  const picker = jest.fn(() => Promise.resolve(handles));
  Object.defineProperty(window, 'showOpenFilePicker', { value: picker, configurable: true, writable: true });
  return { picker, restore: () => delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker };
}

const summary = (lang: 'fr' | 'en' = 'fr'): Promise<HTMLElement> => screen.findByRole('status', { name: lang === 'fr' ? 'Résultat du contrôle' : 'Check result' });

/** Renders the page and waits for its download form (loaded after the first screen). */
async function renderPage(saveFile: SaveFile = jest.fn()): Promise<ReturnType<typeof render>> {
  const rendered = render(<WebPage initialLang="fr" theme="light" loadXlsx={loadXlsx} saveFile={saveFile} />);
  await screen.findByRole('radio', { name: 'Normandie' });
  return rendered;
}

describe('WebPage', () => {
  it('shows the shell in French: title, privacy promise, a labelled file input, a download section', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Tableaux CLS — contrôle d’un classeur' })).toBeTruthy();
    expect(screen.getByText('Votre fichier reste sur votre ordinateur : rien n’est envoyé.')).toBeTruthy();
    const input = screen.getByLabelText('Choisir un classeur (.xlsx)');
    expect(input.getAttribute('type')).toBe('file');
    expect(screen.getByRole('heading', { name: 'Télécharger un classeur CLS' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Tableaux CLS — contrôle d’un classeur');
  });

  it('switches the page to English and back', async () => {
    const user = userEvent.setup();
    await renderPage();
    const languages = screen.getByRole('group', { name: 'Langue de la page' });
    await user.click(within(languages).getByRole('button', { name: 'EN' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tableaux CLS — check a workbook' })).toBeTruthy();
    expect(screen.getByText('Your file stays on your computer: nothing is sent.')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Page language' })).getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('button', { name: 'FR' }));
    expect(screen.getByLabelText('Choisir un classeur (.xlsx)')).toBeTruthy();
  });

  it('says in French why a file that is not a workbook cannot be checked, and keeps the picker', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(new Uint8Array(Buffer.from('pas un classeur')), 'notes.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce fichier ne peut pas être contrôlé');
    expect(alert.textContent).toContain("notes.xlsx n'est pas un classeur .xlsx");
    expect(screen.getByLabelText('Choisir un classeur (.xlsx)')).toBeTruthy();
  });

  it('opens a picked workbook in the task pane, on the Contrôler view, read-only', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(await buildWorkbookBuffer('clean'), 'cls-valmont.xlsx'));
    await waitFor(() => expect(document.querySelector('[role=alert]')?.textContent ?? 'none').toBe('none'));
    const tab = await screen.findByRole('tab', { name: 'Contrôler' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Télécharger' })).toBeTruthy();
    expect(screen.getByText(/« cls-valmont\.xlsx » \(\d+ Ko\), ouvert en lecture seule\./)).toBeTruthy();
    expect(screen.getByLabelText('Choisir un autre classeur').getAttribute('type')).toBe('file');
  });

  it('downloads a workbook from the section shown before any file', async () => {
    const user = userEvent.setup();
    const saveFile = jest.fn<void, Parameters<SaveFile>>();
    await renderPage(saveFile);
    await user.click(await screen.findByRole('radio', { name: '5 ans' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger un classeur CLS' }));
    await screen.findByText('Classeur « cls-normandie-5ans.xlsx » téléchargé.');
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile.mock.calls[0]![1]).toBe('cls-normandie-5ans.xlsx');
  });

  it('takes a file dropped anywhere on the page', async () => {
    await renderPage();
    const clean = xlsxFile(await buildWorkbookBuffer('clean'), 'premier.xlsx');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [clean] } });
    act(() => {
      window.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    await screen.findByRole('tab', { name: 'Contrôler' });
    expect(screen.getByText(/« premier\.xlsx » \(\d+ Ko\), ouvert en lecture seule\./)).toBeTruthy();
  });

  it('reviews several files dropped at once, the unreadable one named', async () => {
    await renderPage();
    const clean = xlsxFile(await buildWorkbookBuffer('clean'), 'premier.xlsx');
    const other = xlsxFile(new Uint8Array([1, 2, 3]), 'second.xlsx');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [clean, other] } });
    act(() => {
      window.dispatchEvent(drop);
    });
    expect(await screen.findByRole('heading', { name: 'Revue de 2 classeurs' })).toBeTruthy();
    expect(screen.getByText('2 classeurs en revue, ouverts en lecture seule.')).toBeTruthy();
    expect(screen.getByText(/second\.xlsx n'est pas un classeur \.xlsx/)).toBeTruthy();
  });

  it('checks a workbook as soon as it is opened: the result shows without « Lancer le contrôle »', async () => {
    const user = userEvent.setup();
    await renderPage();
    const bytes = await buildWorkbookBuffer('invertedDates');
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(bytes, 'cls-dates.xlsx'));
    expect((await summary()).textContent).toBe(INVERTED_DATES_LINE);
    expect(screen.getByRole('button', { name: 'Relancer le contrôle' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lancer le contrôle' })).toBeNull();
  });

  it('re-runs the check when « Règles appliquées » changes, without a click', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(await buildWorkbookBuffer('clean'), 'cls.xlsx'));
    await summary();
    await screen.findByText(/· profil Normandie$/);
    await user.selectOptions(screen.getByLabelText('Règles appliquées'), 'centre-val-de-loire');
    expect(await screen.findByText(/· profil Centre-Val de Loire$/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Règles appliquées'), 'generic');
    expect(await screen.findByText(/· profil Générique$/)).toBeTruthy();
  });

  it('« Relancer » reads the file again through its File System Access handle: the saved fix shows, then « inchangé »', async () => {
    const user = userEvent.setup();
    const defects = await buildWorkbookBuffer('invertedDates');
    const clean = await buildWorkbookBuffer('clean');
    const disk = diskFile(xlsxFile(defects, 'cls.xlsx', Date.UTC(2026, 10, 30, 9, 0)));
    const { picker, restore } = offerPicker([disk.handle]);
    try {
      await renderPage();
      await user.click(screen.getByText('Choisir un classeur (.xlsx)'));
      expect(picker).toHaveBeenCalledWith(expect.objectContaining({ multiple: true }));
      expect((await summary()).textContent).toBe(INVERTED_DATES_LINE);

      disk.save(xlsxFile(clean, 'cls.xlsx', Date.UTC(2026, 10, 30, 9, 30)));
      await user.click(screen.getByRole('button', { name: 'Relancer le contrôle' }));
      await waitFor(() => expect(screen.getByRole('status', { name: 'Résultat du contrôle' }).textContent).toBe(CLEAN_LINE));
      const opened = screen.getByRole('region', { name: 'Classeur ouvert' });
      expect(within(opened).getByText(/^Fichier relu sur le disque : contrôle de la version enregistrée le 30\/11\/2026 à \d\d:\d\d\.$/)).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Relancer le contrôle' }));
      expect(await within(opened).findByText(/^Fichier relu sur le disque : inchangé depuis son enregistrement du 30\/11\/2026/)).toBeTruthy();
      expect(screen.getByRole('status', { name: 'Résultat du contrôle' }).textContent).toBe(CLEAN_LINE);
    } finally {
      restore();
    }
  });

  it('says in a sentence when the file can no longer be read from disk, and keeps the last result', async () => {
    const user = userEvent.setup();
    const bytes = await buildWorkbookBuffer('invertedDates');
    const disk = diskFile(xlsxFile(bytes, 'cls.xlsx'));
    const { restore } = offerPicker([disk.handle]);
    try {
      await renderPage();
      await user.click(screen.getByText('Choisir un classeur (.xlsx)'));
      expect((await summary()).textContent).toBe(INVERTED_DATES_LINE);
      disk.fail();
      await user.click(screen.getByRole('button', { name: 'Relancer le contrôle' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('« cls.xlsx » n’a pas pu être relu sur le disque (déplacé, renommé ou supprimé ?) : déposez à nouveau le fichier modifié sur la page.');
      expect(screen.getByRole('status', { name: 'Résultat du contrôle' }).textContent).toBe(INVERTED_DATES_LINE);
    } finally {
      restore();
    }
  });

  it('without a handle (a copy of the file), « Relancer » says to drop the modified file again, in French and English', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(await buildWorkbookBuffer('clean'), 'cls-copie.xlsx'));
    await summary();
    const opened = screen.getByRole('region', { name: 'Classeur ouvert' });
    expect(within(opened).queryByText(/déposez à nouveau/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Relancer le contrôle' }));
    expect(
      await within(opened).findByText(
        'Ce navigateur ne peut pas relire « cls-copie.xlsx » sur le disque : le contrôle porte sur le fichier tel qu’il a été ouvert. Si vous l’avez modifié, déposez à nouveau le fichier modifié (ou choisissez-le).',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(
      within(screen.getByRole('region', { name: 'Open workbook' })).getByText(
        'This browser cannot read “cls-copie.xlsx” again from disk: the check is of the file as it was opened. If you changed it, drop the modified file again (or choose it).',
      ),
    ).toBeTruthy();
  });

  it('a dropped file with a handle (Chromium) is read again on « Relancer »', async () => {
    const user = userEvent.setup();
    await renderPage();
    const defects = await buildWorkbookBuffer('invertedDates');
    const clean = await buildWorkbookBuffer('clean');
    const disk = diskFile(xlsxFile(defects, 'depose.xlsx', 1_000));
    const handle = Object.assign(disk.handle, { kind: 'file' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    const item = { kind: 'file', webkitGetAsEntry: () => ({ isFile: true, isDirectory: false }), getAsFileSystemHandle: () => Promise.resolve(handle) };
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [], items: [item] } });
    act(() => {
      window.dispatchEvent(drop);
    });
    expect((await summary()).textContent).toBe(INVERTED_DATES_LINE);
    disk.save(xlsxFile(clean, 'depose.xlsx', 2_000));
    await user.click(screen.getByRole('button', { name: 'Relancer le contrôle' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Résultat du contrôle' }).textContent).toBe(CLEAN_LINE));
  });

  it('asks the download choices with the same controls as the pane’s « Télécharger » tab', async () => {
    const user = userEvent.setup();
    await renderPage();
    const section = screen.getByRole('region', { name: 'Télécharger un classeur CLS' });
    // Every control of the form, as a screen reader meets it: its kind and its label.
    const controls = (scope: HTMLElement): string[] =>
      Array.from(scope.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')).map(
        (el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}:${el.labels?.[0]?.textContent ?? ''}`,
      );
    await within(section).findByRole('radio', { name: 'Normandie' });
    await user.click(within(section).getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }));
    const onPage = controls(section);
    expect(onPage).toContain('input:radio:Données d’exemple (CLS fictif)');
    expect(onPage).toContain('input:number:Année de signature de l’exemple');

    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(await buildWorkbookBuffer('clean'), 'cls.xlsx'));
    await user.click(await screen.findByRole('tab', { name: 'Télécharger' }));
    const tab = await screen.findByRole('tabpanel');
    await within(tab).findByRole('radio', { name: 'Normandie' });
    await user.click(within(tab).getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }));
    expect(controls(tab)).toEqual(onPage);
  });

  it('downloads the sample signed in the year typed; a year not yet whole is said, and the last good one kept', async () => {
    const user = userEvent.setup();
    const download = jest.fn<void, Parameters<SaveFile>>();
    await renderPage(download);
    await user.click(await screen.findByRole('radio', { name: 'Données d’exemple (CLS fictif)' }));
    const year = screen.getByRole('spinbutton', { name: 'Année de signature de l’exemple' });
    await user.clear(year);
    await user.type(year, '20');
    expect(await screen.findByText('Saisissez une année de 2000 à 2100 : l’exemple reste signé en 2026.')).toBeTruthy();
    expect((year as HTMLInputElement).value).toBe('20');
    await user.type(year, '31');
    expect(screen.queryByText(/Saisissez une année/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Télécharger un classeur CLS' }));
    await screen.findByText('Classeur « cls-normandie-3ans.xlsx » téléchargé.');
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(await readBytes(download.mock.calls[0]![0]));
    const parameters = workbook.worksheets.map((w) => w.getSheetValues().flat().filter((v) => typeof v === 'string' && /2031/.test(v))).flat();
    expect(parameters.length).toBeGreaterThan(0);
  });
});

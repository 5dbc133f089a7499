/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SaveFile } from '../../src/web/download';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';

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

function xlsxFile(bytes: Uint8Array, name: string): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

function renderPage(saveFile: SaveFile = jest.fn()): ReturnType<typeof render> {
  return render(<WebPage initialLang="fr" theme="light" loadXlsx={loadXlsx} saveFile={saveFile} />);
}

describe('WebPage', () => {
  it('shows the shell in French: title, privacy promise, a labelled file input, a download section', () => {
    renderPage();
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
    renderPage();
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
    renderPage();
    await user.upload(screen.getByLabelText('Choisir un classeur (.xlsx)'), xlsxFile(new Uint8Array(Buffer.from('pas un classeur')), 'notes.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce fichier ne peut pas être contrôlé');
    expect(alert.textContent).toContain("notes.xlsx n'est pas un classeur .xlsx");
    expect(screen.getByLabelText('Choisir un classeur (.xlsx)')).toBeTruthy();
  });

  it('opens a picked workbook in the task pane, on the Contrôler view, read-only', async () => {
    const user = userEvent.setup();
    renderPage();
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
    renderPage(saveFile);
    await user.selectOptions(screen.getByLabelText('Durée du contrat'), '5');
    await user.click(screen.getByRole('button', { name: 'Télécharger un classeur CLS' }));
    await screen.findByText('Classeur « cls-normandie-5ans.xlsx » téléchargé.');
    expect(saveFile).toHaveBeenCalledTimes(1);
    expect(saveFile.mock.calls[0]![1]).toBe('cls-normandie-5ans.xlsx');
  });

  it('takes a file dropped anywhere on the page', async () => {
    renderPage();
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
    renderPage();
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
});

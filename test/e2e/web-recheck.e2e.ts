/**
 * The page checks a workbook as soon as it is opened, « Relancer le contrôle » reads the file again (File System
 * Access handle) or, without one, says to drop the modified file again, and other rules re-run the check: in Chromium.
 * The OS file dialog cannot be driven headless: `showOpenFilePicker` hands over a real handle of the origin's private
 * file system, which the test rewrites as Excel would save the file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { summaryLine } from '../../src/domain/messages/render';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import type { RunningServer } from '../../scripts/serve-dist';
import { buildWorkbookBuffer } from '../fixtures/cls-workbooks';
import { closeAll, openPage, pageToday } from './browser';
import { describeViolations, foreignRequests, launchChromium, runAxe, serveBuilt } from './browser-layout';

const expectedLine = async (bytes: Uint8Array, lang: 'fr' | 'en' = 'fr'): Promise<string> =>
  summaryLine(validateWorkbook(await readWorkbookBuffer(bytes), { asOf: pageToday() }).summary, lang);

/** Saves `bytes` as `cls.xlsx` in the page's private file system, as Excel saves over the file. */
async function saveOnDisk(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate(async (base64) => {
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('cls.xlsx', { create: true });
    const writable = await handle.createWritable();
    await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    await writable.close();
  }, Buffer.from(bytes).toString('base64'));
}

describe('web page: the check follows the file and the rules', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let defects: Uint8Array;
  let clean: Uint8Array;
  let requests: string[];
  let consoleMessages: string[];

  async function expectAccessible(state: string): Promise<void> {
    expect({ state, violations: describeViolations(await runAxe(page)) }).toEqual({ state, violations: [] });
  }

  beforeAll(async () => {
    server = await serveBuilt('index.html');
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cls-recheck-'));
    defects = await buildWorkbookBuffer('invertedDates');
    clean = await buildWorkbookBuffer('clean');
    expect(await expectedLine(defects)).not.toBe(await expectedLine(clean));
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    // Where the OS dialog would open: the handle of `cls.xlsx` in the origin's private file system.
    await context.addInitScript(() => {
      (window as unknown as { showOpenFilePicker: unknown }).showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle('cls.xlsx')];
    });
    ({ page, requests, consoleMessages } = await openPage(context));
  });

  afterAll(() => closeAll({ context, browser, server, dir }));

  it('picked through the browser’s picker: checked at once, no « Lancer le contrôle »', async () => {
    await page.goto(`${server.url}/index.html`);
    await saveOnDisk(page, defects);
    await page.locator('label', { hasText: 'Choisir un classeur (.xlsx)' }).click();
    const summary = page.getByRole('status', { name: 'Résultat du contrôle' });
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toBe(await expectedLine(defects));
    await expect(page.getByRole('button', { name: 'Lancer le contrôle', exact: true }).count()).resolves.toBe(0);
    await expectAccessible('checked on open');
  });

  it('« Relancer le contrôle » after the file was saved with its fixes shows the new result', async () => {
    await saveOnDisk(page, clean);
    await page.getByRole('button', { name: 'Relancer le contrôle' }).click();
    const summary = page.getByRole('status', { name: 'Résultat du contrôle' });
    const fixed = await expectedLine(clean);
    await page.waitForFunction(
      (line) => [...document.querySelectorAll('[role=status][aria-label="Résultat du contrôle"]')].some((e) => e.textContent === line),
      fixed,
    );
    await expect(summary.innerText()).resolves.toBe(fixed);
    const notice = page.getByRole('region', { name: 'Classeur ouvert' }).getByText(/^Fichier relu sur le disque : contrôle de la version enregistrée le \d\d\/\d\d\/\d{4} à \d\d:\d\d\.$/);
    await expect(notice.isVisible()).resolves.toBe(true);
    await expectAccessible('re-read');
  });

  it('changing « Règles appliquées » re-runs the check', async () => {
    await page.getByLabel('Règles appliquées').selectOption('centre-val-de-loire');
    await page.getByText(/· profil Centre-Val de Loire$/).waitFor();
    await page.getByLabel('Règles appliquées').selectOption('generic');
    await page.getByText(/· profil Générique$/).waitFor();
  });

  it('a file given without a handle: « Relancer » says to drop the modified file again, in French and English', async () => {
    const file = join(dir, 'copie.xlsx');
    writeFileSync(file, defects);
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('status', { name: 'Résultat du contrôle' }).waitFor();
    writeFileSync(file, clean);
    await page.getByRole('button', { name: 'Relancer le contrôle' }).click();
    const opened = page.getByRole('region', { name: 'Classeur ouvert' });
    await opened.getByText('Ce navigateur ne peut pas relire « copie.xlsx » sur le disque : le contrôle porte sur le fichier tel qu’il a été ouvert. Si vous l’avez modifié, déposez à nouveau le fichier modifié (ou choisissez-le).').waitFor();
    await expect(page.getByRole('status', { name: 'Résultat du contrôle' }).innerText()).resolves.toBe(await expectedLine(defects));
    await expectAccessible('as opened fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('region', { name: 'Open workbook' }).getByText(/^This browser cannot read “copie\.xlsx” again from disk: .* drop the modified file again \(or choose it\)\.$/).waitFor();
    await expectAccessible('as opened en');
  });

  it('asked nothing from anywhere but the page’s own server; no console error', () => {
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(consoleMessages).toEqual([]);
  });
});

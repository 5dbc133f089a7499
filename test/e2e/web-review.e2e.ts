/**
 * The page in Chromium for financiers and ARS referents: several workbooks dropped (the per-CLS table, the totals equal
 * to the command line's review), the partner statement printed to an A4 PDF (title, CLS, date; no button, no pane),
 * the comparison with a previous version, the charts; axe without serious or critical violation; no foreign request.
 * Screenshots and the printed PDF's first page go to test-artifacts/screenshots/ for a human look.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatEuros } from '../../src/domain/messages/render';
import { planWorkbook } from '../../src/domain/generate/plan-workbook';
import { writePlanToBuffer } from '../../src/xlsx/write';
import type { RunningServer } from '../../scripts/serve-dist';
import { run } from '../cli/helpers';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';
import { clsModel, OLE } from '../review/corpus';
import { closeAll, describeViolations, foreignRequests, launchChromium, openPage, pageToday, runAxe, SCREENSHOTS, screenshot, seriousOrCritical, serveDist } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirePrograms } = require('./require-programs') as { requirePrograms: (names: string[]) => Record<string, string> };

describe('web page: review, partner statement, comparison, charts', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let requests: string[];
  let consoleMessages: string[];
  const lot: string[] = [];

  async function expectAccessible(state: string): Promise<void> {
    const serious = seriousOrCritical(await runAxe(page));
    expect({ state, violations: describeViolations(serious) }).toEqual({ state, violations: [] });
  }

  beforeAll(async () => {
    server = await serveDist('index.html');
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cls-web-review-'));
    for (const i of [1, 2, 3, 4, 5, 11]) {
      const file = join(dir, `cls-${String(i).padStart(2, '0')}.xlsx`);
      writeFileSync(file, await buildWorkbookBuffer(clsModel(i)));
      lot.push(file);
    }
    writeFileSync(join(dir, 'cls-protege.xlsx'), OLE);
    lot.push(join(dir, 'cls-protege.xlsx'));
    writeFileSync(join(dir, 'sample.xlsx'), await writePlanToBuffer(planWorkbook({ profile: 'normandie', years: 3, sample: true })));
    const next = fixtureModel('clean');
    setCell(tableOf(next, 'CLS_Financements'), 9, 'Montant (€)', 6_000);
    writeFileSync(join(dir, 'apres.xlsx'), await buildWorkbookBuffer(next));
    writeFileSync(join(dir, 'avant.xlsx'), await buildWorkbookBuffer(fixtureModel('clean')));
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    ({ page, requests, consoleMessages } = await openPage(context));
  });

  afterAll(() => closeAll({ context, browser, server, dir }));

  it('reviews several workbooks: the per-CLS table and the totals are the command line’s, the protected file named', async () => {
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles(lot);
    const table = page.getByRole('region', { name: 'Tableau par CLS' });
    await table.waitFor({ timeout: 30_000 });
    const cli = JSON.parse((await run(['validate', ...lot, '--format', 'json', '--as-of', pageToday()], dir)).stdout) as { totals: { committed: number }; cls: { committed: number }[] };
    await expect(table.locator('tfoot').innerText()).resolves.toContain(formatEuros(Math.round(cli.totals.committed * 100), 'fr'));
    await expect(table.locator('tbody tr').count()).resolves.toBe(cli.cls.length);
    await expect(page.getByText(/cls-protege\.xlsx est protégé par un mot de passe/).isVisible()).resolves.toBe(true);
    await expectAccessible('review');
    await screenshot(page, 'web-revue');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le rapport de revue (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('revue-cls.xlsx');
  });

  it('prints the partner statement alone on A4: title, CLS, date, no buttons', async () => {
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles(join(dir, 'sample.xlsx'));
    await page.getByRole('heading', { name: 'Relevé partenaire — ARS' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Partenaire', { exact: true }).selectOption('CPAM');
    await page.getByRole('heading', { name: 'Relevé partenaire — CPAM' }).waitFor();
    await expectAccessible('statement');
    await screenshot(page, 'web-releve-ecran');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      text: document.body.innerText,
      buttons: [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).length,
      pane: [...document.querySelectorAll('[role=tab]')].filter((b) => (b as HTMLElement).offsetParent !== null).length,
    }));
    expect(printed.buttons).toBe(0);
    expect(printed.pane).toBe(0);
    expect(printed.text).toContain('Relevé partenaire — CPAM');
    expect(printed.text).toContain('Contrat local de santé du Val de Sélune');
    expect(printed.text).toMatch(/Imprimé le \d\d\/\d\d\/\d{4}/);
    expect(printed.text).not.toContain('Comparer avec une version précédente');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pdf = join(SCREENSHOTS, 'web-releve-impression.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const { pdftoppm } = requirePrograms(['pdftoppm']);
    execFileSync(pdftoppm!, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'web-releve-impression')]);
    expect(readFileSync(join(SCREENSHOTS, 'web-releve-impression.png')).subarray(1, 4).toString()).toBe('PNG');
    // The PDF is A4: 595 × 842 points.
    expect(readFileSync(pdf, 'latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  });

  it('compares with a previous version and draws the charts', async () => {
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').first().setInputFiles(join(dir, 'apres.xlsx'));
    // The pane's Synthèse compares versions; the page does not repeat it below the pane.
    await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();
    await page.getByRole('button', { name: 'Comparer avec une version précédente' }).click({ timeout: 30_000 });
    await page.getByLabel('Choisir la version d’avant (.xlsx)').setInputFiles(join(dir, 'avant.xlsx'));
    const result = page.getByRole('region', { name: 'Version précédente : « avant.xlsx »' });
    await result.waitFor();
    await expect(result.innerText()).resolves.toContain('montant 3\u00a0000,00\u00a0€ → 6\u00a0000,00\u00a0€');
    const chart = page.getByRole('img', { name: /Engagé par partenaire/ });
    await chart.waitFor();
    await expectAccessible('comparison and charts');
    await screenshot(page, 'web-comparaison-graphiques');
  });

  it('asked nothing from anywhere but the page’s own server, and the CSP refused nothing', () => {
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(requests.some((url) => /\/review\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(consoleMessages).toEqual([]);
  });
});

/**
 * "Contrôle sans installation" in a real browser: dist/index.html served with its CSP on 127.0.0.1, a workbook
 * with planted defects dropped on it, the same findings and totals as the command line, the download of a
 * sample workbook the command line validates, English labels, keyboard use, axe-core, no foreign request.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatEuros, summaryLine } from '../../src/domain/messages/render';
import type { ValidationReport } from '../../src/domain/report';
import { validateWorkbook } from '../../src/domain/validate';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import type { RunningServer } from '../../scripts/serve-dist';
import { buildWorkbookBuffer, fixtureModel, VARIANTS } from '../fixtures/cls-workbooks';
import { addCommitments, addDashboard, addEvaluation, addMatrix, bufferOf, coordinatorWorkbook } from '../import/shapes';
import {
  closeAll,
  describeViolations,
  foreignRequests,
  launchChromium,
  openPage,
  pageToday,
  printAxeSeen,
  ROOT,
  runAxe,
  screenshot,
  seriousOrCritical,
  serveDist,
} from './browser';

interface CliJson {
  readonly summary: Readonly<Record<'error' | 'warning' | 'info', number>>;
  readonly findings: readonly { readonly rule: string; readonly cell?: string; readonly severity: string }[];
  readonly totals: { readonly committed: number };
}
type CliMain = (argv: string[], io: { stdout(t: string): void; stderr(t: string): void; cwd: string }) => Promise<number>;

const CLI_MAIN = join(ROOT, 'build', 'cli', 'main.js');

/** `cls-workbook validate <file> --format json --as-of <today>` in process. */
async function cliValidate(file: string, asOf = pageToday()): Promise<{ status: number; json: CliJson; stderr: string }> {
  if (!existsSync(CLI_MAIN)) throw new Error('build/cli/main.js est introuvable : lancez « npm run build:cli ». / build/cli/main.js is missing: run "npm run build:cli".');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require(CLI_MAIN) as { main: CliMain };
  let stdout = '';
  let stderr = '';
  const status = await main(['validate', file, '--format', 'json', '--as-of', asOf], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: ROOT,
  });
  return { status, json: JSON.parse(stdout) as CliJson, stderr };
}

const ruleAndCell = (findings: readonly { rule: string; cell?: string | undefined }[]): string[] =>
  findings.map((f) => `${f.rule} ${f.cell ?? '-'}`).sort();

/** Text of the <dd> that follows the <dt> labelled `term` inside `scope`. */
const definition = (page: Page, scope: string, term: string): Promise<string> =>
  page.locator(`${scope} dt:text-is("${term}") + dd`).first().innerText();

async function expectAccessible(page: Page, state: string, seen: Map<string, string[]>): Promise<void> {
  const violations = await runAxe(page);
  seen.set(state, describeViolations(violations));
  expect({ state, violations: describeViolations(seriousOrCritical(violations)) }).toEqual({ state, violations: [] });
}

describe('web page: check a workbook without installing anything', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let defectsFile: string;
  let expected: ValidationReport;
  let requests: string[];
  let consoleMessages: string[];
  const axeSeen = new Map<string, string[]>();

  beforeAll(async () => {
    server = await serveDist('index.html');
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cls-web-'));
    // Planted defects: amounts typed as text, a #REF! budget, inverted dates and an unknown funder.
    const model = fixtureModel('amountsAsText');
    VARIANTS.refError.edit(model);
    VARIANTS.invertedDates.edit(model);
    const bytes = await buildWorkbookBuffer(model);
    defectsFile = join(dir, 'cls-defauts.xlsx');
    writeFileSync(defectsFile, bytes);
    writeFileSync(join(dir, 'pas-un-classeur.xlsx'), 'Montant;Financeur\n25000;ARS\n');
    expected = validateWorkbook(await readWorkbookBuffer(bytes), { asOf: pageToday() });
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    ({ page, requests, consoleMessages } = await openPage(context));
  });

  afterAll(async () => {
    await closeAll({ context, browser, server, dir });
    printAxeSeen('axe (all impacts) by state', axeSeen);
  });

  it('shows the upload page: title, privacy promise, a real file input with a visible label, FR/EN switch', async () => {
    await page.goto(`${server.url}/index.html`);
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Tableaux CLS — contrôle d’un classeur');
    await expect(page.getByText('Votre fichier reste sur votre ordinateur : rien n’est envoyé.').isVisible()).resolves.toBe(true);
    const input = page.locator('input[type=file]');
    await expect(input.count()).resolves.toBe(1);
    await expect(page.locator('label', { hasText: 'Choisir un classeur (.xlsx)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Langue de la page' }).getByRole('button').allInnerTexts()).resolves.toEqual(['FR', 'EN']);
    await expect(page.getByRole('heading', { name: 'Télécharger un classeur CLS' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'upload', axeSeen);
    await screenshot(page, 'web-upload');
  });

  it('explains in French why a file that is not a workbook cannot be checked', async () => {
    await page.locator('input[type=file]').setInputFiles(join(dir, 'pas-un-classeur.xlsx'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('pas-un-classeur.xlsx n\'est pas un classeur .xlsx');
    await expectAccessible(page, 'unusable file', axeSeen);
    await screenshot(page, 'web-unusable');
  });

  it('with the keyboard alone: Tab to the file input, pick the file (checked at once), open findings with Enter', async () => {
    await page.goto(`${server.url}/index.html`);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'file');
    }
    expect(reached).toBe(true);
    // The OS file dialog cannot be driven headless: hand the file to the focused input.
    await page.locator('input[type=file]:focus').setInputFiles(defectsFile);
    await page.getByRole('tab', { name: 'Contrôler' }).waitFor();
    await expect(page.getByText('« cls-defauts.xlsx »').isVisible()).resolves.toBe(true);

    // No « Lancer le contrôle »: the page checks the workbook as soon as it is opened.
    const summary = page.getByRole('status', { name: 'Résultat du contrôle' });
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toBe(summaryLine(expected.summary, 'fr'));
    expect(expected.summary.error).toBeGreaterThan(0);

    // Tab onward to the first finding, Enter shows its detail (the page cannot select cells: no Excel here).
    const firstFinding = page.locator('ul li button[aria-expanded]').first();
    for (let i = 0; i < 40 && !(await firstFinding.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstFinding.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(firstFinding.getAttribute('aria-expanded')).resolves.toBe('true');
    const first = expected.findings[0]!;
    await expect(definition(page, 'li', 'Règle')).resolves.toBe(first.rule);
    await expect(definition(page, 'li', 'Feuille')).resolves.toBe(first.sheet);
    await expect(page.getByText(/Lecture seule : cliquez sur une anomalie/).isVisible()).resolves.toBe(true);
    // Tab to the next finding and open it: the first closes.
    const second = page.locator('ul li button[aria-expanded]').nth(1);
    for (let i = 0; i < 10 && !(await second.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(second.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(firstFinding.getAttribute('aria-expanded')).resolves.toBe('false');
    await expectAccessible(page, 'Contrôler', axeSeen);
    await screenshot(page, 'web-controler');
  });

  it('lists the same findings (rule and cell) as the command line for the same file', async () => {
    const cli = await cliValidate(defectsFile);
    expect(cli.status).toBe(1);
    expect(cli.json.summary).toEqual(expected.summary);
    const buttons = page.locator('ul li button[aria-expanded]');
    const count = await buttons.count();
    expect(count).toBe(cli.json.findings.length);
    const shown: { rule: string; cell?: string }[] = [];
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      const item = page.locator('ul li').filter({ has: page.locator('button[aria-expanded=true]') });
      const rule = await item.locator('dt:text-is("Règle") + dd').innerText();
      const head = await button.innerText();
      const cell = /Cellule ([A-Z]+\d+)/.exec(head)?.[1];
      shown.push(cell === undefined ? { rule } : { rule, cell });
    }
    expect(ruleAndCell(shown)).toEqual(ruleAndCell(cli.json.findings));
    // The clicked detail shows the value read for a text amount.
    const amount = expected.findings.find((f) => f.rule === 'cell.not-number')!;
    const amountButton = buttons.filter({ hasText: `Cellule ${amount.cell!}` }).first();
    if ((await amountButton.getAttribute('aria-expanded')) !== 'true') await amountButton.click();
    const detail = page.locator('ul li').filter({ has: page.locator('button[aria-expanded=true]') });
    await expect(detail.locator('dt:text-is("Valeur lue") + dd').innerText()).resolves.toBe(String(amount.value));
    await expect(detail.locator('dt:text-is("Colonne") + dd').innerText()).resolves.toBe(amount.column);
  });

  it('shows the same committed total as validateWorkbook and the command line (Financements)', async () => {
    await page.getByRole('tab', { name: 'Financements' }).click();
    const total = page.locator('dt:text-is("Total engagé") + dd').first();
    await total.waitFor();
    const text = await total.innerText();
    expect(text).toBe(formatEuros(expected.totals.committedCents, 'fr'));
    const cli = await cliValidate(defectsFile);
    expect(text).toBe(formatEuros(Math.round(cli.json.totals.committed * 100), 'fr'));
    await expectAccessible(page, 'Financements', axeSeen);
    await screenshot(page, 'web-financements');
  });

  it('shows the synthesis', async () => {
    await page.getByRole('tab', { name: 'Synthèse' }).click();
    await page.getByRole('heading', { name: 'Avancement par axe' }).waitFor();
    const actions = page.locator('li').filter({ has: page.locator('span:text-is("Actions")') }).first();
    await expect(actions.innerText()).resolves.toContain(String(expected.synthesis.actions));
    await expectAccessible(page, 'Synthèse', axeSeen);
    await screenshot(page, 'web-synthese');
  });

  it('downloads a sample workbook that the command line validates with zero errors and the sample’s five warnings', async () => {
    await page.getByRole('tab', { name: 'Télécharger' }).click();
    await page.getByRole('heading', { name: 'Télécharger un classeur CLS' }).waitFor();
    await page.getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }).check();
    await expectAccessible(page, 'Télécharger', axeSeen);
    await screenshot(page, 'web-telecharger');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur' }).click()]);
    expect(download.suggestedFilename()).toBe('cls-normandie-3ans.xlsx');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText('Classeur téléchargé.').waitFor();
    // The page signs the sample in the current year; on 30 November of that year its late action (due 30 June) is late.
    const year = new Date().getFullYear();
    const cli = await cliValidate(file, `${year}-11-30`);
    expect({ status: cli.status, summary: cli.json.summary, stderr: cli.stderr }).toEqual({ status: 0, summary: { error: 0, warning: 5, info: 0 }, stderr: '' });
    expect(cli.json.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['action.late', 'T5'],
      ['funding.action-underfunded', 'W8'],
      ['funding.action-underfunded', 'W9'],
      ['funding.action-underfunded', 'W14'],
      ['evaluation.when-imprecise', 'M26'],
    ]);
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Tableaux CLS — check a workbook');
    await expect(page.getByRole('tab').allInnerTexts()).resolves.toEqual(['Download', 'Check', 'Funding', 'Summary']);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByRole('tab', { name: 'Check' }).click();
    await expect(page.getByRole('status', { name: 'Check result' }).innerText()).resolves.toBe(summaryLine(expected.summary, 'en'));
    await expect(page.getByText('Your file stays on your computer: nothing is sent.').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'English', axeSeen);
    await screenshot(page, 'web-english');
  });

  it('offers the download before any file, through the same handler', async () => {
    await page.goto(`${server.url}/index.html`);
    // The same controls as the pane's « Télécharger » tab.
    await page.getByRole('radio', { name: '4 ans' }).check();
    await page.getByRole('radio', { name: 'Centre-Val de Loire' }).check();
    await page.getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger un classeur CLS' }).click()]);
    expect(download.suggestedFilename()).toBe('cls-centre-val-de-loire-4ans.xlsx');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText('Classeur « cls-centre-val-de-loire-4ans.xlsx » téléchargé.').waitFor();
    await expectAccessible(page, 'upload after download', axeSeen);
    const cli = await cliValidate(file);
    expect({ status: cli.status, errors: cli.json.summary.error }).toEqual({ status: 0, errors: 0 });
  });

  it('asked nothing from anywhere but the page’s own server, and the CSP refused nothing', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(requests.some((url) => /\/exceljs\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(consoleMessages).toEqual([]);
  });
});

interface ConvertedJson extends CliJson {
  readonly findings: readonly { readonly rule: string; readonly cell?: string; readonly severity: string }[];
  readonly totals: CliJson['totals'] & {
    readonly byFunderStatus: Readonly<Record<string, { readonly secured: number; readonly requested: number; readonly forecast: number }>>;
    readonly byYear: Readonly<Record<string, number>>;
    readonly valued: number;
  };
}

/** Money of each partner in the converted workbook, in cents, whatever its status. */
const centsByPartner = (json: ConvertedJson): Record<string, number> =>
  Object.fromEntries(Object.entries(json.totals.byFunderStatus).map(([funder, s]) => [funder, Math.round((s.secured + s.requested + s.forecast) * 100)]));

/** A coordinator's layouts (test/import/shapes.ts, amounts chosen by hand), one workbook per shape. */
const SHAPES: readonly { readonly file: string; readonly build: () => Workbook }[] = [
  { file: 'matrice.xlsx', build: () => only(addMatrix) },
  { file: 'engagements.xlsx', build: () => only(addCommitments) },
  { file: 'tableau-de-bord.xlsx', build: () => only(addDashboard) },
  { file: 'grille.xlsx', build: () => only(addEvaluation) },
  { file: 'matrice-sans-annee.xlsx', build: () => only((w) => addMatrix(w, false)) },
  { file: 'suivi-cls.xlsx', build: () => coordinatorWorkbook() },
];

function only(add: (w: Workbook) => void): Workbook {
  const w = new Workbook();
  add(w);
  return w;
}

describe('web page: convert a coordinator’s own workbook', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let requests: string[];
  let consoleMessages: string[];
  const axeSeen = new Map<string, string[]>();

  /** Drops `file` on the page and waits for the conversion. */
  async function dropShape(file: string): Promise<void> {
    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles(join(dir, file));
    await page.getByRole('heading', { level: 2, name: `Convertir « ${file} » au format du contrat` }).waitFor();
  }

  /** Clicks « Télécharger le classeur converti », saves the file, validates it with the command line. */
  async function downloadConverted(expectedName: string): Promise<ConvertedJson> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur converti' }).click()]);
    expect(download.suggestedFilename()).toBe(expectedName);
    const file = join(dir, 'out', expectedName);
    await download.saveAs(file);
    await page.getByText(`Classeur « ${expectedName} » téléchargé.`, { exact: false }).waitFor();
    const cli = await cliValidate(file, '2026-11-23');
    expect(cli.stderr).toBe('');
    const json = cli.json as ConvertedJson;
    expect(json.findings.filter((f) => f.rule.startsWith('structure.'))).toEqual([]);
    return json;
  }

  /** The text of the conservation line of `area`. */
  const conservation = (area: string): Promise<string> => page.locator('p', { hasText: `${area} : source` }).innerText();

  beforeAll(async () => {
    server = await serveDist('index.html');
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cls-web-import-'));
    mkdirSync(join(dir, 'out'));
    for (const shape of SHAPES) writeFileSync(join(dir, shape.file), await bufferOf(shape.build()));
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    ({ page, requests, consoleMessages } = await openPage(context));
  });

  afterAll(async () => {
    await closeAll({ context, browser, server, dir });
    printAxeSeen('axe (all impacts), conversion', axeSeen);
  });

  it('partner matrix under year bands: conservation to the cent, then the download’s totals per partner are the imported amounts', async () => {
    const before = readFileSync(join(dir, 'matrice.xlsx'));
    await dropShape('matrice.xlsx');
    // Partner cells of rows 5, 6, 8, 9 (152 251,65 €); the TOTAL row (306 503,30 €) and column (152 251,65 €), the
    // « restant à trouver » columns (2 000 €) and the zeros are skipped: 613 006,60 € read in all.
    await expect(conservation('Engagements 2025-2026!A3:L10')).resolves.toBe(
      'Engagements 2025-2026!A3:L10 : source 613\u00a0006,60\u00a0€ = importé 152\u00a0251,65\u00a0€ + budget 0,00\u00a0€ + écarté 460\u00a0754,95\u00a0€ ✓ (42 nombres)',
    );
    await expect(page.getByText('Importé : 3 actions, 19 engagements, 0 indicateur ; partenaires ajoutés à la liste : Commune').isVisible()).resolves.toBe(true);
    const json = await downloadConverted('matrice-cls.xlsx');
    // ARS 5 000 + 12 000,10 + 25 000 (2025) and 4 000 + 12 000,10 + 25 000 (2026)…
    expect(centsByPartner(json)).toEqual({ ARS: 8300020, 'Collectivité porteuse': 5750050, CAF: 1040070, Commune: 135025 });
    expect(Object.values(centsByPartner(json)).reduce((a, b) => a + b, 0)).toBe(15225165);
    // 2025: 42 000,10 + 29 000,50 + 5 200,35 + 300; 2026: 41 000,10 + 28 500 + 5 200,35 + 1 050,25.
    expect(json.totals.byYear).toEqual({ 2025: 76500.95, 2026: 75750.7 });
    expect(readFileSync(join(dir, 'matrice.xlsx')).equals(before)).toBe(true);
  });

  it('list of commitments: statuses, natures and partner aliases mapped; every partner’s money in the download', async () => {
    await dropShape('engagements.xlsx');
    await expect(conservation('Suivi financier!A1:G9')).resolves.toBe('Suivi financier!A1:G9 : source 33\u00a0100,80\u00a0€ = importé 13\u00a0550,40\u00a0€ + budget 0,00\u00a0€ + écarté 19\u00a0550,40\u00a0€ ✓ (7 nombres)');
    const values = page.getByRole('table', { name: 'Mots du classeur remplacés par ceux des listes du contrat' });
    await expect(values.getByRole('row', { name: /ARS Normandie ARS/ }).count()).resolves.toBe(1);
    const json = await downloadConverted('engagements-cls.xlsx');
    // ARS 1 200,10 acquis, Conseil départemental 10 000 prévisionnel, Ville 1 500,25 acquis; CPAM 850,05 of nurse time is valorised.
    expect(centsByPartner(json)).toEqual({ ARS: 120010, 'Conseil départemental': 1000000, Ville: 150025 });
    expect(Math.round(json.totals.valued * 100)).toBe(85005);
    expect(120010 + 1000000 + 150025 + 85005).toBe(1355040);
  });

  it('dashboard of actions: budgets imported as Budget prévisionnel, the TOTAL row skipped', async () => {
    await dropShape('tableau-de-bord.xlsx');
    // 6 000 + 30 000,20 + 8 000,70 + 0 = 44 000,90 €, and the TOTAL row says the same.
    await expect(conservation('Tableau de bord!A3:F10')).resolves.toBe('Tableau de bord!A3:F10 : source 88\u00a0001,80\u00a0€ = importé 0,00\u00a0€ + budget 44\u00a0000,90\u00a0€ + écarté 44\u00a0000,90\u00a0€ ✓ (5 nombres)');
    await expect(page.getByText('Importé : 4 actions, 0 engagement, 0 indicateur').isVisible()).resolves.toBe(true);
    const json = await downloadConverted('tableau-de-bord-cls.xlsx');
    expect(centsByPartner(json)).toEqual({});
  });

  it('evaluation grid: the merged action number fills its indicator rows', async () => {
    await dropShape('grille.xlsx');
    await expect(page.locator('p', { hasText: ': source' }).count()).resolves.toBe(0);
    await expect(page.getByText('Grille évaluation!A11 : indicateur rattaché à l’action 2.1.1 de la ligne au-dessus').isVisible()).resolves.toBe(true);
    await downloadConverted('grille-cls.xlsx');
  });

  it('a matrix without years: the year is asked, the import re-run with it, the download counts it in that year', async () => {
    await dropShape('matrice-sans-annee.xlsx');
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toContain('Engagements 2025-2026!A3:L10 : aucune année (ni bandeau d’années, ni colonne Année).');
    await expect(page.getByRole('button', { name: 'Télécharger le classeur converti' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'year asked', axeSeen);
    await page.getByRole('textbox', { name: /Année des montants sans année/ }).fill('2026');
    await page.getByRole('button', { name: 'Recalculer avec cette année' }).click();
    await page.getByText('Engagements 2025-2026!A3:L10 : sans année indiquée, montants comptés en 2026 (année indiquée sur la page)').waitFor();
    const json = await downloadConverted('matrice-sans-annee-cls.xlsx');
    expect(json.totals.byYear).toEqual({ 2026: 152251.65 });
  });

  it('the whole coordinator workbook, at 1280 and 360 px, in French and English: fits, accessible, looked at', async () => {
    await dropShape('suivi-cls.xlsx');
    await expectAccessible(page, 'conversion 1280 fr', axeSeen);
    expect(axeSeen.get('conversion 1280 fr')).toEqual([]);
    await screenshot(page, 'web-conversion-1280-fr');
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'web-conversion-360-fr');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 2, name: 'Convert “suivi-cls.xlsx” to the contract’s layout' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    await screenshot(page, 'web-conversion-360-en');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'conversion 1280 en', axeSeen);
    expect(axeSeen.get('conversion 1280 en')).toEqual([]);
    await screenshot(page, 'web-conversion-1280-en');
    await page.getByRole('button', { name: 'FR' }).click();
  });

  it('asked nothing from anywhere but the page’s own server, and loaded the conversion only once a workbook was dropped', () => {
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(requests.some((url) => /\/conversion\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(consoleMessages).toEqual([]);
  });
});

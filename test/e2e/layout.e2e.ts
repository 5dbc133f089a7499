/**
 * The page and the task pane as people hold them: at 320 px (the pane's width), 360 px and 1280 px, in French and
 * English, every view and state walked in Chromium. In each: no box leaves the viewport sideways (what scrolls does so
 * inside a labelled, focusable region that shows it scrolls), no tab or drop-down is cut, no chart's words are shrunk
 * below 9 px, and axe-core finds no violation at all.
 * Screenshots of every state at 320 px go to test-artifacts/screenshots/layout/ for a human look.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve-dist';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf, VARIANTS } from '../fixtures/cls-workbooks';
import { bufferOf, coordinatorWorkbook } from '../import/shapes';
import { closeAll, openPage } from './browser';
import { describeViolations, foreignRequests, launchChromium, layoutShot, measureLayout, recordConsole, runAxe, serveBuilt } from './browser-layout';

const WIDTHS = [320, 360, 1280] as const;
type Lang = 'fr' | 'en';

/** Words of the walk in each language (what a reader clicks). */
const WORDS = {
  fr: {
    check: 'Contrôler',
    funding: 'Financements',
    synthesis: 'Synthèse',
    download: 'Télécharger',
    create: 'Créer',
    import: 'Importer',
    result: 'Résultat du contrôle',
    run: 'Lancer le contrôle',
    committed: 'Total engagé',
    byAxis: 'Avancement par axe',
    reviewTable: 'Tableau par CLS',
    convert: /Convertir « suivi-cls\.xlsx »/,
    compareOpen: 'Comparer avec une version précédente',
    comparePick: 'Choisir la version d’avant (.xlsx)',
    compared: 'Version précédente : « avant.xlsx »',
    sample: /Données d’exemple/,
    createButton: 'Créer les tableaux',
    whatHappens: 'Ce qui va se passer',
    opened: 'Classeur ouvert',
    rerun: 'Relancer le contrôle',
    downloadButton: 'Télécharger un classeur CLS',
  },
  en: {
    check: 'Check',
    funding: 'Funding',
    synthesis: 'Summary',
    download: 'Download',
    create: 'Create',
    import: 'Import',
    result: 'Check result',
    run: 'Run the check',
    committed: 'Total committed',
    byAxis: 'Progress by axis',
    reviewTable: 'Table by CLS',
    convert: /Convert “suivi-cls\.xlsx”/,
    compareOpen: 'Compare with an earlier version',
    comparePick: 'Choose the previous version (.xlsx)',
    compared: 'Previous version: “avant.xlsx”',
    sample: /Sample data/,
    createButton: 'Create the tables',
    whatHappens: 'What will happen',
    opened: 'Open workbook',
    rerun: 'Run the check again',
    downloadButton: 'Download a CLS workbook',
  },
} as const;

interface Files {
  readonly defects: string;
  readonly clean: string;
  readonly before: string;
  readonly unusable: string;
  readonly coordinator: string;
}

/** One view or state: how to reach it from the previous one. */
interface State {
  readonly name: string;
  readonly reach: (page: Page, w: (typeof WORDS)[Lang], files: Files) => Promise<void>;
}

const tab = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('tab', { name, exact: true }).click();
};

/** The funding and synthesis tabs, the same in the page and the pane. */
const FIGURES_STATES: readonly State[] = [
  {
    name: 'financements',
    reach: async (page, w) => {
      await tab(page, w.funding);
      await page.locator(`dt:text-is("${w.committed}")`).first().waitFor();
    },
  },
  {
    name: 'synthese',
    reach: async (page, w) => {
      await tab(page, w.synthesis);
      await page.getByRole('heading', { name: w.byAxis }).waitFor();
    },
  },
];

const PAGE_STATES: readonly State[] = [
  { name: 'accueil', reach: async (page) => void (await page.locator('input[type=file]').waitFor({ state: 'attached' })) },
  {
    name: 'telechargement-fait',
    reach: async (page, w) => {
      await page.getByRole('button', { name: w.downloadButton, exact: true }).click();
      await page.getByText(/cls-normandie-3ans\.xlsx/).first().waitFor();
    },
  },
  {
    name: 'fichier-inutilisable',
    reach: async (page, _w, files) => {
      await page.locator('input[type=file]').setInputFiles(files.unusable);
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'controler',
    reach: async (page, w, files) => {
      await page.locator('input[type=file]').first().setInputFiles(files.defects);
      await page.getByRole('status', { name: w.result }).waitFor();
      // A finding's detail open, and a cascade unfolded when the workbook has one.
      await page.locator('ul li button[aria-expanded]').first().click();
      const cascade = page.locator('details > summary').first();
      if ((await cascade.count()) > 0) await cascade.click();
    },
  },
  {
    name: 'relancer-sans-poignee',
    reach: async (page, w) => {
      await page.getByRole('button', { name: w.rerun, exact: true }).click();
      await page.getByRole('region', { name: w.opened }).getByText(/déposez à nouveau|drop the modified file again/).waitFor();
    },
  },
  ...FIGURES_STATES,
  {
    name: 'telecharger',
    reach: async (page, w) => {
      await tab(page, w.download);
      await page.getByRole('radio').first().waitFor();
    },
  },
  {
    name: 'comparaison',
    reach: async (page, w, files) => {
      await tab(page, w.synthesis);
      await page.getByRole('button', { name: w.compareOpen, exact: true }).click();
      await page.getByLabel(w.comparePick).setInputFiles(files.before);
      await page.getByRole('region', { name: w.compared }).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'revue',
    reach: async (page, w, files) => {
      await page.locator('input[type=file]').first().setInputFiles([files.defects, files.clean, files.unusable]);
      await page.getByRole('region', { name: w.reviewTable }).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'conversion',
    reach: async (page, w, files) => {
      await page.locator('input[type=file]').first().setInputFiles(files.coordinator);
      await page.getByRole('heading', { level: 2, name: w.convert }).waitFor();
    },
  },
];

const PANE_STATES: readonly State[] = [
  { name: 'creer', reach: async (page, w) => void (await page.getByRole('heading', { name: w.whatHappens }).waitFor({ timeout: 20_000 })) },
  {
    name: 'creer-exemple',
    reach: async (page, w) => {
      await page.getByRole('radio', { name: w.sample }).check();
      await page.getByRole('heading', { name: w.whatHappens }).waitFor();
    },
  },
  {
    name: 'creer-fait',
    reach: async (page, w) => {
      await page.getByRole('button', { name: w.createButton, exact: true }).click();
      await page.locator('#create-outcome-title').waitFor();
    },
  },
  {
    name: 'importer',
    reach: async (page, w) => {
      await tab(page, w.import);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'controler-avant',
    reach: async (page, w) => {
      await tab(page, w.check);
      await page.getByRole('button', { name: w.run, exact: true }).waitFor();
    },
  },
  {
    name: 'controler',
    reach: async (page, w) => {
      await page.getByRole('button', { name: w.run, exact: true }).click();
      await page.getByRole('status', { name: w.result }).waitFor();
      await page.locator('ul li button[aria-expanded]').first().click();
    },
  },
  ...FIGURES_STATES,
];

/** What is wrong with the page at each width, and the axe violations, for one state. */
async function inspect(page: Page, host: string, lang: Lang, state: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Two frames: Fluent measures some widths (MessageBar) after a resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const layout = await measureLayout(page);
    const where = `${host} ${state} ${lang} ${width}px`;
    if (layout.pageOverflow > 0) problems.push(`${where}: the page scrolls sideways by ${layout.pageOverflow} px`);
    problems.push(...layout.outside.map((p) => `${where}: outside: ${p}`));
    problems.push(...layout.tabs.map((p) => `${where}: tab: ${p}`));
    problems.push(...layout.scrollers.map((p) => `${where}: scroll region: ${p}`));
    problems.push(...layout.tinyText.map((p) => `${where}: chart: ${p}`));
    if (width === 320) await layoutShot(page, `${host}-${state}-${lang}-320`);
    problems.push(...describeViolations(await runAxe(page)).map((v) => `${where}: axe: ${v}`));
  }
  return problems;
}

describe.each(['fr', 'en'] as const)('layout at 320, 360 and 1280 px (%s)', (lang) => {
  const w = WORDS[lang];
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  let files: Files;

  beforeAll(async () => {
    server = await serveBuilt('taskpane.html');
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'cls-layout-'));
    // Errors, warnings and infos, with a cascade (an action without its number) and long partner names.
    const model = fixtureModel('amountsAsText');
    VARIANTS.refError.edit(model);
    VARIANTS.invertedDates.edit(model);
    setCell(tableOf(model, 'CLS_Financements'), 3, 'Financeur', 'Caisse d’allocations familiales de la Manche et du Calvados réunis');
    files = {
      defects: join(dir, 'cls-defauts-avec-un-nom-de-fichier-tres-long-2026.xlsx'),
      clean: join(dir, 'cls-propre.xlsx'),
      before: join(dir, 'avant.xlsx'),
      unusable: join(dir, 'notes.xlsx'),
      coordinator: join(dir, 'suivi-cls.xlsx'),
    };
    writeFileSync(files.defects, await buildWorkbookBuffer(model));
    writeFileSync(files.clean, await buildWorkbookBuffer('clean'));
    writeFileSync(files.before, await buildWorkbookBuffer('clean'));
    writeFileSync(files.unusable, 'Montant;Financeur\n25000;ARS\n');
    writeFileSync(files.coordinator, await bufferOf(coordinatorWorkbook()));
    context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport: { width: 320, height: 800 }, acceptDownloads: true });
  });

  afterAll(() => closeAll({ context, browser, server, dir }));

  describe('the web page', () => {
    let page: Page;
    let requests: string[];
    let consoleMessages: string[];
    beforeAll(async () => {
      ({ page, requests, consoleMessages } = await openPage(context));
      await page.goto(`${server.url}/index.html?lang=${lang}`);
    });
    afterAll(() => page?.close());

    it.each(PAGE_STATES.map((s) => [s.name, s] as const))('%s: nothing leaves the screen, no tab cut, wide tables scroll in a named region, axe clean', async (_name, state) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await state.reach(page, w, files);
      await expect(inspect(page, 'page', lang, state.name)).resolves.toEqual([]);
    });

    it('asked nothing from elsewhere; no console error', () => {
      expect(foreignRequests(requests, server.url)).toEqual([]);
      expect(consoleMessages).toEqual([]);
    });
  });

  describe('the task pane (preview outside Excel, in-memory sample)', () => {
    let page: Page;
    let consoleMessages: string[];
    beforeAll(async () => {
      page = await context.newPage();
      // Office.js cannot load offline: failing it at once makes the pane fall back to its in-memory preview.
      await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      consoleMessages = recordConsole(page);
      await page.goto(`${server.url}/taskpane.html?lang=${lang}`);
    });
    afterAll(() => page?.close());

    it.each(PANE_STATES.map((s) => [s.name, s] as const))('%s: nothing leaves the screen, no tab cut, wide tables scroll in a named region, axe clean', async (_name, state) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await state.reach(page, w, files);
      await expect(inspect(page, 'pane', lang, state.name)).resolves.toEqual([]);
    });

    it('no console error but the refused Office.js', () => {
      expect(consoleMessages.filter((m) => !/appsforoffice|ERR_FAILED/.test(m))).toEqual([]);
    });
  });
});

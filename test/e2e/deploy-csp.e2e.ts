/**
 * The site as a host serves it: dist/ with exactly the headers of dist/_headers (parsed, not the server's defaults),
 * the Content-Security-Policy enforced by Chromium. The page is used end to end (check, totals, synthesis, English,
 * download, conversion, review), the task pane runs its preview with the real Office.js (served from the npm package in
 * place of Microsoft's CDN), the function file, privacy and help pages load — and not one CSP violation is reported.
 * The nginx and Apache snippets must send the same headers for every path.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { headerRules, headersFor, parseHeadersFile, renderApache, renderNginx } from '../../scripts/deploy-headers';
import type { HeaderRule, RunningServer } from '../../scripts/serve-dist';
import { configDifferences } from '../deploy/server-configs';
import { buildWorkbookBuffer, fixtureModel, VARIANTS } from '../fixtures/cls-workbooks';
import { bufferOf, coordinatorWorkbook } from '../import/shapes';
import { DIST, launchChromium } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve-dist') as typeof import('../../scripts/serve-dist');

const OFFICE_JS_DIST = dirname(require.resolve('@microsoft/office-js/dist/office.js'));

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

declare global {
  interface Window {
    __reportCspViolation?: (violation: Violation) => Promise<void>;
  }
}

/**
 * Records every securitypolicyviolation of the page (main frame, from the first byte), console errors and failed
 * responses (Chromium's own /favicon.ico request aside: a page without an icon link is not a fault of the policy).
 */
async function watchCsp(page: Page): Promise<{ console: string[]; violations: () => Promise<Violation[]> }> {
  // Reported to Node as they happen, so the violations of every page the test navigates through are kept.
  const violations: Violation[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: Violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void window.__reportCspViolation?.({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  const messages: string[] = [];
  page.on('console', (m) => {
    if (/^Failed to load resource/.test(m.text())) return;
    if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') messages.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  // Events are dispatched asynchronously: let the last ones arrive before reading.
  return { console: messages, violations: () => page.waitForTimeout(200).then(() => [...violations]) };
}

/** Office.js from the npm package, answered for Microsoft's CDN URLs (offline CI; the same files, same paths). */
async function serveOfficeJsLocally(page: Page, served: string[]): Promise<void> {
  await page.route(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//, async (route) => {
    const relative = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    served.push(relative);
    try {
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(join(OFFICE_JS_DIST, relative)) });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}

describe('the site under the headers of its _headers file', () => {
  let rules: HeaderRule[];
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  const report: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, '_headers'))) {
      throw new Error(`${DIST}/_headers est introuvable : relancez « npm run build ». / ${DIST}/_headers is missing: run "npm run build" again.`);
    }
    rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    server = await startServer({ root: DIST, port: 0, host: '127.0.0.1', rules });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    dir = mkdtempSync(join(tmpdir(), 'cls-csp-'));
    const model = fixtureModel('amountsAsText');
    VARIANTS.refError.edit(model);
    writeFileSync(join(dir, 'cls-defauts.xlsx'), await buildWorkbookBuffer(model));
    writeFileSync(join(dir, 'cls-propre.xlsx'), await buildWorkbookBuffer('clean'));
    writeFileSync(join(dir, 'suivi-cls.xlsx'), await bufferOf(coordinatorWorkbook()));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (report.length > 0) process.stdout.write(`CSP under dist/_headers:\n${report.map((l) => `  ${l}`).join('\n')}\n`);
  });

  it('documents the headers the build writes, and nginx and Apache send the same for every path', () => {
    expect(rules).toEqual(headerRules(''));
    expect(rules.filter((r) => 'Content-Security-Policy' in r.headers).map((r) => r.path)).toEqual([
      '/',
      '/index.html',
      '/taskpane.html',
      '/commands.html',
      '/confidentialite.html',
      '/assets/aide.html',
    ]);
    const origin = 'https://outils.example.fr';
    expect(configDifferences(rules, renderNginx(rules, { origin }), renderApache(rules, { origin }))).toEqual([]);
  });

  it.each(['/', '/index.html', '/taskpane.html', '/commands.html', '/confidentialite.html', '/assets/aide.html', '/assets/icon-80.png', '/manifest.xml'])(
    'serves %s with exactly the headers _headers gives it (no Cache-Control on icons)',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const expected = headersFor(rules, path);
      for (const [name, value] of Object.entries(expected)) expect([name, response.headers.get(name)]).toEqual([name, value]);
      if (!('Cache-Control' in expected)) expect(response.headers.get('cache-control')).toBeNull();
      if (path.endsWith('.html') || path === '/') expect(expected['Content-Security-Policy']).toBeDefined();
    },
  );

  it('the page: a workbook checked, totals, synthesis, English, a download, a conversion and a review — zero CSP violation', async () => {
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.goto(`${server.url}/`);
    await page.locator('h1').first().waitFor();
    const policy = (await page.request.get(`${server.url}/`)).headers()['content-security-policy'];
    expect(policy).toBe(headersFor(rules, '/')['Content-Security-Policy']);

    await page.locator('input[type=file]').setInputFiles(join(dir, 'cls-defauts.xlsx'));
    await page.getByRole('status', { name: 'Résultat du contrôle' }).waitFor();
    await page.locator('ul li button[aria-expanded]').first().click();
    await page.getByRole('tab', { name: 'Financements' }).click();
    await page.locator('dt:text-is("Total engagé")').first().waitFor();
    await page.getByRole('tab', { name: 'Synthèse' }).click();
    await page.getByRole('heading', { name: 'Avancement par axe' }).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'FR', exact: true }).click();

    await page.getByRole('tab', { name: 'Télécharger' }).click();
    await page.getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }).check();
    const [sample] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur' }).click()]);
    expect((await readFileSync(await sample.path()).subarray(0, 2)).toString('latin1')).toBe('PK');

    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles(join(dir, 'suivi-cls.xlsx'));
    await page.getByRole('heading', { level: 2, name: 'Convertir « suivi-cls.xlsx » au format du contrat' }).waitFor();
    const [converted] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le classeur converti' }).click()]);
    expect(converted.suggestedFilename()).toBe('suivi-cls-cls.xlsx');

    await page.goto(`${server.url}/index.html`);
    await page.locator('input[type=file]').setInputFiles([join(dir, 'cls-defauts.xlsx'), join(dir, 'cls-propre.xlsx')]);
    await page.getByText('cls-propre.xlsx').first().waitFor();

    const violations = await csp.violations();
    report.push(`page: ${violations.length} violation(s), ${csp.console.length} console error(s)`);
    expect({ violations, console: csp.console }).toEqual({ violations: [], console: [] });
    await page.close();
  });

  it('the task pane (preview outside Excel, Office.js loaded) and the function file — zero CSP violation', async () => {
    const page = await context.newPage();
    const officeFiles: string[] = [];
    await serveOfficeJsLocally(page, officeFiles);
    const csp = await watchCsp(page);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('tab', { name: 'Créer' }).waitFor({ timeout: 30_000 });
    expect(officeFiles).toContain('office.js');
    for (const tab of ['Contrôler', 'Financements', 'Synthèse', 'Importer', 'Créer']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').first().waitFor();
    }
    await page.getByRole('tab', { name: 'Contrôler' }).click();
    await page.getByRole('button', { name: 'Lancer le contrôle' }).click();
    await page.locator('ul li button').first().waitFor();
    const paneViolations = await csp.violations();
    report.push(`task pane: ${paneViolations.length} violation(s), ${csp.console.length} console error(s); Office.js files: ${officeFiles.join(', ')}`);
    expect({ violations: paneViolations, console: csp.console }).toEqual({ violations: [], console: [] });

    const commands = await context.newPage();
    await serveOfficeJsLocally(commands, []);
    const commandsCsp = await watchCsp(commands);
    await commands.goto(`${server.url}/commands.html`);
    await commands.waitForLoadState('load');
    await commands.waitForTimeout(500);
    expect({ violations: await commandsCsp.violations(), console: commandsCsp.console }).toEqual({ violations: [], console: [] });
    await commands.close();
    await page.close();
  });

  it.each(['/confidentialite.html', '/assets/aide.html'])('%s loads styled, with its links resolving, and no violation', async (path) => {
    const page = await context.newPage();
    const csp = await watchCsp(page);
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').waitFor();
    // The style sheet applied: the browser default font is a serif one, ours is not.
    await expect(page.evaluate(() => getComputedStyle(document.body).fontFamily)).resolves.not.toMatch(/^"?Times/);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.includes('#')));
    for (const link of links) expect([link, (await fetch(link)).status]).toEqual([link, 200]);
    expect({ violations: await csp.violations(), console: csp.console }).toEqual({ violations: [], console: [] });
    await page.close();
  });
});

#!/usr/bin/env node
// Screenshots of the task pane preview (in-memory sample workbook) at its narrowest width (320 px), light and dark.
// Uses dist/taskpane.html from `npx webpack --mode development`; without it, bundles src/taskpane itself into /tmp.
// Also bundles a test harness (sample workbook with planted defects) to show the Contrôler view with findings.
// Usage: node scripts/screenshot-taskpane.js [outDir]   (default test-artifacts/screenshots/taskpane)
// The page and the pane in every state, at 320, 360 and 1280 px, fr and en: npm run test:e2e -- test/e2e/layout.e2e.ts.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.resolve(process.argv[2] || path.join(ROOT, 'test-artifacts', 'screenshots', 'taskpane'));
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 320, height: 900 };
/** The files this script writes (and replaces): nothing else in the folder is touched. */
const OURS = /^\d-[a-z-]+-(light|dark)(-part\d+)?\.png$/;
const PAGE = (title) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="margin:0"><div id="root"></div><script src="bundle.js"></script></body></html>`;

/** Bundles one TSX entry into `dir` with webpack's Node API (no config file needed). */
function bundle(entry, dir) {
  const webpack = require('webpack');
  fs.mkdirSync(dir, { recursive: true });
  // The project's own resolution and loaders (webpack.config.js), one entry, no HTML pages.
  const project = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const config = {
    mode: 'development',
    context: ROOT,
    entry,
    devtool: false,
    output: { path: dir, filename: 'bundle.js' },
    resolve: project.resolve,
    module: project.module,
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      fs.writeFileSync(path.join(dir, 'index.html'), PAGE('Tableaux CLS'));
      resolve(dir);
    });
  });
}

/** Serves a directory on 127.0.0.1 on a free port. */
function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml' };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function shoot(browser, { baseUrl, page: pageName, scheme, lang, shots }) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: scheme, locale: lang === 'en' ? 'en-US' : 'fr-FR', deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Office.js cannot load offline: fail it at once so the page falls back to the in-memory preview.
  await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${baseUrl}/${pageName}${lang === 'en' ? '?lang=en' : ''}`);
  await page.getByRole('tablist').waitFor({ timeout: 15000 });
  const saved = [];
  for (const shot of shots) {
    await shot.prepare(page);
    await page.waitForTimeout(300);
    const file = path.join(OUT, `${shot.name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    saved.push(file);
    // Tall views are also cut into screen-high parts, the size a reader actually sees in the pane.
    const height = await page.evaluate('document.documentElement.scrollHeight');
    for (let part = 1, top = 0; height > VIEWPORT.height * 1.2 && top < height; part += 1, top += VIEWPORT.height) {
      const partFile = path.join(OUT, `${shot.name}-${scheme}-part${part}.png`);
      await page.screenshot({ path: partFile, fullPage: true, clip: { x: 0, y: top, width: VIEWPORT.width, height: Math.min(VIEWPORT.height, height - top) } });
      saved.push(partFile);
    }
  }
  await context.close();
  if (problems.length > 0) throw new Error(`Page errors on ${pageName}: ${problems.join('; ')}`);
  return saved;
}

const tab = (name) => async (page) => {
  await page.getByRole('tab', { name }).click();
};

async function main() {
  const { chromium } = require('playwright-core');
  fs.mkdirSync(OUT, { recursive: true });
  for (const old of fs.readdirSync(OUT)) if (OURS.test(old)) fs.rmSync(path.join(OUT, old));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-screens-'));
  const distPage = path.join(ROOT, 'dist', 'taskpane.html');
  const taskpaneDir = fs.existsSync(distPage) ? path.join(ROOT, 'dist') : await bundle('./src/taskpane/index.tsx', path.join(work, 'taskpane'));
  const taskpanePage = fs.existsSync(distPage) ? 'taskpane.html' : 'index.html';
  const harnessDir = await bundle('./test/taskpane/harness/defects.tsx', path.join(work, 'harness'));
  const refusalDir = await bundle('./test/taskpane/harness/refusal.tsx', path.join(work, 'refusal'));

  const taskpaneServer = await serve(taskpaneDir);
  const harnessServer = await serve(harnessDir);
  const refusalServer = await serve(refusalDir);
  const url = (server) => `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const saved = [];
  try {
    for (const scheme of ['light', 'dark']) {
      saved.push(
        ...(await shoot(browser, {
          baseUrl: url(taskpaneServer),
          page: taskpanePage,
          scheme,
          lang: 'fr',
          shots: [
            { name: '1-creer', prepare: async (page) => page.getByRole('heading', { name: 'Ce qui va se passer' }).waitFor() },
            {
              name: '2-controler',
              prepare: async (page) => {
                await tab('Contrôler')(page);
                await page.getByRole('button', { name: 'Lancer le contrôle' }).click();
                await page.getByRole('status', { name: 'Résultat du contrôle' }).waitFor();
              },
            },
            { name: '3-financements', prepare: async (page) => { await tab('Financements')(page); await page.getByRole('table', { name: 'Par financeur' }).waitFor(); } },
            { name: '4-synthese', prepare: async (page) => { await tab('Synthèse')(page); await page.getByRole('heading', { name: 'Avancement par axe' }).waitFor(); } },
          ],
        })),
      );
      saved.push(
        ...(await shoot(browser, {
          baseUrl: url(harnessServer),
          page: 'index.html',
          scheme,
          lang: 'fr',
          shots: [
            {
              name: '5-controler-anomalies',
              prepare: async (page) => {
                await page.getByRole('button', { name: 'Lancer le contrôle' }).click();
                await page.getByRole('status', { name: 'Résultat du contrôle' }).waitFor();
                await page.getByRole('button', { name: /Cellule F2/ }).first().click();
              },
            },
          ],
        })),
      );
      saved.push(
        ...(await shoot(browser, {
          baseUrl: url(refusalServer),
          page: 'index.html',
          scheme,
          lang: 'fr',
          shots: [{ name: '6-creer-refus', prepare: async (page) => page.getByText('« Créer » ne modifierait rien dans ce classeur').waitFor() }],
        })),
      );
    }
  } finally {
    await browser.close();
    taskpaneServer.close();
    harnessServer.close();
    refusalServer.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`${saved.map((f) => path.relative(ROOT, f)).join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`screenshot-taskpane: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

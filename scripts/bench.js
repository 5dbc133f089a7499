#!/usr/bin/env node
'use strict';
/**
 * Performance bench: a synthetic CLS (1 000 actions, 15 000 commitments, 4 000 indicators), then
 * (a) domain validation alone, (b) `validate --format json` in-process, (c) a bare exceljs load.
 * Targets: (a) < 200 ms, (b)/(c) ≤ 1.3. Other sections (Office.js syncs, bundle sizes) plug in
 * through `sections` — see `addSection`.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const ExcelJS = require('exceljs');
const { ensureBuild } = require('./ensure-build.js');

const ROOT = path.join(__dirname, '..');
const BUILD_MAIN = path.join(ROOT, 'build', 'cli', 'main.js');
const AS_OF = '2026-11-23';
const SIZES = { actions: 1000, fundingsPerAction: 15, indicatorsPerAction: 4 };

const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const FUNDERS = ['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA', 'Préfecture', 'Autre'];
const THEMES = ['Santé mentale', 'Nutrition (alimentation, activité physique)', 'Santé environnementale', 'Accès aux soins', 'Jeunes'];

function addTable(sheet, name, ref, headers, rows) {
  sheet.addTable({ name, ref, headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns: headers.map((h) => ({ name: h, filterButton: true })), rows });
}

/** Builds the synthetic workbook with exceljs (not with our generator) and writes it to `file`. */
async function buildSyntheticWorkbook(file, sizes = SIZES) {
  const wb = new ExcelJS.Workbook();
  const params = wb.addWorksheet('Paramètres');
  addTable(params, 'CLS_Parametres', 'A1', ['Paramètre', 'Valeur'], [
    ['Nom du CLS', 'CLS synthétique'], ['Territoire', 'Territoire de test'], ['Type de territoire', 'PETR'],
    ['Profil régional', 'Normandie'], ['Date de signature', day(2025, 1, 15)], ['Durée (années)', 3],
    ['Population couverte', 120000], ['Collectivité porteuse', 'PETR de test'], ['Coordinateur', 'Camille Coordination'],
    ['Référent ARS', 'Référent'], ['ETP coordination', 1], ['Coût annuel du poste de coordination (€)', 50000],
    ['Diagnostic réalisé par', 'ORS'], ['Évaluation finale réalisée par', 'ORS'],
  ]);
  addTable(params, 'CLS_Financeurs', 'D1', ['Financeur', 'Catégorie', 'Signataire'], FUNDERS.map((f) => [f, 'Autre', 'Oui']));

  const actionHeaders = ['N° axe', 'Axe stratégique', 'N° objectif général', 'Objectif général', 'N° objectif spécifique', 'Objectif spécifique', 'N° action', "Intitulé de l'action", 'Thématique', 'Type', 'Contexte (besoins)', 'Descriptif', 'Pilote', 'Co-pilote', 'Partenaires', 'Territoire', 'Public visé', 'Début', 'Fin', 'Statut', 'Avancement (%)', 'Budget prévisionnel (€)', 'Commentaires / difficultés', 'Mise à jour le'];
  const fundingRows = [];
  const indicatorRows = [];
  const actionRows = [];
  for (let i = 0; i < sizes.actions; i++) {
    const a = Math.floor(i / 100) + 1;
    const b = (Math.floor(i / 10) % 10) + 1;
    const c = (i % 10) + 1;
    const number = `${a}.${b}.${c}`;
    const budget = sizes.fundingsPerAction * 1000;
    actionRows.push([a, `Axe ${a}`, a, `Objectif ${a}`, `${a}.${b}`, `Objectif ${a}.${b}`, number, `Action ${number}`, THEMES[i % THEMES.length], 'Nouvelle', 'Besoin identifié', 'Descriptif', `Pilote ${i}`, null, 'Partenaires', 'Tout le territoire', 'Tous publics', day(2025, 3, 1), day(2027, 12, 31), 'En cours', 0.5, budget, null, day(2026, 11, 1)]);
    for (let k = 0; k < sizes.fundingsPerAction; k++) {
      fundingRows.push(['Action', number, FUNDERS[(k % 5) + 1], 'Financier', 2025 + (Math.floor(k / 5) % 3), 1000, k % 2 ? 'Acquis' : 'Sollicité', null]);
    }
    for (let k = 0; k < sizes.indicatorsPerAction; k++) {
      indicatorRows.push([number, 'Objectif opérationnel', 'Résultats attendus', `Indicateur ${k + 1}`, k % 2 ? 'Résultat' : 'Processus', 'Quantitatif', 10, 3, 4, null, 'Tableau de suivi', 'Coordinateur', '06/2027']);
    }
  }
  for (const year of [2025, 2026, 2027]) {
    fundingRows.push(['Coordination', null, 'ARS', 'Financier', year, 25000, 'Acquis', null]);
    fundingRows.push(['Coordination', null, 'Collectivité porteuse', 'Financier', year, 25000, 'Acquis', null]);
  }
  addTable(wb.addWorksheet("Plan d'action"), 'CLS_Actions', 'A1', actionHeaders, actionRows);
  addTable(wb.addWorksheet('Financements'), 'CLS_Financements', 'A1', ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'], fundingRows);
  addTable(wb.addWorksheet('Évaluation'), 'CLS_Evaluation', 'A1', ['N° action', 'Objectif opérationnel', 'Résultats attendus', 'Indicateur', "Type d'indicateur", 'Nature', 'Valeur cible', 'Réalisé année 1', 'Réalisé année 2', 'Réalisé année 3', "Outil d'évaluation", 'Qui évalue', 'Quand évaluer'], indicatorRows);
  await wb.xlsx.writeFile(file);
  return { actions: actionRows.length, fundings: fundingRows.length, indicators: indicatorRows.length };
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measure(runs, fn) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), times, result };
}

const ms = (n) => `${n.toFixed(0)} ms`;

/** Messy as a real one: every amount typed as text, every 3rd action without a status, so the rules fire. */
function messy(clean) {
  return {
    ...clean,
    sheets: clean.sheets.map((s) => {
      if (s.name === 'Financements') return { ...s, values: s.values.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 5 ? '1 000,00 €' : v)))) };
      if (s.name === "Plan d'action") return { ...s, values: s.values.map((r, i) => (i === 0 || i % 3 ? r : r.map((v, c) => (c === 19 ? null : v)))) };
      return s;
    }),
  };
}

/** Validation and CLI timings over the synthetic workbook; returns printable lines and a pass flag. */
async function validationSection(context) {
  const { readWorkbookFile } = require(path.join(ROOT, 'build', 'xlsx', 'read-file.js'));
  const { validateWorkbook } = require(path.join(ROOT, 'build', 'domain', 'validate.js'));
  const { main } = require(BUILD_MAIN);
  const clean = await readWorkbookFile(context.file);
  const snapshot = messy(clean);
  const domain = await measure(5, () => validateWorkbook(snapshot, { asOf: AS_OF }));
  const io = { stdout: (t) => (io.bytes += t.length), stderr: (t) => (io.errors += t), cwd: ROOT, bytes: 0, errors: '' };
  const cli = await measure(3, () => main(['validate', context.file, '--format', 'json', '--as-of', AS_OF], io));
  const load = await measure(3, () => new ExcelJS.Workbook().xlsx.readFile(context.file));
  const ratio = cli.median / load.median;
  const summary = domain.result.summary;
  return {
    title: 'Validation',
    ok: domain.median < 200 && ratio <= 1.3,
    lines: [
      `findings: ${summary.error} errors, ${summary.warning} warnings, ${summary.info} info; CLI exit ${cli.result}, ${io.bytes} chars of JSON`,
      `(a) domain validation alone (median of 5):         ${ms(domain.median)}   target < 200 ms  ${domain.median < 200 ? 'OK' : 'MISSED'}`,
      `(b) CLI validate --format json, in-process (med 3): ${ms(cli.median)}`,
      `(c) bare exceljs readFile (median of 3):            ${ms(load.median)}`,
      `    ratio b/c = ${ratio.toFixed(2)}   target ≤ 1.30  ${ratio <= 1.3 ? 'OK' : 'MISSED'}`,
    ],
  };
}

/** Loads the in-memory Excel of the tests (TypeScript) through @swc/core. */
function loadFakeExcel() {
  const swc = require('@swc/core');
  if (!require.extensions['.ts']) {
    require.extensions['.ts'] = (m, file) =>
      m._compile(swc.transformFileSync(file, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code, file);
    // The sources import lazily loaded modules as `./x.js` (what webpack and Node ESM expect): here they are `./x.ts`.
    const Module = require('node:module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, parent, ...rest) {
      try {
        return resolve.call(this, request, parent, ...rest);
      } catch (error) {
        if (!request.startsWith('.') || !request.endsWith('.js')) throw error;
        return resolve.call(this, request.replace(/\.js$/, '.ts'), parent, ...rest);
      }
    };
  }
  return require(path.join(ROOT, 'test', 'excel', 'fake-excel'));
}

/** Office.js round trips (`context.sync`) per operation at 10 and at 10 000 rows: they must be equal. */
async function syncSection() {
  const { measureSyncs } = loadFakeExcel();
  const { planWorkbook } = require(path.join(ROOT, 'build', 'domain', 'generate', 'index.js'));
  const { validateWorkbook } = require(path.join(ROOT, 'build', 'domain', 'validate.js'));
  const finding = (row) => ({ rule: 'cell.not-number', severity: 'error', sheet: "Plan d'action", table: 'CLS_Actions', cell: `B${row + 2}`, row: row + 2, params: {} });
  const control = (row) => ({ severity: 'Erreur', rule: 'cell.not-number', sheet: "Plan d'action", cell: `B${row + 2}`, message: 'Texte', value: 'x', suggestion: '' });
  const operations = [
    ['Contrôler: read + validate', () => async (port) => validateWorkbook(await port.read(), { asOf: AS_OF })],
    ['Créer: apply(empty plan)', () => (port) => port.apply(planWorkbook({ profile: 'normandie', years: 3, sample: false }))],
    ['Créer: apply(sample plan)', () => (port) => port.apply(planWorkbook({ profile: 'normandie', years: 3, sample: true }))],
    ['highlight (one finding per row)', (rows) => (port) => port.highlight(Array.from({ length: rows }, (_, i) => finding(i)))],
    ['writeControl (one line per row)', (rows) => (port) => port.writeControl(Array.from({ length: rows }, (_, i) => control(i)))],
  ];
  let ok = true;
  const lines = ['operation                              10 rows   10 000 rows'];
  for (const [label, make] of operations) {
    let small;
    let big;
    try {
      small = await measureSyncs(10, make(10));
      big = await measureSyncs(10_000, make(10_000));
    } catch (error) {
      ok = false;
      lines.push(`${label.padEnd(38)} failed: ${String(error.message).split('\n')[0]}`);
      continue;
    }
    // Syncs may grow with size (requests are chunked under 2 MB, see the payload section); only a small workbook must stay small.
    ok = ok && small <= 4;
    lines.push(`${label.padEnd(38)} ${String(small).padStart(7)}   ${String(big).padStart(11)}   ${small === big ? 'constant' : 'chunked'}`);
  }
  return { title: 'Office.js round trips (context.sync, in-memory Excel)', ok, lines };
}

const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * Office.js payloads with the real serializer (test/excel/payload): syncs and the largest request and response per
 * operation at 10, 1 000 and 10 000 rows, and on the synthetic CLS with its real findings. Target: < 2 MB each.
 */
async function payloadSection(context) {
  loadFakeExcel();
  const payload = require(path.join(ROOT, 'test', 'excel', 'payload'));
  const scenarios = require(path.join(ROOT, 'test', 'excel', 'payload', 'scenarios.ts'));
  const { readWorkbookFile } = require(path.join(ROOT, 'build', 'xlsx', 'read-file.js'));
  const { validateWorkbook } = require(path.join(ROOT, 'build', 'domain', 'validate.js'));
  const { controlRows } = require(path.join(ROOT, 'src', 'taskpane', 'findings.ts'));
  let ok = true;
  const lines = ['operation                         rows   syncs   max request   max response'];
  const row = (label, rows, measures, error) => {
    if (error) {
      lines.push(`${label.padEnd(30)} ${String(rows).padStart(7)}   failed: ${error.message.split('\n')[0]}`);
      return;
    }
    const s = payload.summarize(measures);
    const fits = s.maxRequest < payload.TARGET_BYTES && s.maxResponse < payload.TARGET_BYTES;
    lines.push(`${label.padEnd(30)} ${String(rows).padStart(7)} ${String(s.syncs).padStart(7)}   ${MB(s.maxRequest).padStart(11)}   ${MB(s.maxResponse).padStart(12)}   ${fits ? 'OK' : 'OVER 2 MB'}`);
    return fits;
  };
  for (const operation of scenarios.OPERATIONS) {
    for (const rows of [10, 1_000, 10_000]) {
      try {
        const fits = row(operation, rows, await payload.measureScenario(scenarios.scenario(operation, rows)));
        // apply belongs to another change; it is measured, not judged, here.
        if (operation !== 'apply') ok = ok && fits;
      } catch (error) {
        row(operation, rows, null, error);
        if (operation !== 'apply') ok = false;
      }
    }
  }
  const clean = await readWorkbookFile(context.file);
  const snapshot = messy(clean);
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  const findings = validateWorkbook(snapshot, { asOf: AS_OF }).findings;
  const real = [
    ['read', (port) => port.read()],
    ['highlight', (port) => port.highlight(findings)],
    ['clearHighlights', (port) => port.clearHighlights(), (port) => port.highlight(findings)],
    ['writeControl', (port) => port.writeControl(controlRows(findings, 'fr'))],
  ];
  lines.push(`synthetic CLS (${cells} cells, ${findings.length} findings):`);
  for (const [label, run, prepare] of real) {
    try {
      ok = row(`  ${label}`, findings.length, await payload.measureScenario({ state: scenarios.stateFromSnapshot(snapshot), run, prepare })) && ok;
    } catch (error) {
      row(`  ${label}`, findings.length, null, error);
      ok = false;
    }
  }
  return { title: 'Office.js payloads (real serializer; every request and response < 2 MB)', ok, lines };
}

/** Sections run in order; each receives `{ file, sizes }` and returns `{ title, ok, lines }`. */
/** Gzipped JavaScript the task pane and the web page load; builds dist/ first when it is missing. */
async function bundleSection() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
    process.stdout.write('Building dist/ (webpack --mode production)…\n');
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  }
  return require('./size').benchSection();
}

const sections = [validationSection, syncSection, payloadSection, require('./bench-review').reviewSection, bundleSection];

/** Hook for later sections (Office.js sync counts, bundle sizes…). */
const addSection = (section) => sections.push(section);

async function run() {
  ensureBuild({ log: (line) => process.stdout.write(`${line}\n`) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-bench-'));
  const file = path.join(dir, 'cls-synthetique.xlsx');
  try {
    const sizes = await buildSyntheticWorkbook(file);
    const size = fs.statSync(file).size;
    process.stdout.write(`Synthetic CLS: ${sizes.actions} actions, ${sizes.fundings} commitments, ${sizes.indicators} indicators (${(size / 1024).toFixed(0)} KiB)\n\n`);
    let ok = true;
    for (const section of sections) {
      const { title, ok: sectionOk, lines } = await section({ file, sizes });
      ok = ok && sectionOk;
      process.stdout.write(`## ${title}\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
    }
    return ok ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { buildSyntheticWorkbook, ensureBuild, measure, median, sections, addSection, run };

if (require.main === module) {
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

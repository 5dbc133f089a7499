#!/usr/bin/env node
'use strict';
/**
 * Bundle sizes after `npm run build` (production): gzipped JavaScript the Excel task pane loads, and what the
 * web page (index.html) loads up front and on demand (the .xlsx reader and exceljs). Fails when the task pane
 * exceeds its budget or loads exceljs up front (the pane reads another .xlsx only when the user compares with an
 * earlier version: then exceljs comes on demand). `npm run size`; `measureBundles()` for `npm run bench`.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const DIST = path.join(__dirname, '..', 'dist');
/** The task pane's budget: what Office downloads before the pane can show anything. */
const TASKPANE_BUDGET_BYTES = 150 * 1024;
const PAGES = { taskpane: 'taskpane.html', web: 'index.html' };
const HASHED = /\.([0-9a-f]{8})\.js$/;

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Local scripts of an HTML page, in order (Office.js from its CDN is not ours to weigh). */
function pageScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/g)) {
    const src = match[1];
    if (!/^(https?:)?\/\//.test(src)) scripts.push(src.replace(/^\.?\//, ''));
  }
  return scripts;
}

function describeFile(dist, name) {
  const file = path.join(dist, name);
  return { file: name, bytes: fs.statSync(file).size, gzip: gzipSize(file) };
}

/**
 * Chunks a page loads on demand: hashed .js files no page loads up front whose content hash appears in what
 * the page loads (webpack's runtime maps async chunk ids to their hashes), followed transitively.
 */
function lazyChunks(dist, initial, allInitial) {
  const candidates = fs.readdirSync(dist).filter((f) => HASHED.test(f) && !allInitial.has(f));
  const found = new Set();
  const queue = [...initial];
  while (queue.length > 0) {
    const text = fs.readFileSync(path.join(dist, queue.shift()), 'utf8');
    for (const candidate of candidates) {
      const hash = HASHED.exec(candidate)[1];
      if (!found.has(candidate) && text.includes(hash)) {
        found.add(candidate);
        queue.push(candidate);
      }
    }
  }
  return [...found].sort();
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const isExceljs = (name) => /^exceljs\./.test(name);

/**
 * Measures the built pages.
 * @throws Error telling to run `npm run build` when dist/ lacks a page.
 */
function measureBundles(dist = DIST) {
  const scripts = {};
  for (const [id, page] of Object.entries(PAGES)) {
    const html = path.join(dist, page);
    if (!fs.existsSync(html)) throw new Error(`${path.relative(process.cwd(), html)} est introuvable : lancez d’abord « npm run build ». / missing: run "npm run build" first.`);
    scripts[id] = pageScripts(fs.readFileSync(html, 'utf8'));
  }
  const allInitial = new Set(Object.values(scripts).flat());
  const result = {};
  for (const id of Object.keys(PAGES)) {
    const initial = scripts[id].map((name) => describeFile(dist, name));
    const lazy = lazyChunks(dist, scripts[id], allInitial).map((name) => describeFile(dist, name));
    result[id] = { initial, lazy, initialGzip: sum(initial, 'gzip'), lazyGzip: sum(lazy, 'gzip') };
  }
  const taskpaneLoadsExceljs = result.taskpane.initial.some((f) => isExceljs(f.file));
  const webLoadsExceljsLazily = result.web.lazy.some((f) => isExceljs(f.file)) && !result.web.initial.some((f) => isExceljs(f.file));
  const ok = result.taskpane.initialGzip <= TASKPANE_BUDGET_BYTES && !taskpaneLoadsExceljs;
  return { ...result, budgetBytes: TASKPANE_BUDGET_BYTES, taskpaneLoadsExceljs, webLoadsExceljsLazily, ok };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Printable lines for a measurement. */
function formatBundles(m) {
  const lines = [];
  const files = (list) => list.map((f) => `    ${f.file.padEnd(28)} ${kib(f.bytes).padStart(11)} raw ${kib(f.gzip).padStart(10)} gzip`);
  lines.push(`Task pane (taskpane.html), loaded up front: ${kib(m.taskpane.initialGzip)} gzip — budget ${kib(m.budgetBytes)}: ${m.taskpane.initialGzip <= m.budgetBytes ? 'OK' : 'EXCEEDED'}`);
  lines.push(...files(m.taskpane.initial));
  if (m.taskpane.lazy.length > 0) {
    lines.push(`  on demand: ${kib(m.taskpane.lazyGzip)} gzip`);
    lines.push(...files(m.taskpane.lazy));
  }
  lines.push(`  exceljs loaded up front by the task pane: ${m.taskpaneLoadsExceljs ? 'YES (must not be)' : 'no (on demand only, to compare with a file)'}`);
  lines.push(`Web page (index.html), loaded up front: ${kib(m.web.initialGzip)} gzip`);
  lines.push(...files(m.web.initial));
  lines.push(`  on demand, when a workbook is read or written: ${kib(m.web.lazyGzip)} gzip`);
  lines.push(...files(m.web.lazy));
  lines.push(`  exceljs loaded lazily by the web page: ${m.webLoadsExceljsLazily ? 'yes' : 'NO'}`);
  return lines;
}

/** A section for scripts/bench.js (`addSection(require('./size').benchSection)`). */
async function benchSection() {
  const m = measureBundles();
  return { title: 'Bundle sizes (gzip)', ok: m.ok, lines: formatBundles(m) };
}

module.exports = { measureBundles, formatBundles, benchSection, TASKPANE_BUDGET_BYTES };

if (require.main === module) {
  try {
    const m = measureBundles();
    process.stdout.write(`${formatBundles(m).join('\n')}\n`);
    process.exitCode = m.ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  }
}

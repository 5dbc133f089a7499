#!/usr/bin/env node
'use strict';
/**
 * The compiled command line (build/, `tsc -p tsconfig.cli.json`) is fresh when nothing it is compiled from —
 * src/domain, src/xlsx, src/cli, src/texts (files and folders: a deleted file changes its folder), tsconfig.json,
 * tsconfig.cli.json — changed after the build. `ensureBuild` recompiles a stale or missing build, or refuses it
 * with one line in French then English when TypeScript is not installed. Used by bin/cls-workbook.js,
 * scripts/demo.js, scripts/bench.js and the end-to-end tests' global setup.
 *
 *   node scripts/ensure-build.js           compile when stale
 *   node scripts/ensure-build.js --check   exit 1 with the reason when stale, compile nothing
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const SOURCE_FOLDERS = ['src/domain', 'src/xlsx', 'src/cli', 'src/texts'];
const CONFIGS = ['tsconfig.json', 'tsconfig.cli.json'];
/** The build's entry; its date is the build's (ensureBuild dates it back to when the compilation started). */
const ENTRY = path.join('build', 'cli', 'main.js');

/** The newest modification under `target` (a file, or a folder and everything in it), with its path. */
function newest(target) {
  const info = fs.statSync(target);
  let found = { path: target, mtimeMs: info.mtimeMs };
  if (!info.isDirectory()) return found;
  for (const name of fs.readdirSync(target)) {
    const inner = newest(path.join(target, name));
    if (inner.mtimeMs > found.mtimeMs) found = inner;
  }
  return found;
}

/**
 * Why build/ cannot be run as it is: `{ missing: true }`, `{ changed: 'src/cli/args.ts' }` (the newest input
 * modified after the build), or null when it is fresh.
 */
function staleness(root = ROOT) {
  if (!fs.existsSync(path.join(root, ENTRY))) return { missing: true };
  const built = fs.statSync(path.join(root, ENTRY)).mtimeMs;
  const inputs = [...SOURCE_FOLDERS, ...CONFIGS].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  const latest = inputs.map(newest).reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { path: '', mtimeMs: 0 });
  return latest.mtimeMs > built ? { changed: path.relative(root, latest.path).split(path.sep).join('/') } : null;
}

/** One line in French, then one in English, saying why the build is not up to date. */
function describe(stale) {
  return stale.missing
    ? { fr: 'build/ est absent (la ligne de commande n’est pas compilée)', en: 'build/ is missing (the command line is not compiled)' }
    : { fr: `build/ est périmé : ${stale.changed} a changé après la compilation`, en: `build/ is stale: ${stale.changed} changed after it was compiled` };
}

/** The TypeScript compiler installed beside the project, or undefined (an install without devDependencies). */
function findTsc(root) {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    return undefined;
  }
}

/**
 * Compiles build/ with the project's tsconfig.cli.json, then dates its entry back to when the compilation started:
 * a source saved while tsc ran is newer than the build, which stays stale. A compilation with errors leaves it stale.
 */
function compile(root, tsc) {
  const started = new Date();
  try {
    // tsc reports on stdout: sent to stderr, so that a command's own output (JSON…) stays clean.
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  } catch (error) {
    // tsc emits even when it reports errors: date the entry back so that the build stays stale.
    if (fs.existsSync(path.join(root, ENTRY))) fs.utimesSync(path.join(root, ENTRY), 0, 0);
    throw new Error(`tsc -p tsconfig.cli.json, code ${error && typeof error.status === 'number' ? error.status : '?'}`);
  }
  fs.utimesSync(path.join(root, ENTRY), started, started);
}

/**
 * Makes build/ match the sources: nothing when fresh; otherwise says so in one line through `log` and compiles.
 * @param {{ root?: string, log?: (line: string) => void, compile?: (root: string) => void }} [options]
 *   `compile` replaces the TypeScript compilation (tests).
 * @returns {boolean} whether it compiled.
 * @throws {Error} with a French line then an English line when build/ is stale and TypeScript is not installed,
 *   or when the compilation fails.
 */
function ensureBuild(options = {}) {
  const root = options.root ?? ROOT;
  const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
  const stale = staleness(root);
  if (stale === null) return false;
  const why = describe(stale);
  const tsc = options.compile ? undefined : findTsc(root);
  if (!options.compile && tsc === undefined) {
    throw new Error(`${why.fr} ; TypeScript n’est pas installé : lancez « npm ci » puis « npm run build:cli ».\n${why.en}; TypeScript is not installed: run "npm ci" then "npm run build:cli".`);
  }
  log(`${why.fr} : compilation (tsc -p tsconfig.cli.json)… / ${why.en}: compiling…`);
  try {
    if (options.compile) options.compile(root);
    else compile(root, tsc);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`la compilation de build/ a échoué : ${detail}\nbuild/ failed to compile: ${detail}`);
  }
  return true;
}

module.exports = { ensureBuild, staleness, describe, SOURCE_FOLDERS, CONFIGS, ENTRY };

if (require.main === module) {
  const check = process.argv.includes('--check');
  try {
    const stale = staleness();
    if (check) {
      if (stale !== null) {
        const why = describe(stale);
        process.stderr.write(`${why.fr} : lancez « npm run build:cli ».\n${why.en}: run "npm run build:cli".\n`);
        process.exitCode = 1;
      }
    } else {
      ensureBuild();
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

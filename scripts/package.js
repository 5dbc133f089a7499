#!/usr/bin/env node
// `npm run package -- --env origin=https://server/path` (or ADDIN_ORIGIN=…): builds Tableaux CLS for that host, checks
// the manifest offline, and writes ONE zip for IT: the site to host, the manifest, the deployment sheet, the nginx and
// Apache header snippets, the change log. Refuses without an origin, or with an http or local one.
//
//   node scripts/package.js --origin https://outils.example.fr/tableaux-cls [--out build/package] [--dist <built dir>]
//   --dist packages a build already made for that origin (the tests build once, then package).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { manifestVersion, normalizeOrigin, OriginError, requestedOrigin } = require('./addin-origin');
const { checkManifest } = require('./check-manifest');
const { headerRules, renderApache, renderNginx } = require('./deploy-headers');

const ROOT = path.join(__dirname, '..');
const SHEET = path.join(ROOT, 'docs', 'deploiement', 'FICHE-DEPLOIEMENT.md');
const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');

class UsageError extends Error {}

/** `{ origin, out, dist }` from `--env origin=…`, `--origin …`, `--out …`, `--dist …`, then ADDIN_ORIGIN. */
function parseArgs(argv, env = process.env) {
  const options = { origin: undefined, out: path.join(ROOT, 'build', 'package'), dist: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} attend une valeur / ${arg} needs a value`);
      return next;
    };
    if (arg === '--env') {
      const pair = value();
      if (pair.startsWith('origin=')) options.origin = pair.slice('origin='.length);
    } else if (arg.startsWith('--env=origin=')) options.origin = arg.slice('--env=origin='.length);
    else if (arg === '--origin') options.origin = value();
    else if (arg.startsWith('--origin=')) options.origin = arg.slice('--origin='.length);
    else if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--dist') options.dist = path.resolve(value());
    else throw new UsageError(`argument inconnu : ${arg} / unknown argument: ${arg}`);
  }
  const origin = requestedOrigin({ origin: options.origin }, env);
  if (origin === undefined) {
    throw new UsageError(
      'npm run package a besoin de l’adresse https où les fichiers seront hébergés : npm run package -- --env origin=https://serveur/chemin (ou ADDIN_ORIGIN=…) / ' +
        'npm run package needs the https address the files will be hosted at: npm run package -- --env origin=https://server/path (or ADDIN_ORIGIN=…)',
    );
  }
  return { ...options, origin: normalizeOrigin(origin) };
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
    })
    .sort();
}

/** Files of the built site that still name this computer (a development URL left in a bundle, a map or the manifest). */
function filesNamingLocalhost(dist) {
  return listFiles(dist).filter((file) => /localhost|127\.0\.0\.1/i.test(fs.readFileSync(path.join(dist, file), 'latin1')));
}

/** Production build for `origin` into `outputPath`, with this Node and the project's webpack-cli. */
function build(origin, outputPath) {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [cli, '--mode', 'production', '--env', `origin=${origin}`, '--output-path', outputPath], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ADDIN_ORIGIN: '' },
  });
}

/**
 * The archive's files, as `{ name, content }` with names under `tableaux-cls-<version>/`.
 * @throws Error when the built site fails the hosted manifest check or still names localhost.
 */
function packageEntries({ origin, dist, version }) {
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  const problems = checkManifest(manifest, { assetsDir: path.join(dist, 'assets'), hosted: true });
  if (problems.length > 0) throw new Error(`manifest.xml : ${problems.join(' ; ')}`);
  const expectedVersion = manifestVersion(version);
  if (!manifest.includes(`<Version>${expectedVersion}</Version>`)) throw new Error(`manifest.xml n’a pas la version ${expectedVersion} / manifest.xml lacks version ${expectedVersion}`);
  if (!manifest.includes(`<SourceLocation DefaultValue="${origin}/taskpane.html"/>`)) {
    throw new Error(`${dist} n’a pas été construit pour ${origin} / ${dist} was not built for ${origin}`);
  }
  const local = filesNamingLocalhost(dist);
  if (local.length > 0) throw new Error(`localhost encore présent dans / localhost still in: ${local.join(', ')}`);

  const top = `tableaux-cls-${version}`;
  const rules = headerRules(new URL(origin).pathname);
  const stamp = `> Paquet construit pour **${origin}** — Tableaux CLS ${version} (version du manifeste ${expectedVersion}).\n\n`;
  return [
    { name: `${top}/FICHE-DEPLOIEMENT.md`, content: stamp + fs.readFileSync(SHEET, 'utf8') },
    { name: `${top}/CHANGELOG.md`, content: fs.readFileSync(CHANGELOG) },
    { name: `${top}/manifest.xml`, content: manifest },
    { name: `${top}/serveur/nginx.conf`, content: renderNginx(rules, { origin }) },
    { name: `${top}/serveur/apache.conf`, content: renderApache(rules, { origin }) },
    ...listFiles(dist).map((file) => ({ name: `${top}/site/${file}`, content: fs.readFileSync(path.join(dist, file)) })),
  ];
}

/** Writes the zip (DEFLATE, fixed dates so the same build gives the same archive) and returns its path. */
async function writeArchive(entries, file) {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  for (const { name, content } of entries) zip.file(name, content, { date, createFolders: false });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

/** The whole step: build (unless `dist` is given), check, archive. Resolves with `{ file, bytes, files }`. */
async function makePackage({ origin, out, dist }) {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const site = dist ?? path.join(out, 'site');
  if (dist === undefined) {
    fs.rmSync(site, { recursive: true, force: true });
    build(origin, site);
  }
  const entries = packageEntries({ origin, dist: site, version });
  const file = await writeArchive(entries, path.join(out, `tableaux-cls-${version}.zip`));
  return { file, bytes: fs.statSync(file).size, files: entries.length };
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof OriginError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const { file, bytes, files } = await makePackage(options);
  process.stdout.write(
    `Paquet / package : ${path.relative(process.cwd(), file)} (${(bytes / 1024 / 1024).toFixed(1)} Mo, ${files} fichiers / files) pour / for ${options.origin}\n`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
}

module.exports = { parseArgs, makePackage, packageEntries, filesNamingLocalhost, listFiles };

// `npm run package` for real: a production build for https://outils.example.fr/tableaux-cls, then the zip opened and
// checked against the deployment sheet (every path it lists is in the archive, every top-level entry is listed), the
// manifest (hosted check, package.json's version), localhost nowhere, and the header files agreeing with the sheet.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { manifestVersion } from '../../scripts/addin-origin';
import { checkManifest } from '../../scripts/check-manifest';
import { DOCUMENT_POLICY, headerRules, OFFICE_POLICY, PAGE_POLICY, parseHeadersFile } from '../../scripts/deploy-headers';
import { makePackage } from '../../scripts/package';
import { configDifferences } from './server-configs';

const ROOT = path.join(__dirname, '..', '..');
const ORIGIN = 'https://outils.example.fr/tableaux-cls';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TOP = `tableaux-cls-${VERSION}/`;
const SHEET = fs.readFileSync(path.join(ROOT, 'docs', 'deploiement', 'FICHE-DEPLOIEMENT.md'), 'utf8');

/** The backquoted paths of the sheet's « Contenu du paquet » table. */
function listedPaths(sheet: string): string[] {
  const section = /## Contenu du paquet\n([\s\S]*?)\n## /.exec(sheet)?.[1] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

describe('npm run package', () => {
  let out: string;
  let zip: JSZip;
  let names: string[];
  let archive: { file: string; bytes: number; files: number };
  const text = (name: string): Promise<string> => zip.file(`${TOP}${name}`)!.async('string');

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cls-package-'));
    archive = await makePackage({ origin: ORIGIN, out });
    zip = await JSZip.loadAsync(fs.readFileSync(archive.file));
    names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    process.stdout.write(`package: ${path.basename(archive.file)}, ${(archive.bytes / 1024 / 1024).toFixed(2)} MB, ${archive.files} files\n`);
  }, 300_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('writes one zip named after the version, everything under one folder', () => {
    expect(path.basename(archive.file)).toBe(`tableaux-cls-${VERSION}.zip`);
    expect(names.length).toBe(archive.files);
    expect(names.every((n) => n.startsWith(TOP))).toBe(true);
  });

  it('holds every path the deployment sheet lists, and the sheet lists every top-level entry', () => {
    const listed = listedPaths(SHEET);
    expect(listed).toEqual(expect.arrayContaining(['manifest.xml', 'site/', 'site/index.html', 'site/taskpane.html', 'site/confidentialite.html', 'site/_headers', 'serveur/nginx.conf', 'serveur/apache.conf', 'FICHE-DEPLOIEMENT.md', 'CHANGELOG.md']));
    for (const listedPath of listed) {
      const present = listedPath.endsWith('/') ? names.some((n) => n.startsWith(`${TOP}${listedPath}`)) : names.includes(`${TOP}${listedPath}`);
      expect([listedPath, present]).toEqual([listedPath, true]);
    }
    const topLevel = [...new Set(names.map((n) => n.slice(TOP.length)).map((n) => (n.includes('/') ? `${n.split('/')[0]!}/` : n)))];
    for (const entry of topLevel) expect([entry, listed.some((l) => l === entry || l.startsWith(entry))]).toEqual([entry, true]);
  });

  it('serves the page at the site root, the privacy page beside it, and its links resolve inside the site', async () => {
    const html = await text('site/confidentialite.html');
    for (const href of [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!)) expect([href, names.includes(`${TOP}site/${href}`)]).toEqual([href, true]);
    for (const page of ['index.html', 'taskpane.html', 'commands.html']) {
      const source = await text(`site/${page}`);
      expect(source).toMatch(/<html lang="?fr"?>/);
      // Minified pages: attribute values may be unquoted. Every local script and icon is in the site.
      const local = [...source.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('https://'));
      expect(local.length).toBeGreaterThan(1);
      for (const file of local) expect([page, file, names.includes(`${TOP}site/${file}`)]).toEqual([page, file, true]);
    }
    await expect(text('site/taskpane.html')).resolves.toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('carries a manifest on the origin, with package.json’s version, that passes the hosted check', async () => {
    const manifest = await text('manifest.xml');
    expect(await text('site/manifest.xml')).toBe(manifest);
    expect(manifest).toContain(`<Version>${manifestVersion(VERSION)}</Version>`);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(manifest).toContain('<AppDomain>https://outils.example.fr</AppDomain>');
    const assets = fs.mkdtempSync(path.join(out, 'assets-'));
    for (const name of names.filter((n) => n.startsWith(`${TOP}site/assets/`))) fs.writeFileSync(path.join(assets, path.basename(name)), await zip.file(name)!.async('nodebuffer'));
    expect(checkManifest(manifest, { assetsDir: assets, hosted: true })).toEqual([]);
  });

  it('names localhost nowhere in the site: pages, bundles, source maps, manifest', async () => {
    const local: string[] = [];
    for (const name of names.filter((n) => n.startsWith(`${TOP}site/`))) {
      if (/localhost|127\.0\.0\.1/i.test((await zip.file(name)!.async('nodebuffer')).toString('latin1'))) local.push(name);
    }
    expect(local).toEqual([]);
    expect(names.some((n) => n.endsWith('.js.map'))).toBe(true);
  });

  it('has _headers for the site’s path, nginx and Apache snippets sending the same, and the sheet quoting the same policies', async () => {
    const rules = parseHeadersFile(await text('site/_headers'));
    expect(rules).toEqual(headerRules('/tableaux-cls'));
    expect(configDifferences(rules, await text('serveur/nginx.conf'), await text('serveur/apache.conf'))).toEqual([]);
    const policies = new Set(rules.map((r) => r.headers['Content-Security-Policy']).filter((p): p is string => p !== undefined));
    expect([...policies].sort()).toEqual([DOCUMENT_POLICY, OFFICE_POLICY, PAGE_POLICY].sort());
    for (const policy of policies) expect(SHEET).toContain(`\n${policy}\n`);
    await expect(text('FICHE-DEPLOIEMENT.md')).resolves.toMatch(new RegExp(`^> Paquet construit pour \\*\\*${ORIGIN.replace(/[./]/g, '\\$&')}\\*\\*`));
  });
});

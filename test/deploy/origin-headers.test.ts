// A build for a host: the origin refused or kept, the manifest rebased and versioned, the hosted manifest check, the
// headers written three ways (_headers, nginx, Apache) saying the same thing, the privacy page self-contained.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestFor, manifestVersion, normalizeOrigin, requestedOrigin } from '../../scripts/addin-origin';
import { checkManifest } from '../../scripts/check-manifest';
import { headerRules, headersFor, parseHeadersFile, renderApache, renderHeadersFile, renderNginx } from '../../scripts/deploy-headers';
import { parseArgs } from '../../scripts/package';
import { configDifferences } from './server-configs';

const ROOT = path.join(__dirname, '..', '..');
const TEMPLATE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS = path.join(ROOT, 'assets');
const ORIGIN = 'https://outils.example.fr/tableaux-cls';
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** French, then ' / ', then English, on one line. */
const FRENCH_THEN_ENGLISH = /^[^\n]*(adresse|version)[^\n]* \/ [^\n]*(address|version)[^\n]*$/;

describe('the hosting address', () => {
  it.each([
    ['https://outils.example.fr/tableaux-cls/', 'https://outils.example.fr/tableaux-cls'],
    ['https://outils.example.fr', 'https://outils.example.fr'],
    ['  https://Outils.Example.fr:8443/a/b  ', 'https://outils.example.fr:8443/a/b'],
  ])('keeps %j as %j', (given, kept) => {
    expect(normalizeOrigin(given)).toBe(kept);
  });

  it.each([
    ['http://outils.example.fr', /n’est pas en https .* is not https/],
    ['https://localhost:3000', /désigne cet ordinateur \(localhost\)/],
    ['https://127.0.0.1/tableaux-cls', /désigne cet ordinateur \(127\.0\.0\.1\)/],
    ['https://127.1.2.3', /désigne cet ordinateur/],
    ['https://[::1]:3000', /désigne cet ordinateur/],
    ['https://app.localhost', /désigne cet ordinateur/],
    ['https://outils.example.fr/?v=2', /une requête/],
    ['https://outils.example.fr/#x', /une ancre/],
    ['outils.example.fr', /adresse d’hébergement invalide/],
  ])('refuses %j in one line, French then English', (given, reason) => {
    let message = '';
    try {
      normalizeOrigin(given);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(reason);
    expect(message).toMatch(FRENCH_THEN_ENGLISH);
  });

  it('comes from --env origin=… first, else from ADDIN_ORIGIN, else nowhere', () => {
    expect(requestedOrigin({ origin: 'https://a.fr' }, { ADDIN_ORIGIN: 'https://b.fr' })).toBe('https://a.fr');
    expect(requestedOrigin({}, { ADDIN_ORIGIN: 'https://b.fr' })).toBe('https://b.fr');
    expect(requestedOrigin({}, { ADDIN_ORIGIN: '' })).toBeUndefined();
    expect(requestedOrigin({}, {})).toBeUndefined();
  });

  it('npm run package refuses to run without one, and takes it like the build does', () => {
    expect(() => parseArgs([], {})).toThrow(/^npm run package a besoin de l’adresse https .* \/ npm run package needs the https address/);
    expect(parseArgs(['--env', `origin=${ORIGIN}/`], {}).origin).toBe(ORIGIN);
    expect(parseArgs([], { ADDIN_ORIGIN: ORIGIN }).origin).toBe(ORIGIN);
    expect(() => parseArgs(['--env', 'origin=http://outils.example.fr'], {})).toThrow(/n’est pas en https/);
  });
});

describe('the manifest of a build', () => {
  const hosted = manifestFor(TEMPLATE, { origin: ORIGIN, version: manifestVersion(PACKAGE_VERSION) });

  it('takes package.json’s version as four numbers', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.30.4')).toBe('12.30.4.0');
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow(FRENCH_THEN_ENGLISH);
    expect(() => manifestVersion('123456.0.0')).toThrow(/au plus 5 chiffres/);
    expect(hosted).toContain(`<Version>${manifestVersion(PACKAGE_VERSION)}</Version>`);
    expect(manifestFor(TEMPLATE, { version: '3.2.1.0' })).toContain('<Version>3.2.1.0</Version>');
  });

  it('puts every URL on the origin, path prefix included, and the AppDomain on its scheme and host', () => {
    const urls = [...hosted.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url === 'https://outils.example.fr' || url.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(hosted).toContain('<AppDomain>https://outils.example.fr</AppDomain>');
    expect(hosted).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(hosted).toContain(`<bt:Url id="Commands.Url" DefaultValue="${ORIGIN}/commands.html"/>`);
    expect(hosted).not.toMatch(/localhost/);
  });

  it('without an origin stays the development manifest on https://localhost:3000', () => {
    expect(manifestFor(TEMPLATE, { version: '0.1.0.0' })).toBe(TEMPLATE.replace(/<Version>[^<]*<\/Version>/, '<Version>0.1.0.0</Version>'));
  });

  it('passes the hosted check; the development manifest, an http one and a URL elsewhere do not', () => {
    expect(checkManifest(hosted, { assetsDir: ASSETS, hosted: true })).toEqual([]);
    expect(checkManifest(TEMPLATE, { assetsDir: ASSETS, hosted: true })).toEqual([
      'adresse d’hébergement refusée : « https://localhost:3000 » désigne cet ordinateur (localhost), pas le serveur des utilisateurs / ' +
        'hosting address refused: "https://localhost:3000" names this computer (localhost), not a server your users reach',
    ]);
    const http = checkManifest(hosted.split('https://outils.example.fr').join('http://outils.example.fr'), { assetsDir: ASSETS, hosted: true });
    expect(http).toHaveLength(1);
    expect(http[0]).toMatch(/« http:\/\/outils\.example\.fr\/tableaux-cls » n’est pas en https .* is not https/);
    const elsewhere = hosted.replace(`${ORIGIN}/assets/aide.html`, 'https://ailleurs.example.org/aide.html');
    expect(checkManifest(elsewhere, { assetsDir: ASSETS, hosted: true })).toEqual([
      `URL hors de l’adresse d’hébergement ${ORIGIN} : https://ailleurs.example.org/aide.html / URL outside the hosting address ${ORIGIN}: https://ailleurs.example.org/aide.html`,
    ]);
    expect(checkManifest(hosted.replace('<Version>0.1.0.0</Version>', '<Version>0.1.0</Version>'), { assetsDir: ASSETS })).toEqual(['Version "0.1.0" is not four numbers n.n.n.n']);
    expect(checkManifest(hosted.replace(`${ORIGIN}/assets/icon-80.png`, `${ORIGIN}/assets/icon-81.png`), { assetsDir: ASSETS, hosted: true })).toEqual(['asset not found: assets/icon-81.png']);
  });

  it('webpack refuses an unusable origin before building anything', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS run by webpack-cli
    const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => unknown;
    expect(() => makeConfig({ origin: 'http://outils.example.fr' }, { mode: 'production' })).toThrow(/n’est pas en https/);
    expect(() => makeConfig({ origin: 'https://127.0.0.1' }, { mode: 'production' })).toThrow(/désigne cet ordinateur/);
    expect(() => makeConfig({ origin: ORIGIN }, { mode: 'production' })).not.toThrow();
  });
});

describe('the HTTP headers, written for Netlify/Cloudflare, nginx and Apache', () => {
  it.each(['', '/tableaux-cls'])('say the same thing for every path (prefix %j)', (prefix) => {
    const rules = headerRules(prefix);
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
    const origin = `https://outils.example.fr${prefix}`;
    expect(configDifferences(rules, renderNginx(rules, { origin }), renderApache(rules, { origin }))).toEqual([]);
  });

  it('notice a snippet that drifts', () => {
    const rules = headerRules('/tableaux-cls');
    const origin = ORIGIN;
    const nginx = renderNginx(rules, { origin });
    const apache = renderApache(rules, { origin });
    // The first page policy in the nginx snippet is the one of /tableaux-cls/ itself.
    const weakerNginx = nginx.replace("frame-ancestors 'none'", 'frame-ancestors *');
    expect(configDifferences(rules, weakerNginx, apache)).toEqual([expect.stringMatching(/^nginx \/tableaux-cls\/: /)]);
    const iconCached = `${apache}\n<LocationMatch "^/tableaux-cls/assets/icon-.*$">\n    Header always set Cache-Control "no-cache"\n</LocationMatch>\n`;
    expect(configDifferences(rules, nginx, iconCached)).toEqual([
      expect.stringMatching(/^apache \/tableaux-cls\/assets\/icon-16\.png: /),
      expect.stringMatching(/^apache \/tableaux-cls\/assets\/icon-80\.png: /),
    ]);
  });

  it('give each page one policy, Office.js to the pane only, and no Cache-Control to the ribbon icons', () => {
    const rules = headerRules('/tableaux-cls');
    const csp = (p: string): string => headersFor(rules, `/tableaux-cls${p}`)['Content-Security-Policy'] ?? '';
    expect(csp('/taskpane.html')).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp('/commands.html')).toBe(csp('/taskpane.html'));
    expect(csp('/')).toContain("script-src 'self';");
    expect(csp('/')).toContain("frame-ancestors 'none'");
    expect(csp('/taskpane.html')).toMatch(/frame-ancestors https:\/\/\*\.officeapps\.live\.com /);
    for (const p of ['/', '/taskpane.html', '/confidentialite.html']) expect(csp(p)).not.toMatch(/unsafe|\*;|\sdata:|\shttp:/);
    expect(headersFor(rules, '/tableaux-cls/assets/icon-32.png')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
    // A header name in two rules matching one path would be sent twice (two CSPs both apply): the rules never do it.
    for (const rule of rules) expect(() => headersFor(rules, rule.path)).not.toThrow();
    expect(() => headersFor([...rules, { path: '/tableaux-cls/*', headers: { 'Cache-Control': 'max-age=60' } }], '/tableaux-cls/')).toThrow(/Cache-Control is set twice/);
  });
});

describe('confidentialite.html', () => {
  const html = fs.readFileSync(path.join(ROOT, 'public', 'confidentialite.html'), 'utf8');

  it('is a French page with an English section, loading nothing from elsewhere and no script', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<section id="english" lang="en">');
    expect(html).not.toMatch(/<script|<style|\sstyle=|(?:src|href)="(?:https?:)?\/\//i);
    const local = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!);
    expect(local.sort()).toEqual(['assets/aide.html', 'assets/aide.html', 'assets/icon-32.png', 'confidentialite.css']);
    for (const file of local) expect(fs.existsSync(path.join(ROOT, file.startsWith('assets/') ? file : path.join('public', file)))).toBe(true);
  });

  it('says what stays, what is written, what is not collected, and whom to ask', () => {
    for (const words of [
      'Votre classeur ne quitte jamais votre ordinateur, ni Office.',
      'La feuille «\u00a0Contrôle\u00a0»',
      'parties XML personnalisées',
      'Aucune mesure d’audience, aucun traceur, aucun cookie',
      'appsforoffice.microsoft.com',
      'délégué à la protection des données',
      'Your workbook never leaves your computer or Office.',
    ]) {
      expect(html).toContain(words);
    }
  });

  it('keeps French guillemets with their words (no-break spaces), so « Importer » never breaks across lines', () => {
    expect(html).not.toMatch(/« | »/);
  });
});

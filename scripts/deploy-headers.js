// The HTTP headers Tableaux CLS is served with, in one place: the Content-Security-Policy of each page, what the
// ribbon icons must not get, and the three ways to give them to a server (a `_headers` file for Netlify and
// Cloudflare Pages, an nginx snippet, an Apache snippet). scripts/serve-dist.js serves the same rules, the e2e
// tests parse dist/_headers and run the pages under it, and docs/deploiement/ explains each source.
'use strict';
const crypto = require('node:crypto');

/** Office.js's CDN: the task pane and the ribbon's function file load Office.js from there (Microsoft's supported source). */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
// Fluent UI (Griffel) inserts empty <style> elements, then fills them through CSSOM: allow exactly the empty one.
const EMPTY_STYLE_HASH = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;
/**
 * Pages of Office on the web that frame the task pane (Excel's frame and the OneDrive, SharePoint and Microsoft 365
 * pages around it: frame-ancestors checks every ancestor). Desktop Excel shows the pane as a top-level page.
 */
const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
];

const join = (directives) => directives.join('; ');

/** The standalone page (index.html): its own scripts and styles, nothing to fetch, never framed. */
const PAGE_POLICY = join([
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${EMPTY_STYLE_HASH}`,
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]);

/** The pages Office opens (task pane, ribbon function file): the page's policy plus Office.js and Office's frames. */
const OFFICE_POLICY = join([
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  `style-src 'self' ${EMPTY_STYLE_HASH}`,
  "img-src 'self'",
  // Office.js shows its own notice in a frame from its CDN when it does not recognise the Office host.
  `frame-src ${OFFICE_JS_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(' ')}`,
]);

/** Plain documents without script (privacy statement, help): a style sheet of their own, nothing else. */
const DOCUMENT_POLICY = join([
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors 'self' ${OFFICE_FRAME_ANCESTORS.join(' ')}`,
]);

/** The HTML documents of dist/ and the policy of each (paths relative to the hosting root). */
const DOCUMENTS = [
  { path: '/', policy: PAGE_POLICY },
  { path: '/index.html', policy: PAGE_POLICY },
  { path: '/taskpane.html', policy: OFFICE_POLICY },
  { path: '/commands.html', policy: OFFICE_POLICY },
  { path: '/confidentialite.html', policy: DOCUMENT_POLICY },
  { path: '/assets/aide.html', policy: DOCUMENT_POLICY },
];

/**
 * Header rules for a site served under `prefix` ('' or '/tableaux-cls'): one rule for every file (`/*`), one per
 * HTML document. A header name lives in one kind of rule only, so hosts that merge matching rules never send it twice
 * (two Content-Security-Policy headers would both apply). No Cache-Control outside the HTML documents and the
 * manifest: Office keeps the ribbon icons in its own cache and wants them served without one.
 */
function headerRules(prefix = '') {
  const base = prefix.replace(/\/+$/, '');
  return [
    { path: `${base}/*`, headers: { 'X-Content-Type-Options': 'nosniff' } },
    ...DOCUMENTS.map((d) => ({ path: `${base}${d.path}`, headers: { 'Content-Security-Policy': d.policy, 'Cache-Control': 'no-cache' } })),
    { path: `${base}/manifest.xml`, headers: { 'Cache-Control': 'no-cache' } },
  ];
}

const matches = (rulePath, urlPath) => (rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : rulePath === urlPath);

/** Headers a host following Netlify's and Cloudflare Pages' `_headers` rules sends for `urlPath` (every matching rule). */
function headersFor(rules, urlPath) {
  const headers = {};
  for (const rule of rules) {
    if (!matches(rule.path, urlPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in headers && headers[name] !== value) throw new Error(`${urlPath}: ${name} is set twice with different values`);
      headers[name] = value;
    }
  }
  return headers;
}

const HEADERS_INTRO = [
  '# Tableaux CLS : en-têtes HTTP (syntaxe _headers de Netlify et Cloudflare Pages). Explications : docs/deploiement/.',
  '# Tableaux CLS: HTTP headers (Netlify and Cloudflare Pages _headers syntax).',
];

/** The `_headers` file: a path line, then its headers indented, one blank line between rules. */
function renderHeadersFile(rules) {
  return `${[...HEADERS_INTRO, ...rules.map((r) => [r.path, ...Object.entries(r.headers).map(([n, v]) => `  ${n}: ${v}`)].join('\n'))].join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file back into rules.
 * @throws Error on a header line before any path, or a line that is neither a path, a header nor a comment.
 */
function parseHeadersFile(text) {
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules[rules.length - 1];
    if (!header || !rule) throw new Error(`_headers line ${index + 1} is not understood: ${line}`);
    rule.headers[header[1]] = header[2];
  }
  return rules;
}

const splatAndExact = (rules) => ({ splats: rules.filter((r) => r.path.endsWith('*')), exact: rules.filter((r) => !r.path.endsWith('*')) });
const regexEscape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * nginx: one `location` per rule, to put in the https `server { }` block. nginx drops a parent's add_header in any
 * location that has its own, so every exact location repeats the headers of the rules that also match it.
 */
function renderNginx(rules, { origin }) {
  const { splats, exact } = splatAndExact(rules);
  const block = (selector, headers) =>
    [`location ${selector} {`, ...Object.entries(headers).map(([n, v]) => `    add_header ${n} "${v}" always;`), '}'].join('\n');
  const intro = [
    `# Tableaux CLS : en-têtes HTTP pour nginx (${origin}).`,
    '# À placer dans le bloc server { } https qui sert ces fichiers (root : le dossier qui contient celui du complément).',
    '# nginx oublie les add_header du bloc server dans une location qui a les siens : recopiez-y vos en-têtes communs (HSTS…).',
    '# Pas de directive expires ni de Cache-Control sur assets/icon-*.png : Office met les icônes du ruban en cache lui-même.',
    '# Tableaux CLS: HTTP headers for nginx; put in the https server { } block serving these files.',
  ].join('\n');
  const blocks = [...splats.map((r) => block(r.path.slice(0, -1), r.headers)), ...exact.map((r) => block(`= ${r.path}`, headersFor(rules, r.path)))];
  return `${[intro, ...blocks].join('\n\n')}\n`;
}

/** Apache (mod_headers): a <Location> per `/*` rule, a <LocationMatch> per document; later sections override earlier ones. */
function renderApache(rules, { origin }) {
  const { splats, exact } = splatAndExact(rules);
  const set = (headers) => Object.entries(headers).map(([n, v]) => `    Header always set ${n} "${v}"`);
  const intro = [
    `# Tableaux CLS : en-têtes HTTP pour Apache 2.4 (${origin}).`,
    '# À placer dans le <VirtualHost *:443> qui sert ces fichiers ; module headers requis (a2enmod headers).',
    '# Pas de mod_expires ni de Cache-Control sur assets/icon-*.png : Office met les icônes du ruban en cache lui-même.',
    '# Tableaux CLS: HTTP headers for Apache 2.4; put in the <VirtualHost *:443> serving these files (mod_headers).',
  ].join('\n');
  const sections = [
    ...splats.map((r) => [`<Location "${r.path.slice(0, -1)}">`, ...set(r.headers), '</Location>'].join('\n')),
    ...exact.map((r) => [`<LocationMatch "^${regexEscape(r.path)}$">`, ...set(r.headers), '</LocationMatch>'].join('\n')),
  ];
  return `${[intro, ...sections].join('\n\n')}\n`;
}

module.exports = {
  OFFICE_JS_ORIGIN,
  OFFICE_FRAME_ANCESTORS,
  EMPTY_STYLE_HASH,
  PAGE_POLICY,
  OFFICE_POLICY,
  DOCUMENT_POLICY,
  DOCUMENTS,
  headerRules,
  headersFor,
  renderHeadersFile,
  parseHeadersFile,
  renderNginx,
  renderApache,
};

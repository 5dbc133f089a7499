// Static server for dist/ on 127.0.0.1, for browser tests and for people without https certificates.
// Usage: node scripts/serve-dist.js [--port 3000] [--root dist] [--https]   (PORT in the environment works too)
// Headers are those of a real host (scripts/deploy-headers.js, written to dist/_headers): each page's
// Content-Security-Policy, Office.js's CDN on the pages Office hosts, no Cache-Control on icons. Ctrl+C stops it cleanly.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { headerRules, headersFor } = require('./deploy-headers');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

const DEFAULT_RULES = headerRules('');

/** The Content-Security-Policy a page is served with ('' for files that are not HTML documents). */
function contentSecurityPolicy(urlPath) {
  return headersFor(DEFAULT_RULES, urlPath)['Content-Security-Policy'] ?? '';
}

/** Maps a URL path to a file inside root, or null when it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? '/index.html' : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root, rules) {
  return (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Méthode non permise / Method not allowed', { Allow: 'GET, HEAD' });
    const file = resolveFile(root, urlPath);
    if (file === null) return send(400, 'Chemin refusé / Path refused');
    fs.stat(file, (statError, stats) => {
      if (statError || !stats.isFile()) return send(404, 'Introuvable / Not found');
      const extension = path.extname(file).toLowerCase();
      response.writeHead(200, {
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        'Content-Length': stats.size,
        ...headersFor(rules, urlPath),
      });
      if (request.method === 'HEAD') return response.end();
      fs.createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    });
  };
}

/**
 * Starts the server. Resolves with `{ url, port, close }`; `close()` stops accepting and ends open connections.
 * `rules` (as parsed from a `_headers` file) replaces the default headers.
 * @param {{ root?: string, port?: number, host?: string, tls?: { key: Buffer, cert: Buffer } | null, rules?: { path: string, headers: Record<string, string> }[] }} options
 */
function startServer(options = {}) {
  const root = path.resolve(options.root ?? path.join(__dirname, '..', 'dist'));
  const host = options.host ?? '127.0.0.1';
  const serve = handler(root, options.rules ?? DEFAULT_RULES);
  const server = options.tls ? https.createServer(options.tls, serve) : http.createServer(serve);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      const { port } = server.address();
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `${options.tls ? 'https' : 'http'}://${host}:${port}`, port, close, server });
    });
  });
}

/** What `npm run serve` tells: the page first (what most people open), then the task pane, in French and English. */
function addresses(url, root) {
  return [
    `Tableaux CLS — page de contrôle sans installation / check page, nothing to install : ${url}/index.html`,
    `  volet Office (aperçu hors Excel) / Office task pane (preview outside Excel) : ${url}/taskpane.html`,
    `  dist : ${root} — Ctrl+C pour arrêter / to stop`,
    '',
  ].join('\n');
}

function parseArgs(argv, env) {
  const args = { port: Number(env.PORT ?? 3000), root: undefined, https: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') args.port = Number(argv[++i]);
    else if (arg === '--root') args.root = argv[++i];
    else if (arg === '--https') args.https = true;
    else if (/^\d+$/.test(arg)) args.port = Number(arg);
    else throw new Error(`argument inconnu / unknown argument: ${arg}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`port invalide / invalid port: ${args.port}`);
  return args;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  let tls = null;
  if (args.https) {
    const { devCerts, HOW_TO } = require('./dev-certs');
    tls = devCerts();
    if (!tls) {
      process.stderr.write(`Pas de certificats de développement. ${HOW_TO}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const root = path.resolve(args.root ?? path.join(__dirname, '..', 'dist'));
  if (!fs.existsSync(root)) {
    process.stderr.write(`${root} n’existe pas : lancez d’abord "npm run build". / ${root} does not exist: run "npm run build" first.\n`);
    process.exitCode = 2;
    return;
  }
  const { url, close } = await startServer({ root, port: args.port, tls });
  process.stdout.write(addresses(url, root));
  const stop = () => {
    close().then(() => process.stdout.write('Serveur arrêté.\n'));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { startServer, contentSecurityPolicy, resolveFile, addresses };

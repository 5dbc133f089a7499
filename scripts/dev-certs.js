// Finds the https development certificates made by `npx office-addin-dev-certs install` (never run by npm ci).
// CLI: `node scripts/dev-certs.js` says whether they exist and how to make them.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** `{ key, cert, ca }` as Buffers when the certificates exist, otherwise null. */
function devCerts(dir = CERT_DIR) {
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!fs.existsSync(paths.key) || !fs.existsSync(paths.cert)) return null;
  return {
    key: fs.readFileSync(paths.key),
    cert: fs.readFileSync(paths.cert),
    ...(fs.existsSync(paths.ca) ? { ca: fs.readFileSync(paths.ca) } : {}),
  };
}

const HOW_TO = 'Pour les créer : npx --yes office-addin-dev-certs install (installe une autorité locale, droits administrateur requis). ' +
  'To create them: npx --yes office-addin-dev-certs install (installs a local CA, needs admin rights).';

if (require.main === module) {
  if (devCerts()) process.stdout.write(`Certificats de développement trouvés dans ${CERT_DIR}\n`);
  else {
    process.stdout.write(`Aucun certificat de développement dans ${CERT_DIR}.\n${HOW_TO}\n`);
    process.exitCode = 1;
  }
}

module.exports = { devCerts, CERT_DIR, HOW_TO };

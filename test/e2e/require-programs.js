// Outside programs the end-to-end tests drive. globalSetup checks LibreOffice (every e2e test needs it);
// browser tests call requirePrograms(['chromium']) themselves.
'use strict';
const { accessSync, constants } = require('node:fs');
const { delimiter, join } = require('node:path');

const PROGRAMS = {
  libreoffice: { candidates: ['soffice', 'libreoffice'], debianPackage: 'libreoffice-calc-nogui', label: 'LibreOffice Calc' },
  chromium: { candidates: ['/usr/bin/chromium'], debianPackage: 'chromium', label: 'Chromium' },
  pdftoppm: { candidates: ['pdftoppm'], debianPackage: 'poppler-utils', label: 'pdftoppm' },
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of the first candidate found (absolute paths as given, bare names on PATH), or null. */
function findProgram(candidates) {
  const dirs = (process.env.PATH || '').split(delimiter).filter(Boolean);
  for (const candidate of candidates) {
    if (candidate.includes('/')) {
      if (isExecutable(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) {
      const path = join(dir, candidate);
      if (isExecutable(path)) return path;
    }
  }
  return null;
}

/** Paths of the named programs; throws one clear French + English message naming the Debian packages of those missing. */
function requirePrograms(names) {
  const found = {};
  const missing = [];
  for (const name of names) {
    const spec = PROGRAMS[name];
    if (!spec) throw new Error(`Unknown program ${name}`);
    const path = findProgram(spec.candidates);
    if (path) found[name] = path;
    else missing.push(spec);
  }
  if (missing.length > 0) {
    const list = missing.map((s) => `${s.label} (${s.candidates.join(' / ')})`).join(', ');
    const packages = missing.map((s) => s.debianPackage).join(' ');
    throw new Error(
      `Tests de bout en bout : programme introuvable : ${list}. Installez-le : sudo apt-get install ${packages}\n` +
        `End-to-end tests: program not found: ${list}. Install it: sudo apt-get install ${packages}`,
    );
  }
  return found;
}

module.exports = async function globalSetup() {
  requirePrograms(['libreoffice']);
};
module.exports.requirePrograms = requirePrograms;
module.exports.findProgram = findProgram;
module.exports.PROGRAMS = PROGRAMS;

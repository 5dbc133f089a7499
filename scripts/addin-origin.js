// Where the add-in is hosted: the https origin (with an optional path prefix) a build for a host writes into
// manifest.xml, and the manifest <Version> taken from package.json. Used by webpack.config.js, check-manifest.js
// and package.js, so the three refuse the same addresses with the same sentence.
'use strict';

/** The development address of manifest.xml (`npm run dev-server`); a build without an origin keeps it. */
const DEV_ORIGIN = 'https://localhost:3000';

const LOOPBACK = /^(localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(?:\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/** Refusal of a hosting address: one line, French then English. */
class OriginError extends Error {
  constructor(fr, en) {
    super(`${fr} / ${en}`);
    this.name = 'OriginError';
    // A user's mistake, not a bug: tools that print the stack (webpack-cli) print this one line.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * The hosting address as the manifest will use it: `https://host[:port][/prefix]`, without a trailing slash.
 * @throws OriginError when it is not an absolute https URL, names this computer (localhost, 127.0.0.1, ::1),
 *   or carries credentials, a query or a fragment.
 */
function normalizeOrigin(text) {
  const raw = String(text ?? '').trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new OriginError(
      `adresse d’hébergement invalide : « ${raw} » (attendu : https://serveur/chemin)`,
      `invalid hosting address: "${raw}" (expected: https://server/path)`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new OriginError(
      `adresse d’hébergement refusée : « ${raw} » n’est pas en https (Office ne charge un complément qu’en https)`,
      `hosting address refused: "${raw}" is not https (Office loads add-ins over https only)`,
    );
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new OriginError(
      `adresse d’hébergement refusée : « ${raw} » désigne cet ordinateur (${url.hostname}), pas le serveur des utilisateurs`,
      `hosting address refused: "${raw}" names this computer (${url.hostname}), not a server your users reach`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new OriginError(
      `adresse d’hébergement refusée : « ${raw} » contient un identifiant, une requête (?) ou une ancre (#)`,
      `hosting address refused: "${raw}" carries credentials, a query (?) or a fragment (#)`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The origin given on the command line (`--env origin=…`) or else in ADDIN_ORIGIN; undefined when neither. */
function requestedOrigin(env = {}, processEnv = process.env) {
  const value = env.origin ?? processEnv.ADDIN_ORIGIN;
  return value === undefined || String(value).trim() === '' ? undefined : String(value);
}

/**
 * package.json's version as the XML manifest wants it, four numbers (0.1.0 → 0.1.0.0).
 * @throws Error when the version has a pre-release tag or a part over 5 digits (the manifest schema's limit).
 */
function manifestVersion(packageVersion) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(packageVersion));
  if (!match) {
    throw new Error(
      `version « ${packageVersion} » de package.json : le manifeste veut n.n.n (au plus 5 chiffres chacun, sans suffixe) / ` +
        `package.json version "${packageVersion}": the manifest needs n.n.n (at most 5 digits each, no suffix)`,
    );
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/**
 * manifest.xml for a host: every development URL rebased on `origin` (path prefix kept), AppDomain reduced to the
 * scheme, host and port (an AppDomain has no path), and <Version> set to `version`.
 * @throws Error when the template no longer has the pieces this relies on.
 */
function manifestFor(template, { origin = DEV_ORIGIN, version }) {
  const hostOnly = new URL(origin).origin;
  let xml = template.replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${hostOnly}</AppDomain>`);
  xml = xml.split(DEV_ORIGIN).join(origin);
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error('manifest.xml has no <Version> element');
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

module.exports = { DEV_ORIGIN, OriginError, normalizeOrigin, requestedOrigin, manifestVersion, manifestFor, LOOPBACK };

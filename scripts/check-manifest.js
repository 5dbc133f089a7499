// Offline checks of the XML add-in manifest (the online `office-addin-manifest validate` needs the internet).
// CLI: `node scripts/check-manifest.js [manifest.xml] [--hosted]` prints the problems and exits 1 when there are any;
// --hosted checks a manifest built for a host (npm run build -- --env origin=…): every URL on that https origin,
// never this computer (localhost, 127.0.0.1).
// Library: `checkManifest(xmlText, { assetsDir, hosted })` returns the problems as strings (used by test/manifest).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { normalizeOrigin } = require('./addin-origin');

/** Schema order of OfficeApp's children (TaskPaneApp); `required` ones must be present. */
const ROOT_ORDER = [
  { name: 'Id', required: true },
  { name: 'AlternateID', required: false },
  { name: 'Version', required: true },
  { name: 'ProviderName', required: true },
  { name: 'DefaultLocale', required: true },
  { name: 'DisplayName', required: true },
  { name: 'Description', required: true },
  { name: 'IconUrl', required: true },
  { name: 'HighResolutionIconUrl', required: true },
  { name: 'SupportUrl', required: true },
  { name: 'AppDomains', required: false },
  { name: 'Hosts', required: true },
  { name: 'Requirements', required: true },
  { name: 'DefaultSettings', required: true },
  { name: 'Permissions', required: true },
  { name: 'Dictionary', required: false },
  { name: 'VersionOverrides', required: true },
];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const MIN_EXCEL_API = [1, 8];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Four numbers: the schema allows one to four, Office compares them part by part, and we always write four.
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const LIMITS = { ShortStrings: 125, LongStrings: 250 };

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    if (!(entity in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[entity];
  });
}

/**
 * A small XML reader: elements, attributes, text, comments, processing instructions, CDATA.
 * Returns the root element `{ name, attributes, children, text }`; throws on malformed XML.
 */
function parseXml(xml) {
  const root = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match;
  while ((match = token.exec(xml)) !== null) {
    const [, cdata, closing, opening, attributeText, selfClosing, text, stray] = match;
    const current = stack[stack.length - 1];
    if (stray !== undefined) throw new Error(`malformed markup at offset ${match.index}`);
    if (cdata !== undefined) current.text += cdata;
    else if (text !== undefined) {
      if (stack.length === 1 && text.trim() !== '') throw new Error('text outside the root element');
      current.text += decode(text);
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attributes = {};
      for (const a of attributeText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in attributes) throw new Error(`duplicate attribute ${a[1]} on <${opening}>`);
        attributes[a[1]] = decode(a[2] ?? a[3] ?? '');
      }
      const element = { name: opening, attributes, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (root.children.length !== 1) throw new Error('an XML document has exactly one root element');
  return root.children[0];
}

const localName = (name) => name.slice(name.indexOf(':') + 1);
const childrenNamed = (element, name) => element.children.filter((c) => localName(c.name) === name);
const child = (element, name) => childrenNamed(element, name)[0];
function* walk(element) {
  yield element;
  for (const c of element.children) yield* walk(c);
}

function compareVersions(text, minimum) {
  const parts = String(text).split('.').map(Number);
  for (let i = 0; i < minimum.length; i += 1) {
    const value = parts[i] ?? 0;
    if (Number.isNaN(value)) return -1;
    if (value !== minimum[i]) return value > minimum[i] ? 1 : -1;
  }
  return 0;
}

const hasEnglishOverride = (element) => childrenNamed(element, 'Override').some((o) => /^en(-|$)/i.test(o.attributes.Locale ?? ''));

/** Every problem found in the manifest text; empty when it passes. */
function checkManifest(xml, options = {}) {
  const problems = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${error.message}`];
  }
  if (localName(root.name) !== 'OfficeApp') return [`root element is <${root.name}>, expected <OfficeApp>`];
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') problems.push(`OfficeApp xsi:type is "${root.attributes['xsi:type']}", expected "TaskPaneApp"`);

  // Element order: each child must come after the previous one in the schema sequence.
  let last = -1;
  for (const element of root.children) {
    const index = ROOT_ORDER.findIndex((e) => e.name === localName(element.name));
    if (index < 0) problems.push(`unexpected element <${element.name}> under OfficeApp`);
    else if (index <= last) problems.push(`<${element.name}> is out of order (schema order: ${ROOT_ORDER.map((e) => e.name).join(', ')})`);
    else last = index;
  }
  for (const { name, required } of ROOT_ORDER) {
    if (required && !child(root, name)) problems.push(`missing <${name}>`);
  }

  const id = child(root, 'Id')?.text.trim() ?? '';
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);

  const version = child(root, 'Version')?.text.trim();
  if (version !== undefined && !VERSION.test(version)) problems.push(`Version "${version}" is not four numbers n.n.n.n`);

  const permissions = child(root, 'Permissions')?.text.trim();
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) problems.push(`Permissions "${permissions}" is not one of ${PERMISSIONS.join(', ')}`);

  const hosts = child(root, 'Hosts');
  if (hosts && !childrenNamed(hosts, 'Host').some((h) => h.attributes.Name === 'Workbook')) problems.push('Hosts does not list Workbook (Excel)');

  const requirements = child(root, 'Requirements');
  const sets = requirements && child(requirements, 'Sets');
  const excelApi = sets && childrenNamed(sets, 'Set').find((s) => s.attributes.Name === 'ExcelApi');
  if (!excelApi) problems.push('Requirements does not ask for ExcelApi');
  else {
    const version = excelApi.attributes.MinVersion ?? sets.attributes.DefaultMinVersion ?? '1.1';
    if (compareVersions(version, MIN_EXCEL_API) < 0) problems.push(`ExcelApi ${version} is below ${MIN_EXCEL_API.join('.')} (data validation needs 1.8)`);
  }

  const locale = child(root, 'DefaultLocale')?.text.trim() ?? '';
  if (!/^fr-/i.test(locale)) problems.push(`DefaultLocale "${locale}" is not French`);
  for (const name of ['DisplayName', 'Description']) {
    const element = child(root, name);
    if (element && !hasEnglishOverride(element)) problems.push(`<${name}> has no English <Override Locale="en-US">`);
  }

  // URLs: every attribute or text that is a URL must be https.
  const urls = [];
  for (const element of walk(root)) {
    const values = [...Object.entries(element.attributes).filter(([k]) => !k.startsWith('xmlns')).map(([, v]) => v), element.text.trim()];
    for (const value of values) {
      if (!URL_LIKE.test(value)) continue;
      urls.push({ element: localName(element.name), value });
      if (!value.startsWith('https://')) problems.push(`URL is not https: ${value}`);
    }
  }
  const base = siteBase(root);
  if (options.hosted) {
    const hosted = hostedProblems(urls, base);
    // An unusable hosting address says it all: one line rather than one per URL.
    if (hosted.refused) return [hosted.refused];
    problems.push(...hosted.problems);
  }

  // Resources: every resid is defined once, every string has an English override and fits.
  const defined = new Map();
  const overrides = child(root, 'VersionOverrides');
  const resources = overrides && child(overrides, 'Resources');
  if (overrides && !resources) problems.push('VersionOverrides has no <Resources>');
  if (resources) {
    for (const group of resources.children) {
      for (const item of group.children) {
        const itemId = item.attributes.id;
        if (!itemId) continue;
        if (defined.has(itemId)) problems.push(`resource id "${itemId}" is defined twice`);
        defined.set(itemId, { group: localName(group.name), item });
        const limit = LIMITS[localName(group.name)];
        if (limit !== undefined) {
          if (!hasEnglishOverride(item)) problems.push(`resource "${itemId}" has no English override`);
          if ((item.attributes.DefaultValue ?? '').length > limit) problems.push(`resource "${itemId}" is longer than ${limit} characters`);
        }
      }
    }
  }
  for (const element of walk(root)) {
    const resid = element.attributes.resid;
    if (resid !== undefined && !defined.has(resid)) problems.push(`resid "${resid}" is not defined in Resources`);
  }

  // Ribbon: a button on the Home tab that opens the task pane.
  const buttons = [...walk(root)].filter((e) => localName(e.name) === 'OfficeTab' && e.attributes.id === 'TabHome').flatMap((tab) => [...walk(tab)].filter((e) => localName(e.name) === 'Control' && e.attributes['xsi:type'] === 'Button'));
  if (!buttons.some((b) => [...walk(b)].some((e) => localName(e.name) === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane'))) {
    problems.push('no ribbon button on TabHome with a ShowTaskpane action');
  }

  // Icons and pages served from assets/ must exist there.
  if (options.assetsDir && base !== undefined) {
    const prefix = `${base}/assets/`;
    for (const { value } of urls) {
      if (value.startsWith(prefix) && !fs.existsSync(path.join(options.assetsDir, value.slice(prefix.length)))) problems.push(`asset not found: assets/${value.slice(prefix.length)}`);
    }
  }
  return problems;
}

/** The address the add-in's files are served under: SourceLocation without its file name (https://host/prefix). */
function siteBase(root) {
  const settings = child(root, 'DefaultSettings');
  const source = settings && child(settings, 'SourceLocation')?.attributes.DefaultValue;
  return source && URL_LIKE.test(source) ? source.replace(/\/[^/]*$/, '') : undefined;
}

/**
 * A manifest for a host: its address is a real https server (one line, French then English, when it is not), and
 * every URL but Microsoft's is on it (an AppDomain is that server's origin, as AppDomains take no path).
 */
function hostedProblems(urls, base) {
  if (base === undefined) return { refused: 'SourceLocation sans adresse absolue / SourceLocation has no absolute address' };
  try {
    normalizeOrigin(base);
  } catch (error) {
    return { refused: error.message };
  }
  const problems = [];
  const origin = new URL(base).origin;
  for (const { element, value } of urls) {
    const onSite = element === 'AppDomain' ? value.replace(/\/$/, '') === origin : value.startsWith(`${base}/`);
    if (!onSite) problems.push(`URL hors de l’adresse d’hébergement ${base} : ${value} / URL outside the hosting address ${base}: ${value}`);
  }
  return { problems };
}

function main(argv) {
  const args = argv.slice(2);
  const hosted = args.includes('--hosted');
  const named = args.find((a) => !a.startsWith('--'));
  const file = path.resolve(named ?? path.join(__dirname, '..', 'manifest.xml'));
  if (!fs.existsSync(file)) {
    process.stderr.write(`${file} est introuvable (lancez d’abord la construction) / ${file} not found (build first)\n`);
    return 2;
  }
  const problems = checkManifest(fs.readFileSync(file, 'utf8'), { assetsDir: path.join(path.dirname(file), 'assets'), hosted });
  if (problems.length === 0) {
    process.stdout.write(`${path.basename(file)}: OK (offline checks${hosted ? ', hosted on https' : ''}; run "npm run validate" online for Microsoft's full validation)\n`);
    return 0;
  }
  if (problems.length === 1) {
    process.stderr.write(`${path.basename(file)} : ${problems[0]}\n`);
    return 1;
  }
  process.stderr.write(`${path.basename(file)}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv);

module.exports = { checkManifest, parseXml };

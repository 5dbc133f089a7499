'use strict';
/**
 * A small SpreadsheetML writer for the hostile corpus: a workbook model (sheets of rows, tables, merges) packed into
 * .xlsx parts with the variations real tools produce — cells and rows without `r`, prefixed or strict namespaces,
 * UTF-16 parts, CDATA or inline strings, ISO dates, the 1904 date system — so a case differs from the base only by
 * what it tests. Independent of src/ (neither our writer nor exceljs), Node only.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL_NS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DAYS_1904 = 1462;

/** Column letters of a 1-based column. */
function letters(column) {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const a1 = (row, column) => `${letters(column)}${row}`;

/** XML text with Excel's `_xHHHH_` escape for the characters XML cannot hold (as Excel writes them). */
function escapeText(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const escapeAttr = (text) => escapeText(text).replace(/"/g, '&quot;');

/** Cell helpers for models. */
const cell = {
  date: (serial) => ({ v: serial, style: 'date' }),
  percent: (x) => ({ v: x, style: 'percent' }),
  amount: (x) => ({ v: x, style: 'amount' }),
  error: (code, style) => ({ error: code, style }),
  formula: (formula, result, style) => ({ formula, result, style }),
  /** A cell written as given (its XML inside `<c …>`), for what no helper says. */
  raw: (attrs, inner) => ({ rawAttrs: attrs, rawInner: inner }),
};

const STYLE_INDEX = { date: 1, percent: 2, amount: 3 };

const STYLES = (p) => `<${p}styleSheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="__MAIN__"><${p}numFmts count="2"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><${p}numFmt numFmtId="165" formatCode="#,##0.00 &quot;€&quot;"/></${p}numFmts><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts><${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0"/></${p}cellStyleXfs><${p}cellXfs count="4"><${p}xf numFmtId="0"/><${p}xf numFmtId="164" applyNumberFormat="1"/><${p}xf numFmtId="9" applyNumberFormat="1"/><${p}xf numFmtId="165" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`;

/** Serial → `2025-01-15T00:00:00` (for `t="d"` cells). */
function serialIso(serial) {
  const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** Encodes one part: UTF-8 (optionally with BOM) or UTF-16 with its BOM and declaration. */
function encodePart(xml, encoding) {
  const declared = `<?xml version="1.0" encoding="${encoding.startsWith('utf-16') ? 'UTF-16' : 'UTF-8'}" standalone="yes"?>\n${xml}`;
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(declared, 'utf16le').swap16()]);
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(declared, 'utf8')]);
  return Buffer.from(declared, 'utf8');
}

/**
 * Packs a model into .xlsx entries ({ name, data }). Options (all optional):
 * strings 'shared'|'inline'|'cdata'; refs 'all'|'no-cell'|'none'; prefix (e.g. 'x'); strict; encoding
 * 'utf-8'|'utf-8-bom'|'utf-16le'|'utf-16be'; date1904; isoDates; absoluteTargets; upperCaseParts; sheetFolder;
 * reverseRows; exponentNumbers; noStyles; phonetic; numericEntities; sharedFormulas (numbers as formulas with results).
 */
function packWorkbook(model, options = {}) {
  const p = options.prefix ? `${options.prefix}:` : '';
  const main = options.strict ? STRICT_MAIN : MAIN;
  const relNs = options.strict ? STRICT_REL_NS : REL_NS;
  const relType = (kind) => `${options.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}/${kind}`;
  const xmlns = `xmlns${p ? `:${options.prefix}` : ''}="${main}" xmlns:r="${relNs}"`;
  const encoding = options.encoding ?? 'utf-8';
  const folder = options.sheetFolder ?? 'worksheets';
  const partName = (name) => (options.upperCaseParts ? name.replace(/^xl\//, 'XL/').replace(/sheet(\d+)/, 'Sheet$1') : name);
  const target = (fromFolder, name) => (options.absoluteTargets ? `/${name}` : name.slice(fromFolder.length));
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text);
  };
  const textXml = (text) => {
    if (options.numericEntities) return [...String(text)].map((c) => `&#${c.codePointAt(0)};`).join('');
    return escapeText(text);
  };
  const stringXml = (text) => {
    if (options.strings === 'cdata') return `<${p}t><![CDATA[${text}]]></${p}t>`;
    if (options.phonetic) return `<${p}r><${p}t>${textXml(text)}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>フリガナ</${p}t></${p}rPh>`;
    return `<${p}t xml:space="preserve">${textXml(text)}</${p}t>`;
  };
  const numberText = (n) => (options.exponentNumbers && n !== 0 ? n.toExponential() : String(n));

  function cellXml(row, column, value) {
    const ref = options.refs === 'no-cell' || options.refs === 'none' ? '' : ` r="${a1(row, column)}"`;
    if (value !== null && typeof value === 'object' && 'rawAttrs' in value) return `<${p}c${ref} ${value.rawAttrs}>${value.rawInner}</${p}c>`;
    const boxed = value !== null && typeof value === 'object' ? value : { v: value };
    const style = boxed.style && !options.noStyles ? ` s="${STYLE_INDEX[boxed.style]}"` : '';
    if ('error' in boxed) return `<${p}c${ref}${style} t="e"><${p}v>${boxed.error}</${p}v></${p}c>`;
    if ('formula' in boxed) {
      const result = boxed.result === undefined ? '' : typeof boxed.result === 'string' ? `<${p}v>${escapeText(boxed.result)}</${p}v>` : `<${p}v>${boxed.result}</${p}v>`;
      const type = typeof boxed.result === 'string' ? ' t="str"' : '';
      return `<${p}c${ref}${style}${type}><${p}f>${escapeText(boxed.formula)}</${p}f>${result}</${p}c>`;
    }
    const v = boxed.v;
    // Without references an empty cell must still take its place.
    if (v === null || v === undefined) return ref === '' ? `<${p}c/>` : '';
    if (typeof v === 'string') {
      if (options.strings === 'inline') return `<${p}c${ref}${style} t="inlineStr"><${p}is>${stringXml(v)}</${p}is></${p}c>`;
      return `<${p}c${ref}${style} t="s"><${p}v>${shared(v)}</${p}v></${p}c>`;
    }
    if (typeof v === 'boolean') return `<${p}c${ref}${style} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
    if (boxed.style === 'date' && options.isoDates) return `<${p}c${ref}${style} t="d"><${p}v>${serialIso(v)}</${p}v></${p}c>`;
    const n = boxed.style === 'date' && options.date1904 ? v - DAYS_1904 : v;
    if (options.sharedFormulas && typeof n === 'number') return `<${p}c${ref}${style}><${p}f>${numberText(n)}*1</${p}f><${p}v>${numberText(n)}</${p}v></${p}c>`;
    return `<${p}c${ref}${style}><${p}v>${numberText(n)}</${p}v></${p}c>`;
  }

  function rowXml(r, values) {
    const cells = values.map((v, i) => cellXml(r, i + 1, v)).join('');
    const ref = options.refs === 'none' ? '' : ` r="${r}"`;
    return cells === '' && options.refs === 'none' ? `<${p}row/>` : `<${p}row${ref}>${cells}</${p}row>`;
  }

  const entries = [];
  const sheetRels = [];
  const overrides = [];
  let tableNumber = 0;
  model.sheets.forEach((sheet, s) => {
    const name = partName(`xl/${folder}/sheet${s + 1}.xml`);
    const rows = sheet.rows.map((values, i) => ({ r: i + 1, xml: rowXml(i + 1, values) })).filter((row) => options.refs === 'none' || row.xml !== `<${p}row r="${row.r}"></${p}row>`);
    if (options.reverseRows) rows.reverse();
    const extra = (sheet.cells ?? []).map(({ row, column, value }) => `<${p}row r="${row}">${cellXml(row, column, value)}</${p}row>`);
    const tableParts = (sheet.tables ?? []).map((_t, i) => `<${p}tablePart r:id="rIdT${i + 1}"/>`).join('');
    const merges = sheet.merges?.length ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>` : '';
    const body = `<${p}worksheet ${xmlns}>${sheet.beforeData ?? ''}<${p}sheetData>${rows.map((row) => row.xml).join('')}${extra.join('')}${sheet.rawRows ?? ''}</${p}sheetData>${merges}${tableParts ? `<${p}tableParts count="${sheet.tables.length}">${tableParts}</${p}tableParts>` : ''}${sheet.extLst ?? ''}</${p}worksheet>`;
    entries.push({ name, data: encodePart(body, encoding) });
    overrides.push([name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    const rels = (sheet.tables ?? []).map((table, i) => {
      tableNumber += 1;
      const tableName = partName(`xl/tables/table${tableNumber}.xml`);
      const columns = table.columns.map((c, k) => `<${p}tableColumn id="${k + 1}" name="${escapeAttr(c)}"/>`).join('');
      const headerRowCount = table.headerRowCount === undefined ? '' : ` headerRowCount="${table.headerRowCount}"`;
      entries.push({ name: tableName, data: encodePart(`<${p}table ${xmlns} id="${tableNumber}" name="${escapeAttr(table.name)}" displayName="${escapeAttr(table.name)}" ref="${table.ref}"${headerRowCount}><${p}autoFilter ref="${table.ref}"/><${p}tableColumns count="${table.columns.length}">${columns}</${p}tableColumns><${p}tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></${p}table>`, encoding) });
      overrides.push([tableName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml']);
      return `<Relationship Id="rIdT${i + 1}" Type="${relType('table')}" Target="${options.absoluteTargets ? `/${tableName}` : `../tables/table${tableNumber}.xml`}"/>`;
    });
    if (rels.length > 0) {
      entries.push({ name: partName(`xl/${folder}/_rels/sheet${s + 1}.xml.rels`), data: encodePart(`<Relationships xmlns="${PACKAGE_RELS}">${rels.join('')}</Relationships>`, encoding) });
    }
    sheetRels.push({ id: `rId${s + 1}`, target: target('xl/', name.replace(/^XL\//, 'xl/')), kind: sheet.kind ?? 'worksheet' });
  });

  const sheetsXml = model.sheets.map((sheet, s) => `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${s + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${s + 1}"/>`).join('');
  const names = (model.names ?? []).map((n) => `<${p}definedName name="${escapeAttr(n.name)}">${escapeText(n.ref)}</${p}definedName>`).join('');
  const workbookXml = `<${p}workbook ${xmlns}><${p}workbookPr${options.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheetsXml}</${p}sheets>${names ? `<${p}definedNames>${names}</${p}definedNames>` : ''}</${p}workbook>`;
  const workbookRels = sheetRels.map((r) => `<Relationship Id="${r.id}" Type="${relType(r.kind)}" Target="${r.target}"/>`);
  const hasShared = strings.length > 0 && options.strings !== 'inline';
  if (hasShared) workbookRels.push(`<Relationship Id="rIdS" Type="${relType('sharedStrings')}" Target="${options.absoluteTargets ? '/xl/sharedStrings.xml' : 'sharedStrings.xml'}"/>`);
  if (!options.noStyles) workbookRels.push(`<Relationship Id="rIdY" Type="${relType('styles')}" Target="${options.absoluteTargets ? '/xl/styles.xml' : 'styles.xml'}"/>`);

  const workbookPart = partName('xl/workbook.xml');
  entries.unshift(
    { name: '[Content_Types].xml', data: encodePart(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.map(([n, t]) => `<Override PartName="/${n}" ContentType="${t}"/>`).join('')}</Types>`, encoding) },
    { name: '_rels/.rels', data: encodePart(`<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="${options.absoluteTargets ? '/' : ''}xl/workbook.xml"/></Relationships>`, encoding) },
    { name: workbookPart, data: encodePart(workbookXml, encoding) },
    { name: partName('xl/_rels/workbook.xml.rels'), data: encodePart(`<Relationships xmlns="${PACKAGE_RELS}">${workbookRels.join('')}</Relationships>`, encoding) },
  );
  if (!options.noStyles) entries.push({ name: partName('xl/styles.xml'), data: encodePart(STYLES(p).replace('__MAIN__', main), encoding) });
  if (hasShared) {
    const items = strings.map((s) => `<${p}si>${stringXml(s)}</${p}si>`).join('');
    entries.push({ name: partName('xl/sharedStrings.xml'), data: encodePart(`<${p}sst xmlns${p ? `:${options.prefix}` : ''}="${main}" count="${strings.length}" uniqueCount="${strings.length}">${items}</${p}sst>`, encoding) });
  }
  return entries;
}

module.exports = { packWorkbook, cell, a1, letters, escapeText, encodePart, MAIN };

#!/usr/bin/env node
'use strict';
/**
 * The hostile corpus: workbooks as they arrive from dozens of partners — broken zips, XML attacks, bombs, huge and
 * sparse sheets, control characters, odd but legal OOXML, error values in every column, injection strings, floods of
 * findings — each with what `cls-workbook validate` must answer (exit code 0/1/2, and for the legal variants the very
 * report of the base workbook). Written by hand (scripts/hostile-xlsx.js, scripts/hostile-zip.js), never by src/.
 *
 *   node scripts/hostile-corpus.js <folder>     writes every case there and prints the list
 *
 * test/hostile/corpus.test.ts runs the CLI on each case; scripts/hostile-run.js measures time and memory.
 */
const fs = require('node:fs');
const path = require('node:path');
const { packWorkbook, cell, letters } = require('./hostile-xlsx');
const { writeZip, deflateRepeated } = require('./hostile-zip');

const serial = (y, m, d) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const FUNDERS = ['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA', 'Préfecture', 'Autre'];
const THEMES = ['Santé mentale', 'Nutrition (alimentation, activité physique)', 'Santé environnementale', 'Accès aux soins'];
const ACTION_HEADERS = ['N° axe', 'Axe stratégique', 'N° objectif général', 'Objectif général', 'N° objectif spécifique', 'Objectif spécifique', 'N° action', "Intitulé de l'action", 'Thématique', 'Type', 'Contexte (besoins)', 'Descriptif', 'Pilote', 'Co-pilote', 'Partenaires', 'Territoire', 'Public visé', 'Début', 'Fin', 'Statut', 'Avancement (%)', 'Budget prévisionnel (€)', 'Commentaires / difficultés', 'Mise à jour le'];
const FUNDING_HEADERS = ['Objet', 'N° action', 'Financeur', 'Nature', 'Année', 'Montant (€)', 'Statut', 'Commentaire'];
const EVALUATION_HEADERS = ['N° action', 'Objectif opérationnel', 'Résultats attendus', 'Indicateur', "Type d'indicateur", 'Nature', 'Valeur cible', 'Réalisé année 1', 'Réalisé année 2', 'Réalisé année 3', "Outil d'évaluation", 'Qui évalue', 'Quand évaluer'];

/** What the base workbook commits, summed by hand: 4 actions × (1 000 € Acquis + 1 000 € Sollicité) + 3 years × (25 000 € ARS + 25 000 € collectivité). */
const BASE_COMMITTED = 4 * 2 * 1000 + 3 * (25_000 + 25_000);

/** Rows of Financements: the line of `row` (1-based sheet row) is `FUNDING_ROWS[row - 2]`. */
function fundingRows() {
  const rows = [];
  for (let i = 0; i < 4; i++) {
    rows.push(['Action', `1.1.${i + 1}`, 'Collectivité porteuse', 'Financier', 2025, cell.amount(1000), 'Sollicité', null]);
    rows.push(['Action', `1.1.${i + 1}`, 'Conseil régional', 'Financier', 2025, cell.amount(1000), 'Acquis', null]);
  }
  for (const year of [2025, 2026, 2027]) {
    rows.push(['Coordination', null, 'ARS', 'Financier', year, cell.amount(25_000), 'Acquis', null]);
    rows.push(['Coordination', null, 'Collectivité porteuse', 'Financier', year, cell.amount(25_000), 'Acquis', null]);
  }
  return rows;
}

/** The base: a small CLS that validates with no error (5 infos) and commits BASE_COMMITTED. */
function baseModel() {
  const params = [
    ['Nom du CLS', 'CLS du corpus'], ['Territoire', 'Pays de test'], ['Type de territoire', 'PETR'], ['Profil régional', 'Normandie'],
    ['Date de signature', cell.date(serial(2025, 1, 15))], ['Durée (années)', 3], ['Population couverte', 120_000],
    ['Collectivité porteuse', 'PETR de test'], ['Coordinateur', 'Camille Coordination'], ['Référent ARS', 'Référent'],
    ['ETP coordination', 1], ['Coût annuel du poste de coordination (€)', cell.amount(50_000)], ['Diagnostic réalisé par', 'ORS'],
    ['Évaluation finale réalisée par', 'ORS'],
  ];
  const paramRows = [['Paramètre', 'Valeur', null, 'Financeur', 'Catégorie', 'Signataire']];
  for (let i = 0; i < params.length; i++) {
    const funder = FUNDERS[i];
    paramRows.push([...params[i], null, ...(funder ? [funder, 'Autre', 'Oui'] : [])]);
  }
  const actions = [[...ACTION_HEADERS]];
  const evaluation = [[...EVALUATION_HEADERS]];
  for (let i = 0; i < 4; i++) {
    const number = `1.1.${i + 1}`;
    actions.push([1, 'Axe 1', 1, 'Objectif 1', '1.1', 'Objectif 1.1', number, `Action ${number}`, THEMES[i], 'Nouvelle', 'Besoin identifié', 'Descriptif', `Pilote ${i}`, null, 'Partenaires', 'Tout le territoire', 'Tous publics', cell.date(serial(2025, 3, 1)), cell.date(serial(2027, 12, 31)), 'En cours', cell.percent(0.5), cell.amount(2000), null, cell.date(serial(2026, 11, 1))]);
    evaluation.push([number, 'Objectif opérationnel', 'Résultats attendus', 'Indicateur 1', 'Processus', 'Quantitatif', 10, 3, 4, null, 'Tableau de suivi', 'Coordinateur', '06/2027']);
  }
  return {
    sheets: [
      { name: 'Paramètres', rows: paramRows, tables: [{ name: 'CLS_Parametres', ref: 'A1:B15', columns: ['Paramètre', 'Valeur'] }, { name: 'CLS_Financeurs', ref: 'D1:F12', columns: ['Financeur', 'Catégorie', 'Signataire'] }] },
      { name: "Plan d'action", rows: actions, tables: [{ name: 'CLS_Actions', ref: 'A1:X5', columns: [...ACTION_HEADERS] }] },
      { name: 'Financements', rows: [[...FUNDING_HEADERS], ...fundingRows()], tables: [{ name: 'CLS_Financements', ref: 'A1:H15', columns: [...FUNDING_HEADERS] }] },
      { name: 'Évaluation', rows: evaluation, tables: [{ name: 'CLS_Evaluation', ref: 'A1:M5', columns: [...EVALUATION_HEADERS] }] },
    ],
  };
}

const sheetOf = (model, name) => model.sheets.find((s) => s.name === name);
/** Sets a cell of the model (1-based row and column). */
function setCell(model, sheetName, row, column, value) {
  const rows = sheetOf(model, sheetName).rows;
  while (rows.length < row) rows.push([]);
  const values = rows[row - 1];
  while (values.length < column) values.push(null);
  values[column - 1] = value;
  return model;
}
/** The base with the first Financeur of Financements (C2) replaced: a funder not in the list, so one error finding at least. */
const withFunder = (value) => setCell(baseModel(), 'Financements', 2, 3, value);
/** Adds a sheet of the model. */
const withSheet = (model, sheet) => {
  model.sheets.push({ tables: [], ...sheet });
  return model;
};

const xlsx = (model, packOptions = {}, zipOptions = {}) => writeZip(packWorkbook(model, packOptions), zipOptions);
const baseEntries = (packOptions) => packWorkbook(baseModel(), packOptions);
/** The base's entries with one changed by `change(entry)` (returning the new entry, or null to drop it). */
function editEntries(change, packOptions) {
  return baseEntries(packOptions).flatMap((entry) => {
    const next = change(entry);
    return next === null ? [] : [next];
  });
}
const replaceIn = (name, from, to) => (entry) => (entry.name === name ? { ...entry, data: Buffer.from(entry.data.toString('utf8').replace(from, to), 'utf8') } : entry);

/** A worksheet part of `cells` numbers over rows of `width` columns, as one string (for the cell-count cases). */
function numbersSheet(cells, width, firstRow = 1) {
  const columns = Array.from({ length: width }, (_v, i) => [letters(i + 1), `"><v>${i + 1}</v></c>`]);
  const parts = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  let left = cells;
  for (let r = firstRow; left > 0; r++) {
    const n = Math.min(width, left);
    let row = `<row r="${r}">`;
    for (let c = 0; c < n; c++) row += `<c r="${columns[c][0]}${r}${columns[c][1]}`;
    parts.push(`${row}</row>`);
    left -= n;
  }
  parts.push('</sheetData></worksheet>');
  return Buffer.from(parts.join(''), 'utf8');
}

/** The base plus extra worksheet parts (already written XML) as sheets named `names`. */
function withRawSheets(names, parts, zipOptions) {
  const model = baseModel();
  for (const name of names) withSheet(model, { name, rows: [['placeholder']] });
  const first = model.sheets.length - names.length;
  const entries = packWorkbook(model).map((entry) => {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name);
    const index = m ? Number(m[1]) - 1 - first : -1;
    return index >= 0 && parts[index] ? { ...entry, ...parts[index], data: parts[index].data ?? entry.data } : entry;
  });
  return writeZip(entries, zipOptions);
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const DOCTYPE_XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_v, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;

/** An archive of `count` tiny entries besides the base's. */
const withEntries = (count) => writeZip([...baseEntries(), ...Array.from({ length: count }, (_v, i) => ({ name: `customXml/item${i}.xml`, data: Buffer.from('<a/>'), method: 0 }))]);

/** Every value of row 2 of a table's sheet replaced by an Excel error, each column its own error. */
const ERRORS = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
function errorsInRow(sheetName, row, width) {
  const model = baseModel();
  for (let c = 1; c <= width; c++) setCell(model, sheetName, row, c, cell.error(ERRORS[c % ERRORS.length]));
  return model;
}

/** Financements with `count` extra lines whose amount is typed as text: two findings each (not a number, not counted). */
function manyTextAmounts(count) {
  const model = baseModel();
  const rows = sheetOf(model, 'Financements').rows;
  for (let i = 0; i < count; i++) rows.push(['Action', '1.1.1', 'CAF', 'Financier', 2026, `${1000 + i} euros`, 'Acquis', null]);
  sheetOf(model, 'Financements').tables[0].ref = `A1:H${rows.length}`;
  return model;
}

/**
 * Every case: `expect` is the exit status CONTRACT §3 documents (0 no error finding, 1 an error finding, 2 unusable);
 * `sameAsBase`, the JSON report equals the base's (file name aside); `reason`, the reason of an unusable file; `rules`,
 * rule ids that must be among the findings; `web`, part of the page's subset in Chromium.
 */
const CASES = [
  // The base and files that are not workbooks at all.
  { id: 'base', group: 'base', expect: 0, build: () => xlsx(baseModel()), web: true },
  { id: 'empty-file', group: 'broken', expect: 2, reason: 'empty', build: () => Buffer.alloc(0) },
  { id: 'text-file', group: 'broken', expect: 2, reason: 'not-zip', build: () => Buffer.from('Financeur;Montant\nARS;25000\n') },
  { id: 'html-page', group: 'broken', expect: 2, reason: 'not-zip', build: () => Buffer.from('<html><body><script>alert(1)</script></body></html>'), web: true },
  { id: 'pk-then-noise', group: 'broken', expect: 2, reason: 'corrupt', build: () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(5000, 0x41)]) },
  { id: 'truncated-10', group: 'broken', expect: 2, reason: 'corrupt', build: () => { const b = xlsx(baseModel()); return b.subarray(0, Math.floor(b.length / 10)); } },
  { id: 'truncated-50', group: 'broken', expect: 2, reason: 'corrupt', build: () => { const b = xlsx(baseModel()); return b.subarray(0, Math.floor(b.length / 2)); } },
  { id: 'truncated-end', group: 'broken', expect: 2, reason: 'corrupt', build: () => { const b = xlsx(baseModel()); return b.subarray(0, b.length - 10); } },
  { id: 'ole-compound', group: 'broken', expect: 2, reason: 'encrypted-or-xls', build: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]) },
  { id: 'zip-not-workbook', group: 'broken', expect: 2, reason: 'not-xlsx', build: () => writeZip([{ name: 'lisezmoi.txt', data: Buffer.from('bonjour') }]), web: true },
  { id: 'bad-crc', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/worksheets/sheet3.xml' ? { ...e, crc: 0x12345678 } : e))) },
  { id: 'no-content-types', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === '[Content_Types].xml' ? null : e))) },
  { id: 'no-workbook-part', group: 'broken', expect: 2, reason: 'not-xlsx', build: () => writeZip(editEntries((e) => (e.name === 'xl/workbook.xml' ? null : e))) },
  { id: 'sheet-part-missing', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/worksheets/sheet2.xml' ? null : e))) },
  { id: 'duplicate-entry', group: 'broken', expect: 2, reason: 'damaged', build: () => { const entries = baseEntries(); return writeZip([...entries, { ...entries.find((e) => e.name === 'xl/worksheets/sheet3.xml'), data: Buffer.from('<worksheet/>') }]); } },
  { id: 'unknown-compression', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/workbook.xml' ? { ...e, method: 12, raw: Buffer.from('BZh9'), crc: 0, size: 100 } : e))) },
  { id: 'encrypted-entry', group: 'broken', expect: 2, reason: 'encrypted-or-xls', build: () => writeZip(editEntries((e) => (e.name === 'xl/workbook.xml' ? { ...e, flags: 0x1 } : e))) },
  { id: 'bad-deflate-data', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/worksheets/sheet3.xml' ? { ...e, raw: Buffer.alloc(300, 0xff) } : e))) },
  { id: 'directory-offset-lie', group: 'broken', expect: 2, reason: 'corrupt', build: () => writeZip(baseEntries(), { centralOffset: 123 }) },
  { id: 'size-declared-smaller', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/sharedStrings.xml' ? { ...e, size: 10 } : e))) },
  { id: 'binary-workbook', group: 'broken', expect: 2, reason: 'not-xlsx', build: () => writeZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: '_rels/.rels', data: Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>') }, { name: 'xl/workbook.bin', data: Buffer.alloc(64, 1) }]) },
  { id: 'no-sheets', group: 'broken', expect: 2, reason: 'not-xlsx', build: () => xlsx({ sheets: [] }) },
  { id: 'a-folder', group: 'broken', expect: 2, build: () => ({ kind: 'folder' }) },
  { id: 'missing-file', group: 'broken', expect: 2, build: () => ({ kind: 'missing' }) },
  { id: 'shared-strings-missing', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries((e) => (e.name === 'xl/sharedStrings.xml' ? null : e))) },
  { id: 'shared-string-index-out', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', /t="s"><v>\d+<\/v>/, 't="s"><v>99999</v>'))) },
  { id: 'cell-address-beyond-sheet', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '<sheetData>', '<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row>'))) },
  { id: 'column-beyond-xfd', group: 'broken', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '</sheetData>', '<row r="20"><c r="XFE20"><v>1</v></c></row></sheetData>'))) },
  // Archives that are odd but sound: read as the base.
  { id: 'zip64-records', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => writeZip(baseEntries(), { zip64: true }) },
  { id: 'data-descriptors', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => writeZip(baseEntries(), { descriptors: true }) },
  { id: 'archive-comment', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => writeZip(baseEntries(), { comment: 'x'.repeat(65_535) }) },
  { id: 'stored-entries', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => writeZip(baseEntries().map((e) => ({ ...e, method: 0 }))) },
  { id: 'zip-slip-names', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => writeZip([...baseEntries(), { name: '../../../../tmp/evil.xml', data: Buffer.from('<x/>') }, { name: '/etc/passwd', data: Buffer.from('root') }]) },
  { id: 'entries-9000', group: 'odd-zip', expect: 0, sameAsBase: true, build: () => withEntries(9000) },
  // XML attacks.
  { id: 'xxe-in-sheet', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '<worksheet', `${DOCTYPE_XXE}<worksheet`))) },
  { id: 'xxe-in-shared-strings', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/sharedStrings.xml', '<sst', `${DOCTYPE_XXE}<sst`))), web: true },
  { id: 'billion-laughs', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/sharedStrings.xml', /<sst([^>]*)>/, `${LAUGHS}<sst$1><si><t>&lol9;</t></si>`))) },
  { id: 'doctype-in-workbook', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/workbook.xml', '<workbook', '<!DOCTYPE workbook><workbook'))) },
  { id: 'xxe-in-rels', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('_rels/.rels', '<Relationships', `${DOCTYPE_XXE}<Relationships`))) },
  { id: 'malformed-sheet', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '</sheetData>', '<row r="30"><c r="A30"><v>1</c></sheetData>'))) },
  { id: 'unbound-prefix', group: 'xml-attack', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '</sheetData>', '</sheetData><zz:x/>'))) },
  { id: 'undefined-entity', group: 'xml-attack', expect: 2, reason: 'damaged', build: () => writeZip(editEntries(replaceIn('xl/sharedStrings.xml', '<t xml:space="preserve">ARS</t>', '<t>&nbsp;ARS</t>'))) },
  { id: 'deep-nesting-ignored', group: 'xml-attack', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '</worksheet>', `<extLst>${'<ext>'.repeat(100_000)}${'</ext>'.repeat(100_000)}</extLst></worksheet>`))) },
  { id: 'huge-attribute-ignored', group: 'xml-attack', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '<sheetData>', `<sheetPr codeName="${'a'.repeat(10_000_000)}"/><sheetData>`))) },
  { id: 'comments-and-pis', group: 'xml-attack', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', /<row /g, '<!-- note --><?pi data?><row '))) },
  // Bombs and sizes.
  { id: 'sheet-bomb-250mb', group: 'bomb', expect: 2, reason: 'too-large', heavy: true, web: true, build: async () => bombArchive(250, false) },
  { id: 'sheet-bomb-size-lie', group: 'bomb', expect: 2, reason: 'damaged', heavy: true, build: async () => bombArchive(250, true) },
  { id: 'shared-strings-bomb', group: 'bomb', expect: 2, reason: 'too-large', heavy: true, build: async () => sharedStringsBomb() },
  { id: 'two-parts-over-total', group: 'bomb', expect: 2, reason: 'too-large', heavy: true, build: async () => twoBigParts() },
  { id: 'entries-40000', group: 'bomb', expect: 2, reason: 'too-large', web: true, build: () => withEntries(40_000) },
  { id: 'entries-10001', group: 'bomb', expect: 2, reason: 'too-large', build: () => withEntries(10_001 - baseEntries().length) },
  { id: 'file-over-100mb', group: 'bomb', expect: 2, reason: 'too-large', build: () => ({ kind: 'sparse', size: 101 * 1024 * 1024 }) },
  { id: 'cells-over-sheet-limit', group: 'bomb', expect: 2, reason: 'too-large', heavy: true, build: () => withRawSheets(['Données'], [{ data: numbersSheet(2_000_001, 50) }]) },
  { id: 'cells-over-workbook-limit', group: 'bomb', expect: 2, reason: 'too-large', heavy: true, build: () => withRawSheets(['Données 1', 'Données 2'], [{ data: numbersSheet(1_600_000, 50) }, { data: numbersSheet(1_600_000, 50) }]) },
  { id: 'cells-near-sheet-limit', group: 'bomb', expect: 0, heavy: true, web: true, build: () => withRawSheets(['Données'], [{ data: numbersSheet(1_990_000, 50) }]) },
  { id: 'many-sheets', group: 'bomb', expect: 0, build: () => { const m = baseModel(); for (let i = 0; i < 1000; i++) withSheet(m, { name: `Feuille ${i}`, rows: [['x', i]] }); return xlsx(m); } },
  { id: 'many-merges', group: 'bomb', expect: 0, build: () => xlsx(withSheet(baseModel(), { name: 'Fusions', rows: [['x']], merges: Array.from({ length: 100_000 }, (_v, i) => `A${2 * i + 2}:B${2 * i + 3}`) })) },
  { id: 'styled-empty-cells', group: 'bomb', expect: 0, build: () => withRawSheets(['Mise en forme'], [{ data: Buffer.from(`${SHEET_HEAD}${Array.from({ length: 20_000 }, (_v, r) => `<row r="${r + 1}">${Array.from({ length: 25 }, (_w, c) => `<c r="${letters(c + 1)}${r + 1}" s="1"/>`).join('')}</row>`).join('')}${SHEET_TAIL}`) }]) },
  // Huge and sparse: memory follows the content, not the used range.
  { id: 'stray-xfd1048576', group: 'sparse', expect: 0, web: true, build: () => xlsx(sparse('Financements', 1_048_576, 16_384)) },
  { id: 'stray-xfd5000', group: 'sparse', expect: 0, build: () => xlsx(sparse('Financements', 5000, 16_384)) },
  { id: 'stray-zz100000', group: 'sparse', expect: 0, build: () => xlsx(sparse('Financements', 100_000, 702)) },
  { id: 'stray-on-other-sheet', group: 'sparse', expect: 0, build: () => xlsx(withSheet(baseModel(), { name: 'Notes', rows: [['note']], cells: [{ row: 1_048_576, column: 16_384, value: 'fin' }] })) },
  { id: 'stray-on-range-sheet', group: 'sparse', expect: 0, build: () => xlsx(asRanges(sparse('Financements', 1_048_576, 16_384))) },
  { id: 'merge-whole-sheet-other', group: 'sparse', expect: 0, web: true, build: () => xlsx(withSheet(baseModel(), { name: 'Titre', rows: [['Titre']], merges: ['A1:XFD1048576'] })) },
  { id: 'merge-whole-sheet-contract', group: 'sparse', expect: 0, build: () => { const m = baseModel(); sheetOf(m, 'Financements').merges = ['A1:XFD1048576']; return xlsx(m); } },
  { id: 'merge-and-stray', group: 'sparse', expect: 0, build: () => { const m = sparse('Notes', 1_048_576, 16_384, withSheet(baseModel(), { name: 'Notes', rows: [['x']] })); sheetOf(m, 'Notes').merges = ['A1:XFD1048576']; return xlsx(m); } },
  { id: 'table-ref-whole-sheet', group: 'sparse', expect: 0, build: () => { const m = baseModel(); sheetOf(m, 'Financements').tables[0].ref = 'A1:XFD1048576'; return xlsx(m); } },
  { id: 'table-gap-to-last-row', group: 'sparse', expect: 0, rules: ['structure.blank-row'], build: () => { const m = baseModel(); const s = sheetOf(m, 'Financements'); s.tables[0].ref = 'A1:H1048576'; s.cells = [{ row: 1_048_576, column: 1, value: 'Autre' }, { row: 1_048_576, column: 3, value: 'CAF' }, { row: 1_048_576, column: 4, value: 'Financier' }, { row: 1_048_576, column: 5, value: 2026 }, { row: 1_048_576, column: 6, value: cell.amount(10) }, { row: 1_048_576, column: 7, value: 'Acquis' }]; return xlsx(m); } },
  { id: 'dimension-lie', group: 'sparse', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>'))) },
  { id: 'rows-out-of-order', group: 'sparse', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { reverseRows: true }) },
  { id: 'duplicate-cells-last-wins', group: 'sparse', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '<sheetData>', '<sheetData><row r="2"><c r="H2"><v>999</v></c></row>'))) },
  // Control characters: made visible in every output, never sent raw to a terminal.
  { id: 'escape-sequences-x001b', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], web: true, build: () => xlsx(withFunder('Fondation Zèbre\u001b[2J\u001b]0;pwned\u0007\u001b[31m')) },
  { id: 'carriage-return', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation Zèbre\rErreur effacée : tout va bien')) },
  { id: 'c1-controls', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation Zèbre\u009b2J\u0085\u0090')) },
  { id: 'bidi-override', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], web: true, build: () => xlsx(withFunder('Fondation Zèbre \u202egnp.exe\u202c')) },
  { id: 'bidi-isolates', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('\u2066Fondation Zèbre\u2069\u2067Mécène\u2069\u200f')) },
  { id: 'nul-and-bell', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation\u0000Z\u0007èbre')) },
  { id: 'tab-newline-del', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation Zèbre\tCAF\nMSA\u007f')) },
  { id: 'line-separators', group: 'controls', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation Zèbre\u2028CAF\u2029MSA')) },
  { id: 'escape-in-sheet-name', group: 'controls', expect: 1, build: () => { const m = withFunder('Inconnu'); sheetOf(m, 'Financements').name = 'Financements\u001b[2J\u001b[H'; return xlsx(m); } },
  { id: 'escape-in-header', group: 'controls', expect: 0, rules: ['structure.column-unknown'], build: () => { const m = baseModel(); const s = sheetOf(m, 'Financements'); s.rows[0].push('Note\u001b[2J\u009b'); s.tables[0].ref = 'A1:I15'; s.tables[0].columns = [...FUNDING_HEADERS, 'Note\u001b[2J\u009b']; return xlsx(m); } },
  { id: 'escape-in-file-name', group: 'controls', expect: 1, fileName: 'cls\u001b[2J\u001b]0;titre\u0007\u202e.xlsx', build: () => xlsx(withFunder('Inconnu')) },
  { id: 'escape-in-unusable-file-name', group: 'controls', expect: 2, reason: 'not-zip', fileName: 'note\u001b[31m\r\u009b.xlsx', build: () => Buffer.from('pas un classeur') },
  { id: 'escape-in-action-number', group: 'controls', expect: 1, rules: ['action.number-malformed'], build: () => xlsx(setCell(baseModel(), "Plan d'action", 2, 7, '1.1.1\u001b[2K')) },
  // Odd but legal OOXML: the same report as the base.
  { id: 'no-cell-references', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { refs: 'no-cell' }) },
  { id: 'no-row-or-cell-references', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { refs: 'none' }) },
  { id: 'prefixed-namespace', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { prefix: 'x' }) },
  { id: 'utf-16le-parts', group: 'legal', expect: 0, sameAsBase: true, web: true, build: () => xlsx(baseModel(), { encoding: 'utf-16le' }) },
  { id: 'utf-16be-parts', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { encoding: 'utf-16be' }) },
  { id: 'utf-8-bom-parts', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { encoding: 'utf-8-bom' }) },
  { id: 'cdata-shared-strings', group: 'legal', expect: 0, sameAsBase: true, web: true, build: () => xlsx(baseModel(), { strings: 'cdata' }) },
  { id: 'inline-strings', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { strings: 'inline' }) },
  { id: 'iso-date-cells', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { isoDates: true }) },
  { id: 'date-1904', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { date1904: true }) },
  { id: 'strict-namespaces', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { strict: true }) },
  { id: 'absolute-targets', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { absoluteTargets: true }) },
  { id: 'part-name-case', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { upperCaseParts: true }) },
  { id: 'sheets-elsewhere', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { sheetFolder: 'feuilles' }) },
  { id: 'phonetic-runs', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { phonetic: true }) },
  { id: 'numeric-entities', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { numericEntities: true }) },
  { id: 'exponent-numbers', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { exponentNumbers: true }) },
  { id: 'formulas-with-results', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { sharedFormulas: true }) },
  { id: 'everything-odd-at-once', group: 'legal', expect: 0, sameAsBase: true, build: () => xlsx(baseModel(), { refs: 'none', prefix: 's', encoding: 'utf-16le', strings: 'cdata', isoDates: true, absoluteTargets: true }, { zip64: true, descriptors: true }) },
  { id: 'hidden-sheets-and-chartsheet', group: 'legal', expect: 0, sameAsBase: true, build: () => { const m = baseModel(); m.sheets[3].state = 'veryHidden'; m.sheets.push({ name: 'Graphique', rows: [], kind: 'chartsheet' }); return xlsx(m); } },
  { id: 'extension-lists', group: 'legal', expect: 0, sameAsBase: true, build: () => writeZip(editEntries(replaceIn('xl/worksheets/sheet3.xml', '</worksheet>', '<extLst><ext uri="{x}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations><x14:dataValidation><x14:formula1><xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">Listes!$A$1</xm:f></x14:formula1><xm:sqref xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">C2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>'))) },
  // Values as Excel stores them: errors, uncalculated formulas, numbers out of range.
  { id: 'ref-error-in-date-cell', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => xlsx(setCell(baseModel(), 'Paramètres', 6, 2, cell.error('#REF!', 'date'))) },
  { id: 'formula-without-result', group: 'values', expect: 1, rules: ['cell.formula-uncalculated'], web: true, build: () => xlsx(setCell(baseModel(), 'Financements', 2, 6, cell.formula('3000+3000', undefined, 'amount'))) },
  { id: 'shared-formula-without-result', group: 'values', expect: 1, rules: ['cell.formula-uncalculated'], build: () => xlsx(setCell(baseModel(), 'Financements', 3, 6, cell.raw('s="3"', '<f t="shared" si="0"/>'))) },
  { id: 'errors-in-every-funding-column', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => xlsx(errorsInRow('Financements', 2, 8)) },
  { id: 'errors-in-every-action-column', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => xlsx(errorsInRow("Plan d'action", 3, 24)) },
  { id: 'errors-in-every-indicator-column', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => xlsx(errorsInRow('Évaluation', 2, 13)) },
  { id: 'errors-in-every-parameter', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => { const m = baseModel(); for (let r = 2; r <= 15; r++) setCell(m, 'Paramètres', r, 2, cell.error(ERRORS[r % ERRORS.length])); return xlsx(m); } },
  { id: 'errors-in-funder-category', group: 'values', expect: 1, rules: ['cell.formula-error'], build: () => { const m = baseModel(); for (let r = 2; r <= 12; r++) setCell(m, 'Paramètres', r, 5, cell.error('#N/A')); return xlsx(m); } },
  { id: 'amount-1e308', group: 'values', expect: 1, rules: ['cell.not-number'], build: () => xlsx(setCell(baseModel(), 'Financements', 2, 6, cell.amount(1e308))) },
  { id: 'date-serial-1e9', group: 'values', expect: 1, rules: ['cell.not-date'], build: () => xlsx(setCell(baseModel(), "Plan d'action", 2, 18, cell.date(1e9))) },
  { id: 'amount-1e400-text', group: 'values', expect: 1, rules: ['cell.not-number'], build: () => xlsx(setCell(baseModel(), 'Financements', 2, 6, cell.raw('s="3"', '<v>1e400</v>'))) },
  { id: 'boolean-amount', group: 'values', expect: 1, rules: ['cell.not-number'], build: () => xlsx(setCell(baseModel(), 'Financements', 2, 6, true)) },
  { id: 'negative-serial-date', group: 'values', expect: 1, rules: ['cell.not-date'], build: () => xlsx(setCell(baseModel(), "Plan d'action", 2, 19, cell.date(-3))) },
  // Injection strings: shown as text, never stored as a formula in --report, never run in the page.
  { id: 'formula-like-funders', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], build: () => { const m = baseModel(); ['=HYPERLINK("http://evil.example","cliquez")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|" /C calc"!A0', '-2+3+cmd|" /C calc"!A0'].forEach((v, i) => setCell(m, 'Financements', 2 + i, 3, v)); return xlsx(m); } },
  { id: 'formula-like-values-everywhere', group: 'injection', expect: 1, build: () => { const m = baseModel(); setCell(m, 'Financements', 2, 6, '=1+1'); setCell(m, "Plan d'action", 2, 7, '=cmd|"/C calc"!A0'); setCell(m, 'Évaluation', 2, 1, '=WEBSERVICE("http://evil.example")'); return xlsx(m); } },
  { id: 'quote-bracket-sheet-name', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], build: () => { const m = withFunder('Inconnu'); sheetOf(m, 'Financements').name = 'Fin\'an"ces]),HYPERLINK("x'; return xlsx(m); } },
  { id: 'script-tags', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], web: true, build: () => xlsx(withFunder('<img src=x onerror=alert(1)><script>alert(document.cookie)</script>')) },
  { id: 'long-funder-32767', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('A'.repeat(32_767))) },
  { id: 'ten-megabyte-comment', group: 'injection', expect: 0, build: () => xlsx(setCell(baseModel(), 'Financements', 2, 8, 'x'.repeat(10_000_000))) },
  { id: 'astral-and-lone-surrogate', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('Fondation Zèbre \ud83e\udd14 _xD800_ \ud800')) },
  { id: 'percent-and-braces', group: 'injection', expect: 1, rules: ['funding.funder-unknown'], build: () => xlsx(withFunder('%s%n%x{{constructor}}${process.exit(3)}')) },
  // Floods of findings: output linear in their number.
  { id: 'findings-10k', group: 'flood', expect: 1, rules: ['cell.not-number'], web: true, build: () => xlsx(manyTextAmounts(5_000)) },
  { id: 'findings-45k', group: 'flood', expect: 1, rules: ['cell.not-number'], heavy: true, build: () => xlsx(manyTextAmounts(22_500)) },
  { id: 'findings-60k', group: 'flood', expect: 1, rules: ['cell.not-number'], heavy: true, build: () => xlsx(manyTextAmounts(30_000)) },
  { id: 'blank-rows-alternating', group: 'flood', expect: 0, rules: ['structure.blank-row'], heavy: true, build: () => { const m = baseModel(); const s = sheetOf(m, 'Financements'); const lines = s.rows.slice(1, 9); for (let i = 0; i < 20_000; i++) s.rows.push([], lines[i % lines.length]); s.tables[0].ref = `A1:H${s.rows.length}`; return xlsx(m); } },
  { id: 'actions-20k', group: 'flood', expect: 1, heavy: true, build: () => xlsx(manyActions(20_000)) },
];

/** The model with one value far away on a sheet (added at the end of the sheet's XML). */
function sparse(sheetName, row, column, model = baseModel()) {
  const sheet = sheetOf(model, sheetName);
  sheet.cells = [...(sheet.cells ?? []), { row, column, value: 'égaré' }];
  return model;
}

/** The model with its contract tables as plain ranges (no ListObject): the fallback by sheet name. */
function asRanges(model) {
  for (const sheet of model.sheets) sheet.tables = [];
  return model;
}

/** 20 000 actions: each its own number, budget and no funding line (underfunded), no indicator (an error each). */
function manyActions(count) {
  const model = baseModel();
  const s = sheetOf(model, "Plan d'action");
  for (let i = 0; i < count; i++) {
    const n = `${Math.floor(i / 100) + 2}.${(Math.floor(i / 10) % 10) + 1}.${(i % 10) + 1}`;
    s.rows.push([Math.floor(i / 100) + 2, 'Axe', Math.floor(i / 100) + 2, 'Objectif', `${Math.floor(i / 100) + 2}.${(Math.floor(i / 10) % 10) + 1}`, 'Objectif', n, `Action ${n}`, 'Jeunes', 'Nouvelle', null, null, 'Pilote', null, null, null, null, cell.date(serial(2025, 3, 1)), cell.date(serial(2027, 12, 31)), 'En cours', cell.percent(0.5), cell.amount(1000), null, null]);
  }
  s.tables[0].ref = `A1:X${s.rows.length}`;
  return model;
}

const bombs = new Map();
/** The deflated Financements sheet of `megabytes` MB, made once for the cases that share it. */
function sheetBomb(megabytes) {
  if (!bombs.has(megabytes)) {
    const row = Buffer.from('<row r="30"><c r="A30" t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'.padEnd(1024, ' '));
    bombs.set(megabytes, deflateRepeated(Buffer.from(SHEET_HEAD), row, megabytes * 1024, Buffer.from(SHEET_TAIL)));
  }
  return bombs.get(megabytes);
}

/** A small archive whose Financements sheet inflates to `megabytes` MB; `lie`: declared as 1 KB. */
async function bombArchive(megabytes, lie) {
  const bomb = await sheetBomb(megabytes);
  return writeZip(editEntries((e) => (e.name === 'xl/worksheets/sheet3.xml' ? { name: e.name, raw: bomb.raw, crc: bomb.crc, size: lie ? 1024 : bomb.size } : e)));
}

async function sharedStringsBomb() {
  const item = Buffer.from('<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>');
  const bomb = await deflateRepeated(Buffer.from('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'), item, 1_600_000, Buffer.from('</sst>'));
  return writeZip(editEntries((e) => (e.name === 'xl/sharedStrings.xml' ? { name: e.name, raw: bomb.raw, crc: bomb.crc, size: bomb.size } : e)));
}

/** Two extra sheets of 120 MB each: each under the part limit, together over the total. */
async function twoBigParts() {
  const row = Buffer.from('<row r="30"><c r="A30"><v>1</v></c></row>'.padEnd(1024, ' '));
  const bomb = await deflateRepeated(Buffer.from(SHEET_HEAD), row, 120 * 1024, Buffer.from(SHEET_TAIL));
  const part = { raw: bomb.raw, crc: bomb.crc, size: bomb.size };
  return withRawSheets(['Grande 1', 'Grande 2'], [part, part]);
}

/** Writes a case's file under `folder`; returns its path (a folder, or nothing, for those cases). */
async function writeCase(testCase, folder) {
  const file = path.join(folder, testCase.fileName ?? `${testCase.id}.xlsx`);
  const built = await testCase.build();
  if (built && built.kind === 'folder') fs.mkdirSync(file, { recursive: true });
  else if (built && built.kind === 'missing') fs.rmSync(file, { force: true });
  else if (built && built.kind === 'sparse') {
    fs.writeFileSync(file, Buffer.from('PK\u0003\u0004'));
    fs.truncateSync(file, built.size);
  } else fs.writeFileSync(file, built);
  return file;
}

/** Writes every case (those `only` keeps; by default those named in HOSTILE_ONLY=id,id when set) under `folder`; returns [{ case, file }]. */
async function writeCorpus(folder, only = process.env.HOSTILE_ONLY ? (c) => process.env.HOSTILE_ONLY.split(',').includes(c.id) : undefined) {
  fs.mkdirSync(folder, { recursive: true });
  const written = [];
  for (const testCase of CASES) {
    if (only && !only(testCase)) continue;
    written.push({ case: testCase, file: await writeCase(testCase, folder) });
  }
  return written;
}

module.exports = { CASES, BASE_COMMITTED, writeCorpus, writeCase, baseModel };

if (require.main === module) {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('usage: node scripts/hostile-corpus.js <folder>\n');
    process.exitCode = 2;
  } else {
    writeCorpus(folder).then((written) => {
      for (const { case: c, file } of written) process.stdout.write(`${c.group.padEnd(12)} ${c.id.padEnd(36)} exit ${c.expect}  ${JSON.stringify(path.basename(file))}\n`);
      process.stdout.write(`${written.length} cases in ${folder}\n`);
    });
  }
}

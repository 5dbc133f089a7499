/** The operations whose payloads we bound, each on a workbook of a given size: shared by the payload tests and scripts/bench.js. */
import { parseRange } from '../../../src/domain/values/a1';
import type { ControlRow, WorkbookPort } from '../../../src/domain/port';
import type { Finding } from '../../../src/domain/report';
import { planWorkbook } from '../../../src/domain/generate';
import { importInWorkbook, previewInWorkbook } from '../../../src/domain/import/in-workbook';
import { userWorkbook } from '../fake-excel';
import { FakeWorkbookState } from '../fake-excel/state';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

export const OPERATIONS = ['read', 'apply', 'highlight', 'clearHighlights', 'writeControl', 'import', 'reimport'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Scenario {
  readonly state: FakeWorkbookState;
  /** Runs before the measured action (e.g. highlight before clearHighlights). */
  readonly prepare?: (port: WorkbookPort) => Promise<unknown>;
  readonly run: (port: WorkbookPort) => Promise<unknown>;
}

const TEXT = 'Action de prévention en santé mentale auprès des jeunes du territoire';

/** userWorkbook(rows) plus a 24-column action sheet of French texts (about 60 bytes a cell) with a few errors. */
export function wideWorkbook(rows: number): FakeWorkbookState {
  const state = userWorkbook(rows);
  const sheet = state.addSheet('Suivi');
  const header = Array.from({ length: 24 }, (_, c) => `Colonne ${c + 1}`);
  const data = Array.from({ length: rows }, (_, r) => header.map((_, c) => (c === 5 && r % 500 === 7 ? { error: '#N/A' } : c === 6 ? 1000 + r : `${TEXT} ${r}`)));
  sheet.set('A1', [header, ...data]);
  return state;
}

/** One finding per row in column B (severities alternating) and one every other row in column D. */
export function findings(rows: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < rows; i += 1) {
    out.push({ rule: 'cell.not-number', severity: i % 2 === 0 ? 'error' : 'warning', sheet: "Plan d'action", table: 'CLS_Actions', cell: `B${i + 2}`, row: i + 2, params: {} });
    if (i % 2 === 0) out.push({ rule: 'cell.not-number', severity: 'info', sheet: "Plan d'action", table: 'CLS_Actions', cell: `D${i + 2}`, row: i + 2, params: {} });
  }
  return out;
}

/** One line per row with a realistic French message. */
export function controlLines(rows: number): ControlRow[] {
  return Array.from({ length: rows }, (_, i) => ({
    severity: 'Erreur',
    rule: 'cell.not-number',
    sheet: "Plan d'action",
    cell: `B${i + 2}`,
    message: `Le montant saisi dans « Budget prévisionnel (€) » n’est pas un nombre : Excel le traite comme du texte et ne l’additionne pas (ligne ${i + 2}).`,
    value: '25 000 €',
    suggestion: '25000',
  }));
}

/** A coordinator's own list of commitments, `rows` lines (one partner and amount each), on a sheet of its own. */
export function commitmentList(rows: number): FakeWorkbookState {
  const state = new FakeWorkbookState();
  const partners = ['ARS Normandie', 'CPAM', 'Conseil départemental', 'Ville', 'CAF'];
  const lines = Array.from({ length: rows }, (_, r) => [`${1 + (r % 3)}.${1 + (r % 4)}.${1 + (r % 5)}`, partners[r % 5]!, 'Numéraire', 2025 + (r % 3), 1000 + r + 0.25, r % 2 === 0 ? 'Notifié' : 'Demandé', `${TEXT} ${r}`]);
  state.addSheet('Suivi financier').set('A1', [['N° fiche', 'Partenaire', 'Type d’apport', 'Exercice', 'Montant', 'État de la demande', 'Observations'], ...lines]);
  return state;
}

/** Preview then import into the same workbook, as the pane does. */
async function importOnce(port: WorkbookPort): Promise<unknown> {
  const preview = await previewInWorkbook(port, { profile: 'generic' });
  if (preview.outcome.kind !== 'imported') throw new Error(`not imported: ${preview.outcome.kind}`);
  return importInWorkbook(port, preview.outcome.mapping, { profile: 'generic' });
}

export function scenario(operation: Operation, rows: number): Scenario {
  switch (operation) {
    case 'read':
      return { state: wideWorkbook(rows), run: (port) => port.read() };
    case 'apply':
      return { state: userWorkbook(rows), run: (port) => port.apply!(planWorkbook({ profile: 'normandie', years: 3, sample: false })) };
    case 'highlight':
      return { state: userWorkbook(rows), run: (port) => port.highlight!(findings(rows)) };
    case 'clearHighlights':
      return { state: userWorkbook(rows), prepare: (port) => port.highlight!(findings(rows)), run: (port) => port.clearHighlights!() };
    case 'writeControl':
      return { state: userWorkbook(rows), run: (port) => port.writeControl!(controlLines(rows)) };
    case 'import':
      return { state: commitmentList(rows), run: importOnce };
    case 'reimport':
      // The second import of an unchanged source: reads, plans, writes nothing.
      return { state: commitmentList(rows), prepare: importOnce, run: importOnce };
  }
}

/** A fake workbook holding what a snapshot holds (values, number formats, merges, tables, names): bench and port scenarios. */
export function stateFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (const s of snapshot.sheets) {
    const sheet = state.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.at(s.top + r, s.left + c, true);
        cell.value = typeof value === 'object' ? { error: value.code } : value;
        const format = s.formats?.[r]?.[c];
        if (format) cell.numberFormat = format;
      }),
    );
    for (const merge of s.merges ?? []) {
      const rect = parseRange(merge);
      if (rect) sheet.merges.push(rect);
    }
  }
  for (const t of snapshot.tables) state.addTable(state.sheet(t.sheet)!, { top: t.top, left: t.left, bottom: t.bottom, right: t.right }, t.hasHeaderRow, t.name);
  for (const n of snapshot.names ?? []) state.addName(n.name, `=${n.ref}`);
  return state;
}

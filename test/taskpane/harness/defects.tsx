/**
 * Screenshot harness (not shipped): the task pane over the sample CLS with planted defects, so the
 * Contrôler view can be looked at with findings. Built by scripts/screenshot-taskpane.js only.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../../src/taskpane/App';
import { sampleSnapshot } from '../../../src/taskpane/memory-port';
import { createMemoryPort } from '../../../src/taskpane/memory-port';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

function withValue(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number, value: CellValue): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) =>
      s.name !== sheet ? s : { ...s, values: s.values.map((cells, r) => (r + s.top !== row ? cells : cells.map((v, c) => (c + s.left === column ? value : v)))) },
    ),
  };
}

const headerColumn = (snapshot: WorkbookSnapshot, sheet: string, header: string): number => {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  return (s?.values[0]?.indexOf(header) ?? 0) + 1;
};

let snapshot = sampleSnapshot();
snapshot = withValue(snapshot, 'Financements', 2, headerColumn(snapshot, 'Financements', 'Montant (€)'), '1 500,50 €');
snapshot = withValue(snapshot, 'Financements', 3, headerColumn(snapshot, 'Financements', 'Statut'), 'Accordé');
snapshot = withValue(snapshot, "Plan d'action", 2, headerColumn(snapshot, "Plan d'action", 'Pilote'), null);
snapshot = withValue(snapshot, "Plan d'action", 3, headerColumn(snapshot, "Plan d'action", 'Fin'), '31/02/2026');
snapshot = withValue(snapshot, 'Financements', 4, headerColumn(snapshot, 'Financements', 'Financeur'), 'cpam ');

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(root).render(<App port={createMemoryPort(snapshot)} lang={params.get('lang') === 'en' ? 'en' : 'fr'} initialView="control" />);

/** @jest-environment jsdom */
import './dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createMemoryPort } from '../../src/taskpane/memory-port';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { buildWorkbookBuffer, fixtureModel, setCell, tableOf } from '../fixtures/cls-workbooks';

const file = (bytes: Uint8Array, name: string): File => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

describe('Synthèse: comparison with an earlier version, in the pane', () => {
  it('compares the workbook as it is now with the file of the earlier version, by content', async () => {
    const now = fixtureModel('clean');
    setCell(tableOf(now, 'CLS_Financements'), 9, 'Montant (€)', 6_000);
    const port = createMemoryPort(await readWorkbookBuffer(await buildWorkbookBuffer(now)));
    const user = userEvent.setup();
    render(<App port={port} lang="fr" />);
    await user.click(screen.getByRole('tab', { name: 'Synthèse' }));
    await user.click(await screen.findByRole('button', { name: 'Comparer avec une version précédente' }));
    await user.upload(await screen.findByLabelText('Choisir la version d’avant (.xlsx)'), file(await buildWorkbookBuffer('clean'), 'juin.xlsx'));
    const result = await screen.findByRole('region', { name: 'Version précédente : « juin.xlsx »' }, { timeout: 10_000 });
    // The fixture's CPAM line on 1.1.1 went from 3 000 to 6 000 €: the only change.
    expect(result.textContent).toContain('Action 1.1.1 · CPAM · Financier : montant 3\u00a0000,00\u00a0€ → 6\u00a0000,00\u00a0€');
  }, 20_000);
});

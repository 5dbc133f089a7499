/** @jest-environment jsdom */
// Créer's preview follows every choice (sample data lists what it writes and what it leaves), counts read as people write them.
import '../taskpane/dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createMemoryPort, sampleSnapshot } from '../../src/taskpane/memory-port';
import { pinClock, unpinClock } from '../setup/pin-clock';

const NBSP = '\u00a0';

// The sample is signed in the current year: every test runs on 30 November 2026.
beforeEach(() => pinClock('2026-11-30'));
afterEach(() => unpinClock());

describe('Créer: the preview follows the choices', () => {
  it('says the choice, lists the sample’s rows and the filled cells it leaves, the same number the creation reports, with thousands separators', async () => {
    const user = userEvent.setup();
    render(<App port={createMemoryPort(sampleSnapshot())} lang="fr" />);
    const preview = await screen.findByRole('region', { name: 'Ce qui va se passer' });
    expect(within(preview).getByText('Votre choix : profil Normandie, contrat de 3 ans, tableaux vides.')).toBeTruthy();
    expect(within(preview).queryByRole('list', { name: 'Données d’exemple à écrire' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: '5 ans' }));
    await user.click(screen.getByRole('radio', { name: 'Centre-Val de Loire' }));
    await user.click(screen.getByRole('radio', { name: 'Données d’exemple (CLS fictif)' }));
    expect(within(preview).getByText('Votre choix : profil Centre-Val de Loire, contrat de 5 ans, données d’exemple d’un CLS fictif signé en 2026.')).toBeTruthy();
    const rows = within(preview).getByRole('list', { name: 'Données d’exemple à écrire' });
    const items = within(rows).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.find((item) => item.startsWith('CLS_Actions'))).toMatch(/^CLS_Actions : \d+ lignes$/);
    expect(items.find((item) => item.startsWith('CLS_Financements'))).toMatch(/^CLS_Financements : \d+ lignes$/);
    // The sample workbook is already filled: the preview says how many of its cells stay as they are.
    const kept = within(preview).getByText(/cellules déjà remplies de vos tableaux resteront telles quelles : l’exemple n’y est pas écrit\.$/).textContent ?? '';
    const keptCount = /^([\d\u00a0]+) cellules/.exec(kept)?.[1] ?? '';
    expect(Number(keptCount.replace(/\u00a0/g, ''))).toBeGreaterThan(999);
    expect(keptCount).toMatch(new RegExp(`^\\d{1,3}(${NBSP}\\d{3})+$`));

    await user.click(screen.getByRole('button', { name: 'Créer les tableaux' }));
    const outcome = await screen.findByText(/Aucune de vos cellules n’a été modifiée/);
    expect(outcome.textContent).toContain(`Aucune de vos cellules n’a été modifiée : ${keptCount} cellules déjà remplies ont été laissées telles quelles.`);
  });

  it('speaks English, with English separators', async () => {
    const user = userEvent.setup();
    render(<App port={createMemoryPort(sampleSnapshot())} lang="en" />);
    const preview = await screen.findByRole('region', { name: 'What will happen' });
    await user.click(screen.getByRole('radio', { name: 'Sample data (fictional CLS)' }));
    expect(within(preview).getByText('Your choice: Normandy profile, 3-year contract, sample data of a fictional CLS signed in 2026.')).toBeTruthy();
    expect(within(preview).getByText(/^\d{1,3}(,\d{3})+ cells already filled in your tables will be left as they are: the sample is not written there\.$/)).toBeTruthy();
  });
});

/** @jest-environment jsdom */
// The check follows the user in the task pane too: inside Excel nothing runs on open, but new rules re-run a shown result.
import '../taskpane/dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { sampleSnapshot } from '../../src/taskpane/memory-port';
import { spiedPort } from '../taskpane/ports';

describe('the pane’s check and « Règles appliquées »', () => {
  it('inside Excel: no check before « Lancer le contrôle »; afterwards, other rules re-run it at once', async () => {
    const user = userEvent.setup();
    const port = spiedPort(sampleSnapshot());
    render(<App port={port} lang="fr" initialView="control" />);
    const rules = await screen.findByLabelText('Règles appliquées');
    await user.selectOptions(rules, 'generic');
    expect(port.read).not.toHaveBeenCalled();
    expect(screen.queryByRole('status', { name: 'Résultat du contrôle' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lancer le contrôle' }));
    expect(await screen.findByText(/· profil Générique$/)).toBeTruthy();
    expect(port.read).toHaveBeenCalledTimes(1);
    await user.selectOptions(rules, 'centre-val-de-loire');
    expect(await screen.findByText(/· profil Centre-Val de Loire$/)).toBeTruthy();
    expect(port.read).toHaveBeenCalledTimes(2);
  });

  it('with checkOnOpen (the web page): one check when the pane opens, in English too', async () => {
    const port = spiedPort(sampleSnapshot());
    render(<App port={port} lang="en" initialView="control" checkOnOpen />);
    expect(await screen.findByRole('status', { name: 'Check result' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run the check again' })).toBeTruthy();
    expect(port.read).toHaveBeenCalledTimes(1);
  });
});

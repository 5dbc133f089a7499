/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WebPage } from '../../src/web/WebPage';
import type { Xlsx } from '../../src/web/xlsx-loader';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadXlsx = (): Promise<Xlsx> => Promise.resolve(require('../../src/web/xlsx-module') as Xlsx);

describe('the page’s privacy link', () => {
  it('follows the privacy promise, opens confidentialite.html in a new tab, in French then in English', async () => {
    const user = userEvent.setup();
    render(<WebPage initialLang="fr" theme="light" loadXlsx={loadXlsx} saveFile={jest.fn()} />);
    await screen.findByRole('radio', { name: 'Normandie' });
    const promise = screen.getByText('Votre fichier reste sur votre ordinateur : rien n’est envoyé.');
    const link = within(promise.parentElement as HTMLElement).getByRole('link', { name: 'Confidentialité (s’ouvre dans un nouvel onglet)' });
    expect(link.textContent).toBe('Confidentialité');
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['confidentialite.html', '_blank', 'noopener']);

    await user.click(within(screen.getByRole('group', { name: 'Langue de la page' })).getByRole('button', { name: 'EN' }));
    const english = screen.getByText('Your file stays on your computer: nothing is sent.');
    expect(within(english.parentElement as HTMLElement).getByRole('link', { name: 'Privacy (opens in a new tab)' }).getAttribute('href')).toBe('confidentialite.html');
    expect(screen.getAllByRole('link', { name: /Privacy|Confidentialité/ })).toHaveLength(1);
  });
});

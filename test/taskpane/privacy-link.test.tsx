/** @jest-environment jsdom */
import './dom';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createSamplePort } from '../../src/taskpane/memory-port';
import { CATALOGUES } from '../../src/texts/index';

/** The first view loads lazily: wait for it, so nothing resolves after the test. */
const viewLoaded = (lang: 'fr' | 'en'): Promise<void> => waitFor(() => expect(screen.queryByText(CATALOGUES[lang].pane.loadingView)).toBeNull());

describe('the pane’s privacy link', () => {
  it.each([
    ['fr', 'Confidentialité', 'Confidentialité (s’ouvre dans un nouvel onglet)'],
    ['en', 'Privacy', 'Privacy (opens in a new tab)'],
  ] as const)('in %s: a discreet link in the pane’s footer to confidentialite.html, in a new tab', async (lang, text, name) => {
    render(<App port={createSamplePort()} lang={lang} />);
    await viewLoaded(lang);
    const link = screen.getByRole('link', { name });
    expect(link.textContent).toBe(text);
    expect(link.getAttribute('href')).toBe('confidentialite.html');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(screen.getByRole('contentinfo').contains(link)).toBe(true);
  });

  it('is left to the page when the pane is embedded in it', async () => {
    render(<App port={createSamplePort()} lang="fr" embedded />);
    await viewLoaded('fr');
    expect(screen.queryByRole('link', { name: /Confidentialité/ })).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });
});

/** @jest-environment jsdom */
import './dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { createSamplePort } from '../../src/taskpane/memory-port';
import { pinClock, unpinClock } from '../setup/pin-clock';

// The sample is signed for today: pinned like the pane's other tests.
beforeEach(() => pinClock('2026-11-30'));
afterEach(() => unpinClock());

describe('Financements: the coordination post’s share rule', () => {
  it.each([
    ['fr', 'Financements', /^ARS ≤ 50\s% du coût du poste/],
    ['en', 'Funding', /^ARS ≤ 50% of the post cost/],
  ] as const)('in %s, says the ARS’s share from the rule, not a placeholder', async (lang, tab, share) => {
    const user = userEvent.setup();
    render(<App port={createSamplePort(new Date(2025, 0, 15))} lang={lang} />);
    await user.click(screen.getByRole('tab', { name: tab }));
    const rules = await screen.findAllByText(share);
    expect(rules.length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain('{share}');
  }, 20_000);
});

/** Thresholds and dates in the catalogue come from the domain: constants interpolated, ISO parameters formatted per locale. */
import type { Finding } from '../../src/domain/report';
import { renderFinding } from '../../src/domain/messages/render';
import { ARS_COORDINATION_CAP_CENTS, ARS_COORDINATION_SHARE } from '../../src/domain/totals';
import { IMPORT_SCAN_CELLS } from '../../src/domain/import/grid';
import { EN, FR } from '../../src/texts/index';

const finding = (rule: Finding['rule'], params: Finding['params']): Finding => ({ rule, severity: 'warning', sheet: 'Plan d’action', table: 'CLS_Actions', params }) as Finding;

describe('the domain’s thresholds in the texts', () => {
  it('are the constants of the rules, formatted per locale', () => {
    expect([ARS_COORDINATION_CAP_CENTS, ARS_COORDINATION_SHARE]).toEqual([2_500_000, 0.5]);
    // The pane's up-front texts take it as {share} from the view (no domain module in the first bundle).
    expect(FR.pane.ruleShare).toBe('ARS ≤ {share} du coût du poste ({limit})');
    expect(FR.statement.rule['funding.ars-coordination-share']).toBe('ARS ≤ 50\u00a0% du coût du poste');
    expect(FR.ruleNames['funding.ars-coordination-share']).toBe('Coordination : ARS au-delà de 50\u00a0% du poste');
    const cap = finding('funding.ars-coordination-cap', { year: 2026, arsCents: 6_000_000, capCents: 5_000_000, posts: 2 });
    expect(renderFinding(cap, 'fr').message).toContain('(25\u00a0000,00\u00a0€ par an pour chaque poste, 2 postes)');
    expect(renderFinding(cap, 'en').message).toContain('(€25,000.00 a year for each post, 2 posts)');
    const share = finding('funding.ars-coordination-share', { year: 2026, arsCents: 3_000_000, shareCapCents: 2_500_000, costCents: 5_000_000, fte: 1 });
    expect(renderFinding(share, 'fr').message).toContain('dépasse 50\u00a0% du coût annuel du poste');
    expect(renderFinding(share, 'en').message).toContain('exceeds 50% of the annual post cost');
  });

  it('say the import’s scan limit as the import counts it', () => {
    expect(IMPORT_SCAN_CELLS).toBe(2_000_000);
    expect(FR.importReport.tooLarge('Suivi', 'A1:XFD1048576')).toContain('(plus de 2 millions de cellules)');
    expect(EN.importReport.tooLarge('Suivi', 'A1:XFD1048576')).toContain('(over 2 million cells)');
  });
});

describe('dates in findings', () => {
  it.each([
    ['action.dates-inverted', { start: '2026-03-01', end: '2026-02-01' }, 'La fin (01/02/2026) précède le début (01/03/2026).', 'The end (1 February 2026) is before the start (1 March 2026).'],
    ['action.late', { end: '2026-06-30', status: 'En cours', asOf: '2026-11-23' }, 'fin prévue le 30/06/2026, statut « En cours » au 23/11/2026', '30 June 2026'],
  ] as const)('%s: ISO in the parameters, formatted by the catalogue', (rule, params, french, english) => {
    expect(Object.values(params).filter((v) => /\d{4}-\d{2}-\d{2}/.test(v)).length).toBeGreaterThan(0);
    expect(renderFinding(finding(rule, params), 'fr').message).toContain(french);
    expect(renderFinding(finding(rule, params), 'en').message).toContain(english);
  });
});

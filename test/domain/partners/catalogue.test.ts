/** The partner catalogue: the guides' partners under the names people type, near spellings, and no false friends. */
import { excelTextEquals } from '../../../src/domain/partners/excel-text';
import { isArs, isNearSpelling, matchFunder, resolvePartner } from '../../../src/domain/partners/match';
import type { ProfileId } from '../../../src/domain/report';

// The default partner list of CLS_Financeurs (CONTRACT §1), written out here rather than imported.
const LIST = ['ARS', 'Collectivité porteuse', 'Conseil régional', 'Conseil départemental', 'Conférence des financeurs', 'CPAM', 'CAF', 'ANCT', 'MSA', 'Préfecture', 'Autre'];

describe('resolvePartner: the aliases people type', () => {
  it.each<[string, string, ProfileId]>([
    ['FIR', 'ars', 'normandie'],
    ['FIR (ARS)', 'ars', 'normandie'],
    ['ARS Normandie', 'ars', 'normandie'],
    ['ARS CVL', 'ars', 'centre-val-de-loire'],
    ['Agence régionale de santé', 'ars', 'generic'],
    ['Subvention ARS 2026', 'ars', 'generic'],
    ['CD50', 'departement', 'normandie'],
    ['CD 14', 'departement', 'generic'],
    ['Département de la Manche', 'departement', 'normandie'],
    ['Conseil Départemental de la Manche', 'departement', 'normandie'],
    ['Conseil général', 'departement', 'generic'],
    ['Manche', 'departement', 'normandie'],
    ['Région Normandie', 'region', 'normandie'],
    ['Région Centre-Val de Loire', 'region', 'centre-val-de-loire'],
    ['CRST', 'region', 'centre-val-de-loire'],
    ['CPAM de la Manche', 'cpam', 'normandie'],
    ['C.P.A.M.', 'cpam', 'generic'],
    ['Assurance maladie', 'cpam', 'generic'],
    ['Caf de la Manche', 'caf', 'normandie'],
    ["Caisse d'allocations familiales", 'caf', 'generic'],
    ['Mutualité sociale agricole', 'msa', 'generic'],
    ['MSA Côtes Normandes', 'msa', 'normandie'],
    ['Conférence départementale des financeurs', 'conference-financeurs', 'generic'],
    ['Préfet', 'prefecture', 'generic'],
    // Normandie: « Délégué du préfet en charge de la politique de la ville » (004:421); CVL: the ANCT (000:1328-1331).
    ['Politique de la ville', 'prefecture', 'normandie'],
    ['Politique de la ville', 'anct', 'centre-val-de-loire'],
    ['Politique de la ville', 'anct', 'generic'],
    ['CARSAT', 'carsat', 'generic'],
    ['DSDEN', 'education-nationale', 'generic'],
  ])('%s is %s (%s)', (typed, id, profile) => {
    expect(resolvePartner(typed, profile)?.id).toBe(id);
  });

  it.each<[string, ProfileId]>([
    ['Commune', 'normandie'],
    ['Ville', 'normandie'],
    ['Ville de Saint-Lô', 'normandie'],
    ['ORS', 'generic'],
    ['MSP', 'generic'],
    ['CFA', 'generic'],
    ['Fondation Santé Ouest', 'generic'],
    ['Manche', 'generic'],
    // Two partners at once is no one partner.
    ['CPAM / ARS', 'generic'],
  ])('%s is no partner of the catalogue (%s)', (typed, profile) => {
    expect(resolvePartner(typed, profile)).toBeNull();
  });

  it('recognises the ARS for the coordination rules whatever it is called', () => {
    expect(['ARS', 'ars', 'FIR (ARS)', 'ARS Normandie', 'Agence Régionale de Santé'].map((t) => isArs(t, 'normandie'))).toEqual([true, true, true, true, true]);
    expect(['ORS', 'Arsenal', 'Collectivité porteuse', null].map((t) => isArs(t, 'normandie'))).toEqual([false, false, false, false]);
  });
});

describe('near spellings', () => {
  it.each([
    ['CPMA', 'CPAM', true],
    ['cpam', 'CPAM', true],
    ['Conseil departmental', 'Conseil départemental', true],
    ['Comune', 'Commune', true],
    ['Conseil régionnal', 'Conseil régional', true],
    ['ORS', 'ARS', false],
    ['MSP', 'MSA', false],
    ['CFA', 'CAF', false],
    ['CPAS', 'CPAM', false],
    ['Ville', 'Villes du Sud', false],
    ['Commune', 'CPAM', false],
  ] as const)('%s near %s: %s', (typed, name, near) => {
    expect(isNearSpelling(typed, name)).toBe(near);
  });
});

describe('matchFunder against the partner list', () => {
  it.each<[string, ReturnType<typeof matchFunder>]>([
    ['CPAM', { kind: 'listed', entries: ['CPAM'] }],
    // SUMIFS ignores case only.
    ['caf', { kind: 'listed', entries: ['CAF'] }],
    ['cpam ', { kind: 'variant', suggestions: ['CPAM'] }],
    ['C.P.A.M.', { kind: 'variant', suggestions: ['CPAM'] }],
    ['CPMA', { kind: 'variant', suggestions: ['CPAM'] }],
    ['Prefecture', { kind: 'variant', suggestions: ['Préfecture'] }],
    ['FIR (ARS)', { kind: 'variant', suggestions: ['ARS'] }],
    ['CD50', { kind: 'variant', suggestions: ['Conseil départemental'] }],
    ['Département de la Manche', { kind: 'variant', suggestions: ['Conseil départemental'] }],
    ['Conseil Départemental de la Manche', { kind: 'variant', suggestions: ['Conseil départemental'] }],
    ['Commune', { kind: 'unlisted', partner: null }],
    ['Ville', { kind: 'unlisted', partner: null }],
  ])('%s', (typed, expected) => {
    expect(matchFunder(typed, LIST, 'normandie')).toEqual(expected);
  });

  it('names the catalogue partner missing from the list', () => {
    const match = matchFunder('Mutualité sociale agricole', LIST.filter((n) => n !== 'MSA'), 'generic');
    expect(match.kind === 'unlisted' ? match.partner?.name : null).toBe('MSA');
  });

  it('keeps « Commune » and « Ville » their own partners when the list has them', () => {
    const list = [...LIST, 'Commune', 'Ville'];
    expect(matchFunder('commune', list, 'normandie')).toEqual({ kind: 'listed', entries: ['Commune'] });
    expect(matchFunder('Ville', list, 'normandie')).toEqual({ kind: 'listed', entries: ['Ville'] });
    expect(matchFunder('Comune', list, 'normandie')).toEqual({ kind: 'variant', suggestions: ['Commune'] });
  });

  it('offers every list entry of the same partner', () => {
    expect(matchFunder('Conseil départemental', ['CD50', 'CD14'], 'normandie')).toEqual({ kind: 'variant', suggestions: ['CD50', 'CD14'] });
  });
});

describe('excelTextEquals: what SUMIFS counts', () => {
  it.each<[string, string | number | null, boolean]>([
    ['CPAM', 'CPAM', true],
    ['CPAM', 'cpam', true],
    ['CPAM', 'cpam ', false],
    ['CPAM', ' CPAM', false],
    ['Sollicité', 'SOLLICITÉ', true],
    ['Sollicité', 'Sollicite', false],
    ['C*', 'CPAM', true],
    ['C?F', 'CAF', true],
    ['C~*', 'C*', true],
    ['C~*', 'CAF', false],
    ['Financier', 12, false],
    ['Financier', null, false],
  ])('%s vs %p: %s', (criterion, cell, counted) => {
    expect(excelTextEquals(criterion, cell)).toBe(counted);
  });
});

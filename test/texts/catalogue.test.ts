/** The text catalogue: English complete against French, key by key, and the check itself able to fail. */
import type { Catalogue } from '../../src/texts/catalogue';
import { CATALOGUES, EN, FR } from '../../src/texts/index';
import { CONTRACT_WORDS, catalogueProblems, countEntries, frenchLeft } from './check';

/** French that English keeps on purpose, beyond the workbook's vocabulary. */
const KEPT_FRENCH = [
  // The labels of a French action sheet (fiche action) that the import recognises, named as the user's sheet writes them.
  'Intitulé',
  'Public visé',
  // The French name of what the product is about, glossed in English next to it.
  'Contrat local de santé',
  // A language is offered under its own name.
  'Français',
];
const ALLOWED = [...KEPT_FRENCH, ...CONTRACT_WORDS].sort((a, b) => b.length - a.length);

describe('the text catalogue', () => {
  it.each(Object.keys(FR))('section %s: English has every French key, non-empty, with the same placeholders and no French', (section) => {
    const key = section as keyof typeof FR;
    expect(catalogueProblems(FR[key], EN[key], section, ALLOWED)).toEqual([]);
  });

  it('lists the same sections in every locale', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.fr).sort());
  });

  it('counts its entries alike in both locales', () => {
    expect(countEntries(EN)).toBe(countEntries(FR));
    expect(countEntries(FR)).toBeGreaterThan(900);
  });
});

describe('the check', () => {
  const fr = { title: 'Relevé de {partner}', nested: { ok: 'Conforme', ko: 'Non conforme' }, count: (n: number) => `${n} actions` };

  it('finds a missing key, an extra key, an empty value, a placeholder renamed and French left behind', () => {
    const en = { title: 'Statement of {funder}', nested: { ok: '', extra: 'Extra' }, count: (n: number) => `${n} réalisées` };
    expect(catalogueProblems(fr, en)).toEqual([
      'title: placeholders {funder} instead of {partner}',
      'nested.ok: empty',
      'nested.ko: missing',
      'nested.extra: not in French',
      expect.stringMatching(/^count: French left: …[^…]*réalisées/),
    ]);
  });

  it('finds a function given as a string and a function with fewer parameters', () => {
    expect(catalogueProblems({ count: (n: number) => String(n) }, { count: '1' })).toEqual(['count: missing']);
    expect(catalogueProblems({ count: (n: number, m: number) => String(n + m) }, { count: (n: number) => String(n) })).toEqual(['count: 1 parameters instead of 2']);
  });

  it('lets English name the workbook\'s French vocabulary, quoted or not, but not French words', () => {
    expect(frenchLeft('Set the status to Réalisée in sheet "Plan d’action"')).toBeNull();
    expect(frenchLeft('Column “Évaluation” is missing')).toBeNull();
    expect(frenchLeft('Le tableau est vide')).toBeNull(); // no accent: the heuristic cannot see it, and says so here
    expect(frenchLeft('Déjà présent')).not.toBeNull();
    expect(frenchLeft('« Créer »')).not.toBeNull();
  });

  it('makes tsc refuse an incomplete English section', () => {
    // @ts-expect-error: `nested.ko` and `count` are missing.
    const incomplete: Catalogue<typeof fr> = { title: 'Statement of {partner}', nested: { ok: 'Compliant' } };
    // @ts-expect-error: `count` takes a number, not a string.
    const mistyped: Catalogue<typeof fr> = { title: 'x', nested: { ok: 'x', ko: 'x' }, count: (n: string) => n };
    expect(catalogueProblems(fr, incomplete)).toEqual(['nested.ko: missing', 'count: missing']);
    expect(mistyped.count(1)).toBe(1);
  });
});

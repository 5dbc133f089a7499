/**
 * French typography of the messages: the typographic apostrophe (’) in prose, one colon per sentence.
 * Contract names quoted through parameters (« Plan d'action ») keep their exact spelling.
 */
import { renderFinding } from '../../src/domain/messages/render';
import type { Finding } from '../../src/domain/report';
import { RULE_IDS } from '../../src/domain/rules/ids';
import { listSuggestion } from '../../src/domain/values/list-suggestion';

const finding = (rule: Finding['rule'], params: Finding['params']): Finding => ({ rule, severity: 'warning', sheet: 'S', table: 'T', params });

/** Every parameter a message may read is present: 12 (a number reads as a year, an amount, a name). */
const FULL: Finding['params'] = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? 12 : undefined), has: () => true });
// Both branches of the messages that depend on a parameter being there.
const PARAM_SETS: Finding['params'][] = [{}, FULL];

describe('French messages', () => {
  const rendered = RULE_IDS.flatMap((rule) => PARAM_SETS.map((params) => [rule, renderFinding(finding(rule, params), 'fr')] as const));

  it.each(rendered)('%s: typographic apostrophes only', (_rule, { message, suggestion }) => {
    expect(`${message} ${suggestion ?? ''}`).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
  });

  const full = RULE_IDS.map((rule) => [rule, renderFinding(finding(rule, FULL), 'fr')] as const);
  it.each(full)('%s: no two colons in one sentence, no doubled punctuation', (_rule, { message, suggestion }) => {
    for (const text of [message, suggestion ?? '']) {
      for (const sentence of text.split(/(?<=[.?!])\s/)) expect(sentence.split(' : ').length).toBeLessThanOrEqual(2);
      expect(text).not.toMatch(/::|\.\.(?!\.)|\s[,.]|’'|'’/);
    }
  });
});

describe('every finding says how to fix it', () => {
  const LANGS = ['fr', 'en'] as const;
  const cases = RULE_IDS.flatMap((rule) => LANGS.flatMap((lang) => PARAM_SETS.map((params, i) => [rule, lang, i === 0 ? 'no parameter' : 'all parameters', params] as const)));

  it.each(cases)('%s in %s, %s: a suggestion', (rule, lang, _which, params) => {
    const { suggestion } = renderFinding({ ...finding(rule, params), column: 'Montant (€)' }, lang);
    expect((suggestion ?? '').trim().length).toBeGreaterThan(5);
  });

  it('suggests a year as it is typed (2026, not 2 026), an amount with its thousands', () => {
    const year = renderFinding({ ...finding('cell.not-number', { suggestion: 2026, year: 1 }), column: 'Année' }, 'fr');
    const amount = renderFinding({ ...finding('cell.not-number', { suggestion: 1500.5 }), column: 'Montant (€)' }, 'fr');
    expect(year.suggestion).toBe('Saisissez le nombre 2026 (valeur numérique, sans texte).');
    expect(amount.suggestion).toBe('Saisissez le nombre 1\u00a0500,5 (valeur numérique, sans texte).');
    expect(renderFinding({ ...finding('cell.not-number', { suggestion: 2026, year: 1 }), column: 'Année' }, 'en').suggestion).toBe('Enter the number 2026 (a numeric value, no text).');
  });

  it('names the empty column of a required item, without jargon', () => {
    const { message, suggestion } = renderFinding({ ...finding('cell.required-missing', {}), column: 'Pilote' }, 'fr');
    expect(message).toBe('« Pilote » n’est pas renseigné : c’est un item obligatoire de la fiche action.');
    expect(suggestion).toBe('Complétez « Pilote » pour cette ligne.');
    expect(message).not.toMatch(/incontournable/i);
  });
});

describe('« Vouliez-vous dire … ? » for a value outside a list', () => {
  it('names the list value a coordinator\'s word or a slip means, and only then', () => {
    expect(listSuggestion('actionStatuses', 'Terminée')).toBe('Réalisée');
    expect(listSuggestion('actionStatuses', 'Non commencé')).toBe('Non démarrée');
    expect(listSuggestion('fundingStatuses', 'Notifié')).toBe('Acquis');
    expect(listSuggestion('fundingStatuses', 'Aqcuis')).toBe('Acquis');
    expect(listSuggestion('actionStatuses', 'Peut-être')).toBeUndefined();
    expect(renderFinding(finding('cell.not-in-list', { list: 'x', suggestion: 'Réalisée' }), 'fr').suggestion).toBe('Vouliez-vous dire « Réalisée » ? Choisissez-le dans la liste déroulante.');
  });
});

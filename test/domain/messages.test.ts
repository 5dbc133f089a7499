/**
 * French typography of the messages: the typographic apostrophe (’) in prose, one colon per sentence.
 * Contract names quoted through parameters (« Plan d'action ») keep their exact spelling.
 */
import { renderFinding } from '../../src/domain/messages/render';
import type { Finding } from '../../src/domain/report';
import { RULE_IDS } from '../../src/domain/rules/ids';

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

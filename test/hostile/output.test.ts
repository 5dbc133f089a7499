/** Output stays linear and safe: control characters made visible or escaped, long lists of findings cut per rule. */
import { capPerRule, FINDINGS_PER_RULE, moreFindingsText } from '../../src/domain/messages/capped';
import type { Finding } from '../../src/domain/report';
import { safeJson, safeOutput, visibleText } from '../../src/domain/values/controls';
import { renderTextReport } from '../../src/cli/text-report';
import type { CheckedWorkbook } from '../../src/cli/consolidate';
import { validateWorkbook } from '../../src/domain/validate';

describe('visibleText', () => {
  it.each([
    ['ESC and BEL', 'a\u001b[2Jb\u0007', 'a\u241b[2Jb\u2407'],
    ['CR, LF and tab (our lines are single)', 'a\rb\nc\td', 'a\u240db\u240ac\u2409d'],
    ['NUL and DEL', '\u0000x\u007f', '\u2400x\u2421'],
    ['C1 controls', '\u009b2J\u0085', '<U+009B>2J<U+0085>'],
    ['bidi override and isolates', 'a\u202eb\u2066c\u2069\u200f', 'a<U+202E>b<U+2066>c<U+2069><U+200F>'],
    ['line and paragraph separators', 'a\u2028b\u2029', 'a<U+2028>b<U+2029>'],
    ['plain French text untouched', 'Conseil départemental — 25 000 €', 'Conseil départemental — 25 000 €'],
  ])('%s', (_label, text, shown) => {
    expect(visibleText(text)).toBe(shown);
  });
});

describe('safeOutput, the last line before the terminal', () => {
  it('keeps newline, tab and, on a terminal, colour codes; shows every other control', () => {
    expect(safeOutput('a\u001b[31mb\u001b[0m\u001b[2J\r\n\tc\u009b', true)).toBe('a\u001b[31mb\u001b[0m\u241b[2J\u240d\n\tc<U+009B>');
  });

  it('shows colour codes too when colours are off (the text is not for a terminal)', () => {
    expect(safeOutput('\u001b[31mx', false)).toBe('\u241b[31mx');
  });
});

describe('safeJson', () => {
  it('escapes the controls JSON.stringify leaves raw, and the value reads back the same', () => {
    const value = { funder: 'A\u0085B\u202eC\u2028D\u001bE' };
    const text = safeJson(value);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u2028\u001b]/);
    expect(text).toContain('\\u0085');
    expect(JSON.parse(text)).toEqual(value);
  });
});

const finding = (rule: Finding['rule'], row: number): Finding => ({
  rule,
  severity: 'error',
  sheet: 'Financements',
  table: 'CLS_Financements',
  cell: `F${row}`,
  row,
  column: 'Montant (€)',
  value: `${row} euros`,
  params: {},
});

describe('capPerRule', () => {
  it.each([
    [FINDINGS_PER_RULE - 1, FINDINGS_PER_RULE - 1, []],
    [FINDINGS_PER_RULE, FINDINGS_PER_RULE, []],
    [FINDINGS_PER_RULE + 1, FINDINGS_PER_RULE, [{ rule: 'cell.not-number', count: 1 }]],
    [60_000, FINDINGS_PER_RULE, [{ rule: 'cell.not-number', count: 60_000 - FINDINGS_PER_RULE }]],
  ])('%i findings of one rule: %i shown, the rest counted', (total, shown, more) => {
    const capped = capPerRule(Array.from({ length: total }, (_v, i) => finding('cell.not-number', i + 2)));
    expect(capped.shown).toHaveLength(shown);
    expect(capped.more).toEqual(more);
  });

  it('cuts each rule apart, keeping their order', () => {
    const findings = [...Array.from({ length: 25 }, (_v, i) => finding('cell.not-number', i + 2)), finding('funding.funder-unknown', 3)];
    const capped = capPerRule(findings);
    expect(capped.shown.map((f) => f.rule).filter((r) => r === 'funding.funder-unknown')).toHaveLength(1);
    expect(capped.more).toEqual([{ rule: 'cell.not-number', count: 5 }]);
  });

  it('says how many more, singular and plural, in French and English', () => {
    expect(moreFindingsText(1, 'cell.not-number', 'fr')).toBe('… et 1 autre constat cell.not-number (liste complète : --format json)');
    expect(moreFindingsText(59_980, 'cell.not-number', 'fr')).toBe('… et 59\u00a0980 autres constats cell.not-number (liste complète : --format json)');
    expect(moreFindingsText(2, 'cell.not-number', 'en')).toBe('… and 2 more cell.not-number findings (full list: --format json)');
  });
});

describe('the text report with a flood of findings', () => {
  const checked = (findings: Finding[], label = 'cls.xlsx'): CheckedWorkbook[] => {
    const report = validateWorkbook({ sheets: [], tables: [] }, { asOf: '2026-11-23' });
    return [{ label, path: label, report: { ...report, findings, summary: { error: findings.length, warning: 0, info: 0 } } }];
  };

  it('shows 20 findings of a rule, then one line for the 59 980 others', () => {
    const text = renderTextReport(checked(Array.from({ length: 60_000 }, (_v, i) => finding('cell.not-number', i + 2))), 0, 'fr', false);
    expect(text.match(/^ {2}Erreur {2}F\d+ /gm)).toHaveLength(FINDINGS_PER_RULE);
    expect(text).toContain('… et 59\u00a0980 autres constats cell.not-number');
  });

  it('shows a file name and the values read with their control characters visible', () => {
    const hostile = { ...finding('funding.funder-unknown', 2), column: 'Financeur', value: 'ARS\u001b[2J\r' };
    const text = renderTextReport(checked([hostile], 'cls\u001b]0;titre\u0007.xlsx'), 0, 'fr', false);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('cls\u241b]0;titre\u2407.xlsx');
    expect(text).toContain('ARS\u241b[2J\u240d');
  });
});

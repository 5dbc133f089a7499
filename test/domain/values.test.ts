import { summaryLine } from '../../src/domain/messages/render';
import { parseAmountCell, parseDateCell, parseNumberCell, parsePercentCell } from '../../src/domain/values/cells';
import { columnIndex, columnLetter, parseA1, parseRange } from '../../src/domain/values/a1';
import { isDateFormat, isoToSerial, serialToIso, ymdToSerial } from '../../src/domain/values/dates';
import { formatEuros } from '../../src/domain/values/format';
import { parseMonthYear } from '../../src/domain/values/month-year';
import { parseNumberText } from '../../src/domain/values/numbers';
import { fold, foldHeader } from '../../src/domain/values/text';

describe('parseNumberText', () => {
  it.each([
    ['25 000 €', 25000],
    ['25\u00a0000,50\u00a0€', 25000.5],
    ['25\u202f000,50', 25000.5],
    ['25.000,50', 25000.5],
    ['25,000.50', 25000.5],
    ['25000', 25000],
    ['1,5', 1.5],
    ['0,75', 0.75],
    ['1.234.567', 1234567],
    ['25.000', 25000],
    ['-300', -300],
    ['\u2212300', -300],
    ['€ 12', 12],
    ['12 EUR', 12],
    ['1 234,5 k€', null],
    ['environ 300', null],
    ['12/03', null],
    ['', null],
    ['1,2,3', null],
    ['1.2.3,4.5', null],
  ])('%j → %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe('cells', () => {
  it.each([
    [25000, null, 25000, undefined],
    ['25 000 €', null, null, { kind: 'not-number', suggestion: 25000 }],
    ['beaucoup', null, null, { kind: 'not-number' }],
    [{ kind: 'error', code: '#REF!' } as const, null, null, { kind: 'error', code: '#REF!' }],
    [null, null, null, undefined],
    ['   ', null, null, undefined],
  ])('number %j', (value, format, expected, problem) => {
    const parsed = parseNumberCell(value);
    expect(parsed.value).toBe(expected);
    expect(parsed.problem).toEqual(problem);
    void format;
  });

  it.each([
    [0.4, '0%', 0.4],
    [0.4, null, 0.4],
    [40, null, 0.4],
    [1, '0 %', 1],
    [100, null, 1],
  ])('percent %p with format %p → %p', (value, format, expected) => {
    expect(parsePercentCell(value, format).value).toBeCloseTo(expected, 10);
  });

  it.each([
    [46096, 'dd/mm/yyyy', '2026-03-15'],
    [46096, null, '2026-03-15'],
    ['15/03/2026', null, '2026-03-15'],
    ['15/03/26', null, '2026-03-15'],
    ['2026-03-15', null, '2026-03-15'],
    ['2026-03-15T00:00:00.000Z', null, '2026-03-15'],
  ])('date %j (%p) → %s', (value, format, iso) => {
    const parsed = parseDateCell(value, format);
    expect(parsed.problem).toBeUndefined();
    expect(serialToIso(parsed.value ?? 0)).toBe(iso);
  });

  it.each([['31/02/2026'], ['demain'], [2026], [true]])('not a date: %j', (value) => {
    expect(parseDateCell(value, null).problem).toEqual({ kind: 'not-date' });
  });

  // Serials run from 1 (01/01/1900) to 2 958 465 (31/12/9999): beyond, the number is named as out of range.
  it.each([[-5], [0], [2_958_466], [1e9]])('a serial out of the date range: %j', (value) => {
    expect(parseDateCell(value, 'dd/mm/yyyy').problem).toEqual({ kind: 'not-date', outOfRange: { value, limit: 2_958_465 } });
  });

  it.each([[1], [2_958_465], [2_958_465.5]])('a serial inside the date range: %j', (value) => {
    expect(parseDateCell(value, 'dd/mm/yyyy')).toEqual({ value: Math.floor(value) });
  });

  // Amounts stop short of a thousand billion euros (cents stay exact): beyond, out of range, not "text".
  it.each([[1e12], [-1e12], [1e308]])('an amount out of range: %j', (value) => {
    expect(parseAmountCell(value).problem).toEqual({ kind: 'not-number', outOfRange: { value, limit: 1e12 } });
  });

  it('an amount just inside the range, to the cent', () => {
    expect(parseAmountCell(999_999_999_999.99)).toEqual({ value: 99_999_999_999_999 });
  });
});

describe('dates', () => {
  it('maps Excel serials both ways', () => {
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(2026, 11, 23)).toBe(46349);
    expect(isoToSerial('2026-11-23')).toBe(46349);
    expect(isoToSerial('2026-02-30')).toBeNull();
    expect(serialToIso(46349)).toBe('2026-11-23');
  });
  it.each([
    ['dd/mm/yyyy', true],
    ['[$-40C]d mmmm yyyy', true],
    ['mm/yyyy', true],
    ['m/d/yy', true],
    ['#,##0.00 "€"', false],
    ['0%', false],
    ['General', false],
    ['h:mm', false],
  ])('isDateFormat(%p) = %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('parseMonthYear', () => {
  it.each([
    ['03/2026', { month: 3, year: 2026 }],
    ['3-2026', { month: 3, year: 2026 }],
    ['2026-03', { month: 3, year: 2026 }],
    ['mars 2026', { month: 3, year: 2026 }],
    ['Février 2027', { month: 2, year: 2027 }],
    ['Une fois par an, en juin 2026', { month: 6, year: 2026 }],
    ['15/09/2026', { month: 9, year: 2026 }],
    [46096, { month: 3, year: 2026 }],
    ['une fois par an', null],
    ['T1 2026', null],
    ['2026', null],
    ['13/2026', null],
  ])('%j → %j', (value, expected) => {
    expect(parseMonthYear(value)).toEqual(expected);
  });
});

describe('text and addresses', () => {
  it('folds case, accents, spaces and apostrophes', () => {
    expect(fold('  Intitulé\u00a0de l’action ')).toBe(fold("intitule de l'action"));
    expect(fold('Debut')).toBe(fold('Début'));
  });
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('column %p ↔ %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });
  it('parses A1 addresses and ranges', () => {
    expect(parseA1('$B$3')).toEqual({ row: 3, column: 2 });
    expect(parseA1('3B')).toBeNull();
    expect(parseRange("'Plan d''action'!D7:B3")).toEqual({ top: 3, left: 2, bottom: 7, right: 4 });
  });
  it.each([
    [2500000, 'fr', '25\u00a0000,00\u00a0€'],
    [2500000, 'en', '€25,000.00'],
    [-5, 'fr', '-0,05\u00a0€'],
    [30, 'en', '€0.30'],
  ] as const)('formatEuros(%p, %s)', (cents, lang, text) => {
    expect(formatEuros(cents, lang)).toBe(text);
  });
});

describe('summaryLine', () => {
  it.each([
    [{ error: 0, warning: 1, info: 2 }, 'fr', '0 erreur, 1 avertissement, 2 infos'],
    [{ error: 0, warning: 1, info: 2 }, 'en', '0 errors, 1 warning, 2 infos'],
    [{ error: 3, warning: 0, info: 1 }, 'en', '3 errors, 0 warnings, 1 info'],
  ] as const)('%j in %s', (summary, lang, text) => {
    expect(summaryLine(summary, lang)).toBe(text);
  });
});

describe('foldHeader', () => {
  it.each([
    ['Nº action', 'N° action'],
    ['N°action', 'N° action'],
    ['N ° action', 'N° action'],
    ['Montant(€)', 'Montant (€)'],
    ['Budget prévisionnel ( € )', 'Budget prévisionnel (€)'],
    ['AVANCEMENT (%)', 'Avancement (%)'],
  ])('%j matches %j', (typed, contract) => {
    expect(foldHeader(typed)).toBe(foldHeader(contract));
  });
  it('still tells different headers apart', () => {
    expect(foldHeader('N° objectif général')).not.toBe(foldHeader('N° objectif spécifique'));
  });
});

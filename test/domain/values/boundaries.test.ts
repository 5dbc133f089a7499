/** Cell values at the edges of what they accept: each expected value written out by hand. */
import { cellText, parseAmountCell, parseDateCell, parseDateText, parseIntegerCell, parseNumberCell, parsePercentCell } from '../../../src/domain/values/cells';
import { isDateFormat, isoToSerial, serialToFrench, serialToIso, serialToYmd, validYmdToSerial, ymdToSerial } from '../../../src/domain/values/dates';
import { parseNumberText, parsePercentText } from '../../../src/domain/values/numbers';
import { parseMonthYear } from '../../../src/domain/values/month-year';
import { centsToEuros, eurosToCents } from '../../../src/domain/values/money';
import { a1, columnIndex, columnLetter, parseA1, parseRange, quoteSheet } from '../../../src/domain/values/a1';
import { escapeRegExp, fold, foldHeader, keepQuotesTogether, matchInList } from '../../../src/domain/values/text';
import { formatEuros, formatIsoDate, formatNumber, formatPercent, quoted } from '../../../src/domain/values/format';
import { hasControl, safeJson, safeOutput, visibleText } from '../../../src/domain/values/controls';
import { listSuggestion } from '../../../src/domain/values/list-suggestion';

describe('parseNumberText: one mark followed by exactly three digits groups thousands', () => {
  it.each<[string, number | null]>([
    ['1,2345', 1.2345],
    ['1.2345', 1.2345],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1,23', 1.23],
    ['0,234', 0.234],
    ['0.234', 0.234],
    [',5', 0.5],
    ['.5', 0.5],
    ['12,', 12],
    ['+12', 12],
    ['-1,5', -1.5],
    ['1 000', 1000],
    ["1'000", 1000],
    ['1\u2007000', 1000],
    ['12 euros', 12],
    ['12 euro', 12],
    ['12eur', 12],
    ['€12', 12],
    ['12 €', 12],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12.345.678,9', 12345678.9],
    ['1234.567,8', null],
    ['1.23,4', null],
    ['1,23.4', null],
    ['1,2345.6', null],
    ['1.2.3', null],
    ['12,345,67', null],
    ['1,234,567', 1234567],
    ['1234,567,890', null],
    ['-', null],
    ['.', null],
    [',', null],
    ['--1', null],
    ['1-', null],
    ['€', null],
    ['12 €€', null],
    ['1e5', null],
    ['Infinity', null],
  ])('%p → %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe('parsePercentText: a fraction at 1 and under without %, points above', () => {
  it.each<[string, number | null]>([
    ['40 %', 0.4],
    ['40%', 0.4],
    ['40 % ', 0.4],
    ['1 %', 0.01],
    ['0,4', 0.4],
    ['1', 1],
    ['1,01', 0.0101],
    ['40', 0.4],
    ['beaucoup', null],
    ['%', null],
  ])('%p → %p', (text, expected) => {
    expect(parsePercentText(text)).toBe(expected);
  });
});

describe('number, percent, amount and integer cells', () => {
  it.each([
    [Number.POSITIVE_INFINITY, { value: null, problem: { kind: 'not-number' } }],
    [Number.NaN, { value: null, problem: { kind: 'not-number' } }],
    [true, { value: null, problem: { kind: 'not-number' } }],
    ['12,5', { value: null, problem: { kind: 'not-number', suggestion: 12.5 } }],
    [0, { value: 0 }],
  ])('number %p', (value, expected) => {
    expect(parseNumberCell(value)).toEqual(expected);
  });

  it.each([
    [1, null, 1],
    [1.5, null, 0.015],
    [0, null, 0],
    [1.5, '0.0%', 1.5],
    [40, 'General', 0.4],
  ])('percent %p with format %p is %p', (value, format, expected) => {
    expect(parsePercentCell(value, format)).toEqual({ value: expected });
  });

  it('percent: text is reported with the fraction it reads as; errors and blanks', () => {
    expect(parsePercentCell('40 %', null)).toEqual({ value: null, problem: { kind: 'not-number', suggestion: 0.4 } });
    expect(parsePercentCell('très avancé', null)).toEqual({ value: null, problem: { kind: 'not-number' } });
    expect(parsePercentCell(true, null)).toEqual({ value: null, problem: { kind: 'not-number' } });
    expect(parsePercentCell({ kind: 'error', code: '#N/A' }, '0%')).toEqual({ value: null, problem: { kind: 'error', code: '#N/A' } });
    expect(parsePercentCell('  ', '0%')).toEqual({ value: null });
  });

  it('amounts in cents, just under and at a thousand billion euros', () => {
    expect(parseAmountCell(12.345)).toEqual({ value: 1235 });
    expect(parseAmountCell(-999_999_999_999.99)).toEqual({ value: -99_999_999_999_999 });
    expect(parseAmountCell(1e12)).toEqual({ value: null, problem: { kind: 'not-number', outOfRange: { value: 1e12, limit: 1e12 } } });
    expect(parseAmountCell('x')).toEqual({ value: null, problem: { kind: 'not-number' } });
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(centsToEuros(1)).toBe(0.01);
  });

  it('integers: a whole number or a problem', () => {
    expect(parseIntegerCell(2026)).toEqual({ value: 2026 });
    expect(parseIntegerCell(2026.5)).toEqual({ value: null, problem: { kind: 'not-number' } });
    expect(parseIntegerCell('2026')).toEqual({ value: null, problem: { kind: 'not-number', suggestion: 2026 } });
    expect(parseIntegerCell(null)).toEqual({ value: null });
  });

  it('cell text: trimmed, non-breaking spaces as spaces, booleans in French, errors and blanks as null', () => {
    expect(cellText('\u00a0 Valmont\u202f')).toBe('Valmont');
    expect(cellText(12.1)).toBe('12.1');
    expect(cellText(true)).toBe('VRAI');
    expect(cellText(false)).toBe('FAUX');
    expect(cellText('  ')).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText({ kind: 'error', code: '#REF!' })).toBeNull();
  });
});

describe('date cells', () => {
  // 1900..2100 typed in a column without a date format is a year, not a day of 1905.
  it.each([
    [1899, null, { value: 1899 }],
    [1900, null, { value: null, problem: { kind: 'not-date' } }],
    [2100, null, { value: null, problem: { kind: 'not-date' } }],
    [2101, null, { value: 2101 }],
    [2026, 'dd/mm/yyyy', { value: 2026 }],
    [2026.5, null, { value: 2026 }],
    [0.99, null, { value: null, problem: { kind: 'not-date', outOfRange: { value: 0.99, limit: 2_958_465 } } }],
    [2_958_465.99, null, { value: 2_958_465 }],
    [2_958_466, null, { value: null, problem: { kind: 'not-date', outOfRange: { value: 2_958_466, limit: 2_958_465 } } }],
    ['  ', null, { value: null }],
    [{ kind: 'error', code: '#VALUE!' } as const, null, { value: null, problem: { kind: 'error', code: '#VALUE!' } }],
  ])('%p with format %p', (value, format, expected) => {
    expect(parseDateCell(value, format)).toEqual(expected);
  });

  it.each<[string, string | null]>([
    ['15/03/2026', '2026-03-15'],
    ['5/3/2026', '2026-03-05'],
    ['15-03-2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['15/03/26', '2026-03-15'],
    ['15/03/99', '2099-03-15'],
    [' 2026-3-5 ', '2026-03-05'],
    ['2026-03-15 10:30', '2026-03-15'],
    ['2026-03-15T10:30:00Z', '2026-03-15'],
    ['15/03/026', null],
    ['2026-03-15X', null],
    ['29/02/2026', null],
    ['29/02/2028', '2028-02-29'],
    ['31/12/9999', '9999-12-31'],
    ['01/01/1900', '1900-01-01'],
    ['31/12/1899', null],
    ['00/01/2026', null],
    ['32/01/2026', null],
    ['01/00/2026', null],
    ['01/13/2026', null],
  ])('text %p', (text, iso) => {
    const serial = parseDateText(text);
    expect(serial === null ? null : serialToIso(serial)).toBe(iso);
  });

  it('serials both ways, around Excel’s day 60 and a leap day', () => {
    expect(ymdToSerial(2026, 3, 15)).toBe(46_096);
    expect(serialToYmd(46_096.75)).toEqual({ year: 2026, month: 3, day: 15 });
    expect(serialToFrench(46_096)).toBe('15/03/2026');
    expect(serialToIso(61)).toBe('1900-03-01');
    // Before Excel's fictitious 29 February 1900 (serial 60, read as the 28th), serials run one day further.
    expect([1, 2, 59, 60].map(serialToIso)).toEqual(['1900-01-01', '1900-01-02', '1900-02-28', '1900-02-28']);
    expect([ymdToSerial(1900, 1, 1), ymdToSerial(1900, 2, 28), ymdToSerial(1900, 3, 1)]).toEqual([1, 59, 61]);
    expect(isoToSerial('2028-02-29')).toBe(46_812);
    expect(isoToSerial('2026-02-29')).toBeNull();
    expect(isoToSerial('2026-3-15')).toBeNull();
    expect(validYmdToSerial(10_000, 1, 1)).toBeNull();
    expect(validYmdToSerial(9999, 12, 31)).toBe(2_958_465);
  });

  it.each([
    ['d-mmm-yy', true],
    ['yyyy', true],
    ['jj/mm/aaaa', true],
    ['[h]:mm:ss', false],
    ['mm:ss', false],
    ['hh:mm AM/PM', false],
    ['"jour" 0', false],
    ['\\d 0', false],
    ['Standard', false],
    [' general ', false],
    ['G/Standard', false],
    ['', false],
    [null, false],
  ])('%p is a date format: %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('parseMonthYear', () => {
  it.each([
    ['1/2026', { month: 1, year: 2026 }],
    ['12 / 2026', { month: 12, year: 2026 }],
    ['0/2026', null],
    ['2026-1', { month: 1, year: 2026 }],
    ['2026-12', { month: 12, year: 2026 }],
    ['2026-0', null],
    ['le 3.2026', { month: 3, year: 2026 }],
    ['123/2026', null],
    ['janv. 2027', { month: 1, year: 2027 }],
    ['fin août 2027', { month: 8, year: 2027 }],
    ['sept-2027', { month: 9, year: 2027 }],
    ['courant de juin 2027', { month: 6, year: 2027 }],
    ['December 2027', { month: 12, year: 2027 }],
    ['hiver 2027', null],
    [46_096, { month: 3, year: 2026 }],
    [0, null],
    [2_958_466, null],
    [true, null],
    [null, null],
  ])('%p', (value, expected) => {
    expect(parseMonthYear(value)).toEqual(expected);
  });
});

describe('A1 addresses and sheet names', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16_384, 'XFD'],
  ])('column %i is %s, and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnIndex(letters)).toBe(n);
    expect(columnIndex(letters.toLowerCase())).toBe(n);
  });

  it('addresses and ranges', () => {
    expect(a1(3, 2)).toBe('B3');
    expect(parseA1(' $B$3 ')).toEqual({ row: 3, column: 2 });
    expect(parseA1('XFD1048576')).toEqual({ row: 1_048_576, column: 16_384 });
    expect(parseA1('ABCD1')).toBeNull();
    expect(parseA1('B12345678')).toBeNull();
    expect(parseA1('3B')).toBeNull();
    expect(parseRange("'Plan d''action'!D7:B3")).toEqual({ top: 3, left: 2, bottom: 7, right: 4 });
    expect(parseRange('C5')).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseRange('A1:nope')).toBeNull();
  });

  it.each([
    ['Listes', 'Listes'],
    ['_x.1', '_x.1'],
    ['1Feuille', "'1Feuille'"],
    ["Plan d'action", "'Plan d''action'"],
    ['Paramètres', "'Paramètres'"],
    ['Feuil 1', "'Feuil 1'"],
  ])('sheet %p quoted as %p', (sheet, expected) => {
    expect(quoteSheet(sheet)).toBe(expected);
  });
});

describe('text comparison', () => {
  it('fold and foldHeader, exactly', () => {
    expect(fold('  Intitulé\u00a0de\u202fl’action  ')).toBe("intitule de l'action");
    expect(fold('a\u2013b\u2014c `d´')).toBe("a-b-c 'd'");
    expect(fold('A\t\n B')).toBe('a b');
    expect(foldHeader('N˚action')).toBe('n° action');
    expect(foldHeader('Montant ( € ) ')).toBe('montant (€)');
    expect(foldHeader('N°')).toBe('n°');
    // fold alone keeps the spellings apart: headers need foldHeader.
    expect(fold('Nº action')).not.toBe(fold('N° action'));
    expect(foldHeader('Nº action')).toBe(foldHeader('N° action'));
  });

  it('matchInList, escapeRegExp, keepQuotesTogether', () => {
    expect(matchInList(' realisee ', ['En cours', 'Réalisée'])).toBe('Réalisée');
    expect(matchInList('Réalisé', ['En cours', 'Réalisée'])).toBeUndefined();
    expect(escapeRegExp('a.b*(c)[d]$^{e}|\\')).toBe('a\\.b\\*\\(c\\)\\[d\\]\\$\\^\\{e\\}\\|\\\\');
    expect(keepQuotesTogether('« Créer » puis « Valider »')).toBe('«\u00a0Créer\u00a0» puis «\u00a0Valider\u00a0»');
  });

  it('list suggestions: a synonym, a near spelling, nothing when ambiguous or far', () => {
    expect(listSuggestion('actionStatuses', 'Terminé')).toBe('Réalisée');
    expect(listSuggestion('fundingStatuses', 'Aqcuis')).toBe('Acquis');
    expect(listSuggestion('themes', 'Jeune')).toBe('Jeunes');
    expect(listSuggestion('actionStatuses', 'xyz')).toBeUndefined();
    expect(listSuggestion('yesNo', 'Peut-être')).toBeUndefined();
    // One letter from « Quantitatif » and one from « Qualitatif »: which one is not for us to say.
    expect(listSuggestion('indicatorNatures', 'Quanlitatif')).toBeUndefined();
    expect(listSuggestion('indicatorNatures', 'Quantitatf')).toBe('Quantitatif');
  });
});

describe('formatting for people', () => {
  it('euros from cents, French and English', () => {
    expect(formatEuros(2_500_000_050, 'fr')).toBe('25\u00a0000\u00a0000,50\u00a0€');
    expect(formatEuros(2_500_000_050, 'en')).toBe('€25,000,000.50');
    expect(formatEuros(-5, 'fr')).toBe('-0,05\u00a0€');
    expect(formatEuros(99_999, 'en')).toBe('€999.99');
    expect(formatEuros(0, 'en')).toBe('€0.00');
  });

  it('numbers, percentages, quotes and dates', () => {
    expect(formatNumber(1234.5, 'fr')).toBe('1\u00a0234,5');
    expect(formatNumber(-1234567, 'en')).toBe('-1,234,567');
    expect(formatNumber(123, 'fr')).toBe('123');
    expect(formatPercent(0.4567, 'fr')).toBe('45,7\u00a0%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(quoted('x', 'fr')).toBe('« x »');
    expect(quoted('x', 'en')).toBe('"x"');
    expect(formatIsoDate('2026-06-30', 'fr')).toBe('30/06/2026');
    expect(formatIsoDate('2026-06-05', 'en')).toBe('5 June 2026');
    expect(formatIsoDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatIsoDate('juin 2026', 'en')).toBe('juin 2026');
  });
});

describe('control characters made visible', () => {
  it('C0 as control pictures, DEL, C1 and bidi marks as code points', () => {
    expect(visibleText('a\u001b[31mb\rc\u007fd\u0085e\u202ef\u2028')).toBe('a\u241b[31mb\u240dc\u2421d<U+0085>e<U+202E>f<U+2028>');
    expect(visibleText('\u0000\u001f ok')).toBe('\u2400\u241f ok');
    expect(hasControl('plain text é')).toBe(false);
    expect(hasControl('tab\there')).toBe(true);
    expect(hasControl('\u2066')).toBe(true);
  });

  it('terminal output keeps newline, tab and our colours only when asked', () => {
    expect(safeOutput('a\n\tb\u001b[1;31mc\u001b[0m\u001b]0;x\u0007', true)).toBe('a\n\tb\u001b[1;31mc\u001b[0m\u241b]0;x\u2407');
    expect(safeOutput('\u001b[31mc\u001b[0m', false)).toBe('\u241b[31mc\u241b[0m');
  });

  it('JSON with the raw controls escaped, values unchanged', () => {
    expect(safeJson({ a: 'x\u202ey\u0085' }, 0)).toBe('{"a":"x\\u202ey\\u0085"}');
    expect(JSON.parse(safeJson({ a: 'x\u202ey' }))).toEqual({ a: 'x\u202ey' });
    expect(safeJson([1])).toBe('[\n  1\n]');
  });
});

describe('edges of the parsers and formatters, one case each', () => {
  it.each<[string, number | null]>([
    ['12 € ', 12],
    [' €12', 12],
    [',123', 0.123],
    ['123.456.789', 123456789],
    ['1234.567.890', null],
    ['1,2.345,6', null],
    ['1.2,345.6', null],
  ])('parseNumberText(%p) → %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each<[string, number | null]>([
    [' 40 % ', 0.4],
    ['%40', null],
    ['40 %%', null],
    ['-5 %', -0.05],
  ])('parsePercentText(%p) → %p', (text, expected) => {
    expect(parsePercentText(text)).toBe(expected);
  });

  it.each<[number, number, number, string | null]>([
    [2026, 0, 15, null],
    [2026, 13, 15, null],
    [2026, 1, 0, null],
    [2026, 1, 32, null],
    [2026, 4, 31, null],
    [2026, 1, 31, '2026-01-31'],
    [2026, 12, 1, '2026-12-01'],
    [1899, 12, 31, null],
    [1900, 1, 1, '1900-01-01'],
  ])('validYmdToSerial(%p, %p, %p) is %p', (year, month, day, iso) => {
    const serial = validYmdToSerial(year, month, day);
    expect(serial === null ? null : serialToIso(serial)).toBe(iso);
  });

  it.each<[string, string | null]>([
    ['le 2026-03-15', null],
    ['2026-03-15 et après', null],
    ['15/03/20261', null],
    ['115/03/2026', null],
    ['2026-03-15T10:30:00Z', '2026-03-15'],
  ])('parseDateText(%p) is %p', (text, iso) => {
    const serial = parseDateText(text);
    expect(serial === null ? null : serialToIso(serial)).toBe(iso);
  });

  it('isoToSerial reads a whole ISO date and nothing around it', () => {
    expect(isoToSerial('12026-03-15')).toBeNull();
    expect(isoToSerial('2026-03-150')).toBeNull();
    expect(isoToSerial('2026-03-15')).toBe(46_096);
  });

  it.each<[string, boolean]>([
    ['mmm general', true],
    ['general mmm', true],
    [' Standard ', false],
    ['[Red]0', false],
    ['[Rouge]# ##0', false],
    ['hh : mm', false],
    ['hh: mm', false],
    ['mm :ss', false],
    ['mm: ss', false],
  ])('%p is a date format: %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it.each<[string | number, { month: number; year: number } | null]>([
    [1, { month: 1, year: 1900 }],
    [0.5, null],
    [2_958_465, { month: 12, year: 9999 }],
    [2_958_466, null],
    ['15/03/26', { month: 3, year: 2026 }],
    ['en 3/2026 au plus tard', { month: 3, year: 2026 }],
    ['fin 2026-3', { month: 3, year: 2026 }],
    ['2026-3 au plus tard', { month: 3, year: 2026 }],
    ['12026-3', null],
    ['juin - 2027', { month: 6, year: 2027 }],
  ])('parseMonthYear(%p) is %p', (value, expected) => {
    expect(parseMonthYear(value)).toEqual(expected);
  });

  it('cellText keeps the non-breaking spaces inside a text as spaces', () => {
    expect(cellText('25\u00a0000\u202f€')).toBe('25 000 €');
  });

  it('numbers in English, zero without a sign', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0, 'fr')).toBe('0');
    expect(formatNumber(-0.5, 'fr')).toBe('-0,5');
  });

  it('every month in English', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatIsoDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'en'));
    expect(months).toEqual([
      '1 January 2026', '1 February 2026', '1 March 2026', '1 April 2026', '1 May 2026', '1 June 2026',
      '1 July 2026', '1 August 2026', '1 September 2026', '1 October 2026', '1 November 2026', '1 December 2026',
    ]);
    expect(formatIsoDate('2026-06-30T00:00', 'fr')).toBe('2026-06-30T00:00');
    expect(formatIsoDate('le 2026-06-30', 'en')).toBe('le 2026-06-30');
  });
});

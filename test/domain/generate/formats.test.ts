/** Formats, validations and row heights per column kind (CONTRACT §1), each written out by hand. */
import { columnNumberFormat, columnValidation, listName, listValidation, parameterCell, rowHeight, wrappedLines } from '../../../src/domain/generate/formats';
import type { ColumnKind, ParameterSpec } from '../../../src/domain/workbook/contract';
import type { ListId } from '../../../src/domain/workbook/lists';

// 1990-01-01 and 2100-12-31 as Excel serials.
const ANY_CLS_DATE = { kind: 'date', min: 32_874, max: 73_415 };

describe('a column’s number format', () => {
  it.each<[string, ColumnKind, string | undefined]>([
    ['amount', 'amount', '#,##0.00 "€"'],
    ['count', 'integer', '#,##0'],
    ['start', 'date', 'dd/mm/yyyy'],
    ['when', 'monthYear', 'mm/yyyy'],
    ['progress', 'percent', '0 %'],
    ['year', 'year', '0'],
    ['fte', 'decimal', undefined],
    ['title', 'text', undefined],
    ['status', 'list', undefined],
    ['axisNumber', 'text', '@'],
    ['goalNumber', 'text', '@'],
    ['objectiveNumber', 'text', '@'],
    ['actionNumber', 'list', '@'],
  ])('%s (%s): %p', (key, kind, expected) => {
    expect(columnNumberFormat({ key, kind })).toBe(expected);
  });
});

describe('a column’s validation', () => {
  it.each<[ColumnKind, ListId | undefined, unknown]>([
    ['amount', undefined, { kind: 'decimal', min: 0 }],
    ['integer', undefined, { kind: 'whole', min: 0 }],
    ['percent', undefined, { kind: 'decimal', min: 0, max: 1 }],
    ['year', undefined, { kind: 'whole', min: 2000, max: 2100 }],
    ['date', undefined, ANY_CLS_DATE],
    ['decimal', undefined, undefined],
    ['text', undefined, undefined],
    ['monthYear', undefined, undefined],
    ['list', 'actionStatuses', { kind: 'list', listName: 'Liste_Statuts', strict: true }],
    ['text', 'evaluationTools', { kind: 'list', listName: 'Liste_Outils', strict: false }],
    ['list', 'funders', { kind: 'list', listName: 'Liste_Financeurs', strict: true }],
    ['text', 'actions', { kind: 'list', listName: 'Liste_Actions', strict: true }],
  ])('%s with list %p: %j', (kind, list, expected) => {
    expect(columnValidation({ kind, ...(list === undefined ? {} : { list }) })).toEqual(expected);
  });

  it('names each list as the workbook defines it', () => {
    expect([listName('funders'), listName('actions'), listName('fundingNatures'), listName('yesNo')]).toEqual(['Liste_Financeurs', 'Liste_Actions', 'Liste_Natures', 'Liste_Oui_Non']);
    expect(listValidation('evaluationTools')).toEqual({ kind: 'list', listName: 'Liste_Outils', strict: false });
  });
});

describe('a parameter’s Valeur cell', () => {
  const cell = (spec: { key: string; kind: string; list?: ListId }) => parameterCell(spec as unknown as ParameterSpec);

  it.each<[{ key: string; kind: string; list?: ListId }, unknown]>([
    [{ key: 'durationYears', kind: 'integer' }, { numberFormat: '0', validation: { kind: 'whole', min: 3, max: 5 }, prompt: 'Durée du contrat en années : 3 à 5.' }],
    [{ key: 'coordinationFte', kind: 'decimal' }, { numberFormat: '0.0#', validation: { kind: 'decimal', min: 0, max: 3 }, prompt: 'Équivalent temps plein du poste de coordination (0 à 3).' }],
    [{ key: 'signatureDate', kind: 'date' }, { numberFormat: 'dd/mm/yyyy', validation: ANY_CLS_DATE, prompt: 'Date au format jj/mm/aaaa.' }],
    [{ key: 'population', kind: 'integer' }, { numberFormat: '#,##0', validation: { kind: 'whole', min: 0 } }],
    [{ key: 'coordinationPostCost', kind: 'amount' }, { numberFormat: '#,##0.00 "€"', validation: { kind: 'decimal', min: 0 } }],
    [{ key: 'other', kind: 'decimal' }, { validation: { kind: 'decimal', min: 0 } }],
    [{ key: 'profile', kind: 'list', list: 'regionalProfiles' }, { validation: { kind: 'list', listName: 'Liste_Profils', strict: true } }],
    [{ key: 'orphan', kind: 'list' }, {}],
    [{ key: 'name', kind: 'text' }, {}],
  ])('%j: %j', (spec, expected) => {
    expect(cell(spec)).toEqual(expected);
  });
});

describe('wrapped lines and row heights', () => {
  it.each<[string, number, number]>([
    ['', 10, 1],
    ['court', 10, 1],
    // A 10-wide column holds 7 characters a line (3 kept for the margins).
    ['1234567', 10, 1],
    ['12345678', 10, 2],
    ['abc def', 10, 1],
    ['abc defg', 10, 2],
    ['abc  def', 10, 1],
    ['un\ndeux', 10, 2],
    ['un\n\ntrois', 10, 3],
    // A word longer than the line spills on as many lines as it needs.
    ['123456789012345', 10, 3],
    ['ab 123456789012345', 10, 4],
    // Never fewer than 4 characters a line, however narrow the column.
    ['abcd', 2, 1],
    ['abcde', 2, 2],
  ])('%p in a column %p wide: %p lines', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it('a row is as tall as its tallest cell, 15 points a line plus 2, up to 8 lines; one line needs no height', () => {
    expect(rowHeight([{ text: 'court', width: 10 }])).toBeUndefined();
    expect(rowHeight([])).toBeUndefined();
    expect(rowHeight([{ text: 'court', width: 10 }, { text: 'abc defg', width: 10 }])).toBe(32);
    expect(rowHeight([{ text: 'a\nb\nc', width: 10 }, { text: 'abc defg', width: 10 }])).toBe(47);
    expect(rowHeight([{ text: Array.from({ length: 12 }, () => 'x').join('\n'), width: 10 }])).toBe(122);
    expect(rowHeight([{ text: 'a\nb\nc\nd', width: 10 }], 3)).toBe(47);
  });
});

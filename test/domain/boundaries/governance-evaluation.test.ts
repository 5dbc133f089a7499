/**
 * Governance and evaluation rules at their thresholds: contract years end the day before the signature's
 * anniversary (signed 15/03/2025: year 1 runs to 14/03/2026), a month of evaluation is 1 to 12.
 */
import type { FixtureCell, FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { day } from '../../fixtures/cls-model';
import type { RuleId } from '../../../src/domain/rules/ids';
import type { ProfileId } from '../../../src/domain/report';
import { setCell, tableOf, validateEdited } from './snapshot';

const instances = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Instances');
const evaluation = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Evaluation');

function findings(rule: RuleId, edit: (m: FixtureWorkbook) => void, options: { profile?: ProfileId; asOf?: string } = {}): [string, Record<string, unknown>][] {
  return validateEdited(edit, { profile: 'normandie', ...options })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [`${f.sheet}!${f.cell ?? '-'}`, f.params]);
}

const YEAR_1 = { year: 1, from: '2025-03-15', to: '2026-03-14' };

describe('governance.instance-frequency (N): a COPIL, a COTECH and a dialogue de gestion in each contract year over', () => {
  // Row 3 of CLS_Instances is the dialogue de gestion of 12/02/2026, row 0 the only COTECH of year 1 (13/05/2025).
  it.each([
    [day(2026, 3, 14), []],
    [day(2026, 3, 15), [['Instances!-', { instance: 'Dialogue de gestion', ...YEAR_1, count: 0, minimum: 1 }]]],
  ])('the dialogue de gestion held on %s', (date, expected) => {
    expect(findings('governance.instance-frequency', (m) => setCell(instances(m), 3, 'Date', date as Date))).toEqual(expected);
  });

  it.each([
    [day(2025, 3, 14), [['Instances!-', { instance: 'COTECH', ...YEAR_1, count: 0, minimum: 1 }]]],
    [day(2025, 3, 15), []],
  ])('the COTECH held on %s', (date, expected) => {
    expect(findings('governance.instance-frequency', (m) => setCell(instances(m), 0, 'Date', date as Date))).toEqual(expected);
  });

  it.each([
    ['2026-03-14', []],
    ['2026-03-15', [['Instances!-', { instance: 'Dialogue de gestion', ...YEAR_1, count: 0, minimum: 1 }]]],
  ])('without a dialogue de gestion, as of %s', (asOf, expected) => {
    expect(findings('governance.instance-frequency', (m) => instances(m).rows.splice(3, 1), { asOf: asOf as string })).toEqual(expected);
  });

  it.each([
    [1, [['Instances!-', { instance: 'COPIL', ...YEAR_1, count: 1, minimum: 2 }]]],
    [2, []],
  ])('Centre-Val de Loire: %i COPIL in year 1', (count, expected) => {
    const found = findings('governance.instance-frequency', (m) => {
      if (count === 1) instances(m).rows.splice(2, 1);
    }, { profile: 'centre-val-de-loire' });
    expect(found).toEqual(expected);
  });

  it('an instance without a date counts for no year; the generic profile asks nothing', () => {
    expect(findings('governance.instance-frequency', (m) => setCell(instances(m), 3, 'Date', null))).toEqual([
      ['Instances!-', { instance: 'Dialogue de gestion', ...YEAR_1, count: 0, minimum: 1 }],
    ]);
    expect(findings('governance.instance-frequency', (m) => instances(m).rows.splice(0, 5), { profile: 'generic' })).toEqual([]);
  });
});

describe('evaluation.when-imprecise: Quand évaluer names a month (1 to 12) and a year', () => {
  it.each<[FixtureCell, number]>([
    ['01/2027', 0],
    ['12/2027', 0],
    ['00/2027', 1],
    ['13/2027', 1],
    ['2027-12', 0],
    ['2027-13', 1],
    ['2027-00', 1],
    ['décembre 2027', 0],
    ['déc. 2027', 0],
    ['fin décembre de 2027', 0],
    ['mois de juin 2027', 0],
    ['T4 2027', 1],
    ['chaque année', 1],
    ['15/12/2027', 0],
    [46_722, 0],
  ])('%p: %i finding', (when, count) => {
    expect(findings('evaluation.when-imprecise', (m) => setCell(evaluation(m), 0, 'Quand évaluer', when))).toEqual(
      count === 0 ? [] : [['Évaluation!M2', {}]],
    );
  });
});

describe('evaluation.target-missing, evaluation.measure-not-number: Quantitatif indicators only', () => {
  it('a Quantitatif indicator without target is reported, a Qualitatif one is not', () => {
    expect(findings('evaluation.target-missing', (m) => {
      setCell(evaluation(m), 0, 'Valeur cible', null);
      setCell(evaluation(m), 3, 'Valeur cible', null);
    })).toEqual([['Évaluation!G2', { indicator: 'Nombre de personnes formées' }]]);
  });

  it('a text measure of a Quantitatif indicator, with the number it reads as', () => {
    expect(findings('evaluation.measure-not-number', (m) => {
      setCell(evaluation(m), 0, 'Réalisé année 1', '22 personnes');
      setCell(evaluation(m), 1, 'Réalisé année 2', '85 %');
      setCell(evaluation(m), 2, 'Réalisé année 1', '1 234,5');
      setCell(evaluation(m), 3, 'Réalisé année 1', 'satisfaisant');
      setCell(evaluation(m), 4, 'Réalisé année 1', '   ');
    })).toEqual([
      ['Évaluation!H2', { year: 1 }],
      ['Évaluation!I3', { year: 2, suggestion: 0.85 }],
      ['Évaluation!H4', { year: 1, suggestion: 1234.5 }],
    ]);
  });
});

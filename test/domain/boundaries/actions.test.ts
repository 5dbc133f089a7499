/**
 * Action rules at their thresholds: just below, on and just above, with the expected findings written out by hand
 * from CONTRACT §2 and the fixture CLS (signed 15/03/2025 for 3 years, checked as of 23/11/2026).
 */
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { DATE_FORMAT, day } from '../../fixtures/cls-model';
import type { RuleId } from '../../../src/domain/rules/ids';
import type { ProfileId } from '../../../src/domain/report';
import { setCell, tableOf, validateEdited } from './snapshot';
import { setParam } from '../../fixtures/cls-model';

const actions = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Actions');

/** `cell params` of each finding of one rule. */
function findings(rule: RuleId, edit: (m: FixtureWorkbook) => void, options: { profile?: ProfileId; asOf?: string } = {}): [string, Record<string, unknown>][] {
  return validateEdited(edit, options)
    .findings.filter((f) => f.rule === rule)
    .map((f) => [`${f.sheet}!${f.cell ?? '-'}`, f.params]);
}

const PA = "Plan d'action";

it('the clean CLS gives no finding in any profile', () => {
  for (const profile of ['normandie', 'centre-val-de-loire', 'generic'] as const) {
    expect(validateEdited(undefined, { profile }).findings).toEqual([]);
  }
});

describe('action.late: Fin passed as of the as-of date, and the action neither Réalisée nor Abandonnée', () => {
  // Action 1.1.1 (row 2) ends on Fin S2; as of 23/11/2026.
  const endingOn = (y: number, mo: number, d: number, status: string) => (m: FixtureWorkbook): void => {
    setCell(actions(m), 0, 'Fin', day(y, mo, d));
    setCell(actions(m), 0, 'Statut', status);
    setCell(actions(m), 0, 'Avancement (%)', status === 'Non démarrée' ? 0 : 0.9);
  };
  it.each([
    ['the day before the as-of day', 22, [[`${PA}!S2`, { end: '2026-11-22', status: 'En cours', asOf: '2026-11-23' }]]],
    ['on the as-of day (not passed yet)', 23, []],
    ['the day after', 24, []],
  ])('ending %s', (_, d, expected) => {
    expect(findings('action.late', endingOn(2026, 11, d as number, 'En cours'))).toEqual(expected);
  });

  it.each([
    ['Réalisée', 0],
    ['Abandonnée', 0],
    ['En cours', 1],
    ['Reportée', 1],
    ['Non démarrée', 1],
  ])('ended the day before, %s: %i finding', (status, count) => {
    const found = findings('action.late', endingOn(2026, 11, 22, status));
    expect(found).toEqual(count === 0 ? [] : [[`${PA}!S2`, { end: '2026-11-22', status, asOf: '2026-11-23' }]]);
  });

  it('an action without a status is late too, said with an empty status', () => {
    expect(findings('action.late', (m) => {
      endingOn(2026, 11, 22, 'En cours')(m);
      setCell(actions(m), 0, 'Statut', null);
    })).toEqual([[`${PA}!S2`, { end: '2026-11-22', status: '', asOf: '2026-11-23' }]]);
  });

  it('moves with the as-of date, not with today', () => {
    // 1.1.1 ends 30/06/2026: late from 01/07/2026 once it is back « En cours ».
    const edit = (m: FixtureWorkbook): void => setCell(actions(m), 0, 'Statut', 'En cours');
    expect(findings('action.late', edit, { asOf: '2026-06-30' })).toEqual([]);
    expect(findings('action.late', edit, { asOf: '2026-07-01' })).toEqual([[`${PA}!S2`, { end: '2026-06-30', status: 'En cours', asOf: '2026-07-01' }]]);
  });
});

describe('action.status-progress-mismatch: Réalisée under 100 %, Non démarrée over 0 %', () => {
  // 1.1.1 (row 2) is Réalisée, 3.2.1 (row 6) is Non démarrée.
  it.each([
    [0.99, [[`${PA}!U2`, { status: 'Réalisée', percent: 99 }]]],
    [1, []],
    [1.01, []],
  ])('Réalisée at %f', (progress, expected) => {
    expect(findings('action.status-progress-mismatch', (m) => setCell(actions(m), 0, 'Avancement (%)', progress))).toEqual(expected);
  });

  it.each([
    [0, []],
    [0.01, [[`${PA}!U6`, { status: 'Non démarrée', percent: 1 }]]],
    [0.5, [[`${PA}!U6`, { status: 'Non démarrée', percent: 50 }]]],
  ])('Non démarrée at %f', (progress, expected) => {
    expect(findings('action.status-progress-mismatch', (m) => setCell(actions(m), 4, 'Avancement (%)', progress))).toEqual(expected);
  });

  it('En cours says nothing at 0 % nor at 100 %; an empty progress says nothing', () => {
    expect(findings('action.status-progress-mismatch', (m) => {
      setCell(actions(m), 1, 'Avancement (%)', 0);
      setCell(actions(m), 2, 'Avancement (%)', 1);
      setCell(actions(m), 0, 'Avancement (%)', null);
      setCell(actions(m), 4, 'Avancement (%)', null);
    })).toEqual([]);
  });

  it('reads 40 typed in points, without a % format, as 40 %', () => {
    expect(findings('action.status-progress-mismatch', (m) => setCell(actions(m), 4, 'Avancement (%)', { value: 40, numFmt: 'General' }))).toEqual([
      [`${PA}!U6`, { status: 'Non démarrée', percent: 40 }],
    ]);
  });
});

describe('action.dates-inverted: Fin before Début', () => {
  // 3.2.1 (row 6) starts 04/01/2027.
  it.each([
    [3, [[`${PA}!S6`, { start: '2027-01-04', end: '2027-01-03' }]]],
    [4, []],
    [5, []],
  ])('Fin on %i/01/2027', (d, expected) => {
    expect(findings('action.dates-inverted', (m) => setCell(actions(m), 4, 'Fin', day(2027, 1, d as number)))).toEqual(expected);
  });
});

describe('action.dates-outside-contract: from the signature date (15/03/2025) to the day before its third anniversary (14/03/2028)', () => {
  it.each([
    ['Début', 0, day(2025, 3, 14), [[`${PA}!R2`, { date: '2025-03-14', start: '2025-03-15', end: '2028-03-14' }]]],
    ['Début', 0, day(2025, 3, 15), []],
    ['Début', 0, day(2025, 3, 16), []],
    ['Fin', 4, day(2028, 3, 13), []],
    ['Fin', 4, day(2028, 3, 14), []],
    ['Fin', 4, day(2028, 3, 15), [[`${PA}!S6`, { date: '2028-03-15', start: '2025-03-15', end: '2028-03-14' }]]],
  ])('%s of row %i on %s', (header, row, date, expected) => {
    expect(findings('action.dates-outside-contract', (m) => setCell(actions(m), row as number, header as string, date as Date))).toEqual(expected);
  });

  it('says nothing while the duration is unknown or absurd', () => {
    const early = (m: FixtureWorkbook): void => setCell(actions(m), 0, 'Début', day(2020, 1, 1));
    expect(findings('action.dates-outside-contract', (m) => { early(m); setParam(m, 'Durée (années)', null); })).toEqual([]);
    expect(findings('action.dates-outside-contract', (m) => { early(m); setParam(m, 'Durée (années)', 0); })).toEqual([]);
    expect(findings('action.dates-outside-contract', (m) => { early(m); setParam(m, 'Durée (années)', 11); })).toEqual([]);
    expect(findings('action.dates-outside-contract', (m) => { early(m); setParam(m, 'Durée (années)', 10); })).toEqual([
      [`${PA}!R2`, { date: '2020-01-01', start: '2025-03-15', end: '2035-03-14' }],
    ]);
    // One year: the contract ends on 14/03/2026, so the early start is the first of several findings.
    expect(findings('action.dates-outside-contract', (m) => { early(m); setParam(m, 'Durée (années)', 1); })[0]).toEqual(
      [`${PA}!R2`, { date: '2020-01-01', start: '2025-03-15', end: '2026-03-14' }],
    );
  });

  it('a contract signed on 29 February ends on the 28th', () => {
    expect(findings('action.dates-outside-contract', (m) => {
      setParam(m, 'Date de signature', { value: day(2024, 2, 29), numFmt: DATE_FORMAT });
      setParam(m, 'Durée (années)', 4);
      setCell(actions(m), 4, 'Fin', day(2028, 2, 29));
    })).toEqual([[`${PA}!S6`, { date: '2028-02-29', start: '2024-02-29', end: '2028-02-28' }]]);
  });
});

describe('params.duration-out-of-range: Durée in 3..5', () => {
  it.each([
    [2, [['Paramètres!B7', { min: 3, max: 5 }]]],
    [3, []],
    [4, []],
    [5, []],
    [6, [['Paramètres!B7', { min: 3, max: 5 }]]],
  ])('%i years', (years, expected) => {
    expect(findings('params.duration-out-of-range', (m) => setParam(m, 'Durée (années)', years as number))).toEqual(expected);
  });
});

describe('params.population-below-minimum (Centre-Val de Loire): under 40 000', () => {
  it.each([
    [39_999, [['Paramètres!B8', { minimum: 40_000 }]]],
    [40_000, []],
    [40_001, []],
  ])('%i inhabitants', (population, expected) => {
    expect(findings('params.population-below-minimum', (m) => setParam(m, 'Population couverte', population as number), { profile: 'centre-val-de-loire' })).toEqual(expected);
  });

  it('not in Normandie', () => {
    expect(findings('params.population-below-minimum', (m) => setParam(m, 'Population couverte', 1_000), { profile: 'normandie' })).toEqual([]);
  });
});

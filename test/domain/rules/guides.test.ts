/**
 * The rules as the guides write them, each from the guide's own words and example. Only the findings of
 * the rule under test are compared: these edits (a 2022 signature…) move other rules on purpose.
 */
import type { ProfileId } from '../../../src/domain/report';
import { renderFinding } from '../../../src/domain/messages/render';
import type { RuleId } from '../../../src/domain/rules/ids';
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { DATE_FORMAT, day, setCell, setParam, tableOf } from '../../fixtures/cls-model';
import { validateFixture } from './harness';

const actions = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Actions');
const signedOn = (m: FixtureWorkbook, y: number, mo: number, d: number): void =>
  setParam(m, 'Date de signature', { value: day(y, mo, d), numFmt: DATE_FORMAT });

async function findingsOf(rule: RuleId, edit: (m: FixtureWorkbook) => void, profile: ProfileId, asOf?: string) {
  const report = await validateFixture(edit, { profile, ...(asOf === undefined ? {} : { asOf }) });
  return report.findings.filter((f) => f.rule === rule);
}

describe('plan.theme-missing: the volets apply to CLS signed or renewed since the dates the guides give', () => {
  const noMentalHealth = (m: FixtureWorkbook): void => {
    setCell(actions(m), 0, 'Thématique', 'Prévention et promotion de la santé');
    setCell(actions(m), 1, 'Thématique', 'Prévention et promotion de la santé');
  };
  // 004_6c4d6d0ed7a0af23.txt:155 « La loi du 21 février 2022 … impose dans le CLS « un volet consacré à la santé mentale » ».
  it.each([
    [2022, 2, 20, 0],
    [2022, 2, 21, 1],
    [2022, 2, 22, 1],
  ])('santé mentale, signed %i-%i-%i: %i finding', async (y, mo, d, count) => {
    const found = await findingsOf('plan.theme-missing', (m) => { noMentalHealth(m); signedOn(m, y, mo, d); }, 'normandie');
    expect(found.map((f) => f.params)).toEqual(count === 0 ? [] : [{ theme: 'Santé mentale', since: '2022-02-21' }]);
  });

  // 000_afa51b918c030d0f.txt:149-150 « Depuis 2022 (loi 3DS) et 2023 (stratégie régionale) … santé mentale, nutrition … et santé environnementale ».
  it.each([
    [2022, 12, 31, 0],
    [2023, 1, 1, 1],
  ])('Centre-Val de Loire santé environnementale, signed %i-%i-%i: %i finding', async (y, mo, d, count) => {
    const found = await findingsOf('plan.theme-missing', (m) => { setCell(actions(m), 4, 'Thématique', 'Autre'); signedOn(m, y, mo, d); }, 'centre-val-de-loire');
    expect(found.map((f) => f.params['theme'])).toEqual(count === 0 ? [] : ['Santé environnementale']);
  });

  it('says « volet » with the date, in French and in English', async () => {
    const [finding] = await findingsOf('plan.theme-missing', noMentalHealth, 'normandie');
    if (!finding) throw new Error('no finding');
    expect(renderFinding(finding, 'fr').message).toBe(
      'Aucune action sur le volet « Santé mentale », obligatoire pour tout CLS signé ou renouvelé depuis le 21/02/2022.',
    );
    expect(renderFinding(finding, 'en').message).toBe(
      'No action in the "Santé mentale" volet, mandatory for every CLS signed or renewed since 21 February 2022.',
    );
  });
});

describe('dates in finding parameters stay ISO; messages render them in the reader’s language', () => {
  it('action.late, action.dates-inverted and action.dates-outside-contract', async () => {
    const report = await validateFixture((m) => {
      setCell(actions(m), 0, 'Statut', 'En cours');
      setCell(actions(m), 0, 'Avancement (%)', 0.9);
      setCell(actions(m), 2, 'Début', day(2027, 6, 1));
      setCell(actions(m), 2, 'Fin', day(2026, 6, 1));
      setCell(actions(m), 4, 'Fin', day(2028, 3, 15));
    });
    const params = (rule: RuleId) => report.findings.filter((f) => f.rule === rule).map((f) => f.params);
    expect(params('action.late')).toEqual([
      { end: '2026-06-30', status: 'En cours', asOf: '2026-11-23' },
      { end: '2026-06-01', status: 'En cours', asOf: '2026-11-23' },
    ]);
    expect(params('action.dates-inverted')).toEqual([{ start: '2027-06-01', end: '2026-06-01' }]);
    expect(params('action.dates-outside-contract')).toEqual([{ date: '2028-03-15', start: '2025-03-15', end: '2028-03-14' }]);
    const outside = report.findings.find((f) => f.rule === 'action.dates-outside-contract');
    if (!outside) throw new Error('no finding');
    expect(renderFinding(outside, 'fr').message).toBe('La date 15/03/2028 est hors de la période du contrat (du 15/03/2025 au 14/03/2028).');
    expect(renderFinding(outside, 'en').message).toBe('Date 15 March 2028 is outside the contract period (15 March 2025 to 14 March 2028).');
  });
});

describe('governance.instance-frequency: per contract year elapsed as of the as-of date', () => {
  const noDialogue = (m: FixtureWorkbook): void => {
    tableOf(m, 'CLS_Instances').rows.splice(3, 1);
  };
  // Signed 15/03/2025: contract year 1 ends on 14/03/2026; Normandie « Un dialogue de gestion sera organisé annuellement » (004_6c4d6d0ed7a0af23.txt:310).
  it.each([
    ['2026-03-14', []],
    ['2026-03-15', [{ instance: 'Dialogue de gestion', year: 1, from: '2025-03-15', to: '2026-03-14', count: 0, minimum: 1 }]],
  ])('as of %s', async (asOf, expected) => {
    expect((await findingsOf('governance.instance-frequency', noDialogue, 'normandie', asOf)).map((f) => f.params)).toEqual(expected);
  });

  // Centre-Val de Loire: the COPIL « se réunit au moins 2 fois par an » (000_afa51b918c030d0f.txt:1156); the log holds two in year 1.
  it.each([
    ['normandie', 0, []],
    ['centre-val-de-loire', 0, []],
    ['centre-val-de-loire', 1, ['COPIL 1/2']],
  ] as const)('%s with %i COPIL removed', async (profile, removed, expected) => {
    const found = await findingsOf('governance.instance-frequency', (m) => {
      const rows = tableOf(m, 'CLS_Instances').rows;
      if (removed > 0) rows.splice(1, removed);
    }, profile);
    expect(found.map((f) => `${String(f.params['instance'])} ${String(f.params['count'])}/${String(f.params['minimum'])}`)).toEqual(expected);
  });

  it('renders the contract year with its dates', async () => {
    const [finding] = await findingsOf('governance.instance-frequency', noDialogue, 'normandie');
    if (!finding) throw new Error('no finding');
    expect(renderFinding(finding, 'fr').message).toBe(
      'Année 1 du contrat (du 15/03/2025 au 14/03/2026) : 0 Dialogue de gestion consigné(s), au moins 1 attendu(s).',
    );
    expect(renderFinding(finding, 'en').message).toBe('Contract year 1 (15 March 2025 to 14 March 2026): 0 Dialogue de gestion recorded, at least 1 expected.');
  });

  it('an instance outside the contract years does not count', async () => {
    const found = await findingsOf('governance.instance-frequency', (m) => {
      const rows = tableOf(m, 'CLS_Instances').rows;
      // The dialogue moved to the day before the signature.
      setCell(tableOf(m, 'CLS_Instances'), 3, 'Date', day(2025, 3, 14));
      expect(rows).toHaveLength(5);
    }, 'normandie');
    expect(found.map((f) => f.params['instance'])).toEqual(['Dialogue de gestion']);
  });
});

/**
 * What each rule leaves alone, and the edges of what it says: an empty cell, a missing column or table, a value
 * on the wrong side of a pattern. A rule that forgets its guard speaks here about a cell nobody filled, or a
 * table that is not there (found by mutation testing: every case below failed a mutant that the catalogue's cases let
 * through). Expected findings are worked out by hand from the fixture (test/fixtures/cls-model.ts).
 */
import type { RuleId } from '../../../src/domain/rules/ids';
import type { ProfileId } from '../../../src/domain/report';
import type { FixtureCell, FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { insertColumn, removeColumn, setCell, setParam, tableOf } from '../../fixtures/cls-model';
import { validateFixture } from './harness';

const actions = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Actions');
const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');
const evaluation = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Evaluation');
const removeTable = (m: FixtureWorkbook, name: string): void => {
  m.tables = m.tables.filter((t) => t.name !== name);
};
/** A copy of the sixth action (4.1.1, sheet row 7) as a seventh, sheet row 8. */
const copyLastAction = (m: FixtureWorkbook, edits: Record<string, FixtureCell>): void => {
  actions(m).rows.push([...(actions(m).rows[5] ?? [])]);
  for (const [header, value] of Object.entries(edits)) setCell(actions(m), 6, header, value);
};

/** The findings of one rule, as `cell` or `cell params`. */
async function said(rule: RuleId, edit: (m: FixtureWorkbook) => void, profile: ProfileId = 'normandie'): Promise<[string, Record<string, unknown>][]> {
  const report = await validateFixture(edit, { profile });
  return report.findings.filter((f) => f.rule === rule).map((f) => [`${f.sheet}!${f.cell ?? '-'}`, f.params]);
}

type Case = [string, RuleId, (m: FixtureWorkbook) => void, [string, Record<string, unknown>][], ProfileId?];

const CASES: Case[] = [
  // Empty cells: nothing to compare, nothing to say (the column's own rules speak of what is required).
  ['an action without an end date is neither inverted…', 'action.dates-inverted', (m) => setCell(actions(m), 1, 'Fin', null), []],
  ['… nor late', 'action.late', (m) => setCell(actions(m), 1, 'Fin', null), []],
  ['an action without its objective number', 'action.hierarchy-mismatch', (m) => setCell(actions(m), 0, 'N° objectif spécifique', null), []],
  ['an objective without its goal number', 'action.hierarchy-mismatch', (m) => setCell(actions(m), 2, 'N° objectif général', null), []],
  ['two actions without a number are not duplicates', 'action.number-duplicate', (m) => {
    copyLastAction(m, { 'N° action': null });
    setCell(actions(m), 5, 'N° action', null);
  }, []],
  ['an action without a number is not asked for an indicator', 'evaluation.action-without-indicator', (m) => setCell(actions(m), 5, 'N° action', null), []],
  ['an indicator without an action number is not an unknown action', 'evaluation.action-unknown', (m) => setCell(evaluation(m), 0, 'N° action', null), []],
  ['an indicator without « Quand évaluer »', 'evaluation.when-imprecise', (m) => setCell(evaluation(m), 0, 'Quand évaluer', null), []],
  ['a CLS without its population (CVL)', 'params.population-below-minimum', (m) => setParam(m, 'Population couverte', null), [], 'centre-val-de-loire'],
  ['a CLS without its duration', 'params.duration-out-of-range', (m) => setParam(m, 'Durée (années)', null), []],
  ['a paid amount against no amount', 'funding.paid-exceeds-amount', (m) => {
    insertColumn(fundings(m), 'Statut', 'Montant versé (€)', [100]);
    setCell(fundings(m), 0, 'Montant (€)', null);
  }, []],
  ['a funding line without a partner is no unknown partner', 'funding.funder-unknown', (m) => setCell(fundings(m), 9, 'Financeur', null), []],
  ['a partner cell of spaces is no misspelling', 'funding.funder-spelling', (m) => setCell(fundings(m), 9, 'Financeur', '   '), []],
  ['an amount of spaces is no amount left out', 'funding.amount-not-counted', (m) => setCell(fundings(m), 9, 'Montant (€)', '   '), []],
  ['a year of spaces is no year left out', 'funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', '   '), []],
  ['an indicator without its target column is not asked for one', 'evaluation.target-missing', (m) => removeColumn(evaluation(m), 'Valeur cible'), []],
  // Missing tables: the structure rules say so; the others stay silent instead of flagging every line.
  ['no action table: no funding line is of an unknown action', 'funding.action-unknown', (m) => removeTable(m, 'CLS_Actions'), []],
  ['no action table: no indicator is of an unknown action', 'evaluation.action-unknown', (m) => removeTable(m, 'CLS_Actions'), []],
  ['no action table: no theme is missing', 'plan.theme-missing', (m) => removeTable(m, 'CLS_Actions'), []],
  ['no action table: no fiche item is missing', 'action.fiche-item-missing', (m) => removeTable(m, 'CLS_Actions'), []],
  ['no partner list: no partner is unknown', 'funding.funder-unknown', (m) => removeTable(m, 'CLS_Financeurs'), []],
  ['no coordinator named: no pilot is the coordinator', 'action.pilot-is-coordinator', (m) => setParam(m, 'Coordinateur', null), []],
  // The edges of what is said (an objective is checked against its goal when its action has no number to check).
  ['a two-digit action extends its objective (1.1.12 of 1.1)', 'action.hierarchy-mismatch', (m) => setCell(actions(m), 1, 'N° action', '1.1.12'), []],
  ['an objective 1.a1 does not extend goal 1', 'action.hierarchy-mismatch', (m) => {
    setCell(actions(m), 0, 'N° action', null);
    setCell(actions(m), 0, 'N° objectif spécifique', '1.a1');
  },
    [[`Plan d'action!E2`, { child: '1.a1', parent: '1', parentColumn: 'N° objectif général' }]]],
  ['an objective 1.1a does not extend goal 1', 'action.hierarchy-mismatch', (m) => {
    setCell(actions(m), 0, 'N° action', null);
    setCell(actions(m), 0, 'N° objectif spécifique', '1.1a');
  },
    [[`Plan d'action!E2`, { child: '1.1a', parent: '1', parentColumn: 'N° objectif général' }]]],
  ['a year typed « 2026 » between spaces is suggested as 2026', 'funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', ' 2026 '),
    [['Financements!E11', { suggestion: 2026 }]]],
  ['… and with a non-breaking space', 'funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', '2026\u00a0'), [['Financements!E11', { suggestion: 2026 }]]],
  ['… but not « x2026 »', 'funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', 'x2026'), [['Financements!E11', {}]]],
  ['… nor « 2026x »', 'funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', '2026x'), [['Financements!E11', {}]]],
  ['an amount in words gets no suggestion', 'funding.amount-not-counted', (m) => setCell(fundings(m), 9, 'Montant (€)', 'trois mille'), [['Financements!F11', {}]]],
  ['a partner the catalogue knows but the list does not', 'funding.funder-unknown', (m) => setCell(fundings(m), 9, 'Financeur', 'CARSAT'),
    [['Financements!C11', { funder: 'CARSAT', partner: 'CARSAT' }]]],
  ['the action number as the plan writes it', 'funding.value-spelling', (m) => setCell(fundings(m), 7, 'N° action', '1.1.1 '),
    [['Financements!B9', { typed: '1.1.1 ', expected: '1.1.1' }]]],
  // The first ARS coordination line of 2026 is the third line, sheet row 4; an action line has no object to compare.
  ['a coordination line copied is a duplicate', 'funding.line-duplicate', (m) => fundings(m).rows.push([...(fundings(m).rows[2] ?? [])]),
    [['Financements!C27', { firstRow: 4 }]]],
  ['two lines without a year are not compared', 'funding.line-duplicate', (m) => {
    fundings(m).rows.push(['Action', '1.1.1', 'CPAM', 'Financier', null, 100, 'Acquis', '']);
    fundings(m).rows.push(['Action', '1.1.1', 'CPAM', 'Financier', null, 100, 'Acquis', '']);
  }, []],
  ['a measure TRUE is not a number, without a suggestion', 'evaluation.measure-not-number', (m) => setCell(evaluation(m), 0, 'Réalisé année 1', true),
    [['Évaluation!H2', { year: 1 }]]],
  ['an indicator without a name nor a target', 'evaluation.target-missing', (m) => {
    setCell(evaluation(m), 0, 'Indicateur', null);
    setCell(evaluation(m), 0, 'Valeur cible', null);
  }, [['Évaluation!G2', { indicator: '' }]]],
  // 1.1.1's indicators read Résultat then Processus: one result indicator is enough, in any order.
  ['a result indicator before a process one', 'evaluation.no-result-indicator', (m) => {
    const rows = evaluation(m).rows;
    [rows[0], rows[1]] = [rows[1] ?? [], rows[0] ?? []];
  }, []],
  // 2.1.1 keeps its only process indicator once its result indicator is gone.
  ['an action with a single process indicator', 'evaluation.no-result-indicator', (m) => evaluation(m).rows.splice(5, 1),
    [[`Plan d'action!G4`, { action: '2.1.1' }]]],
  // Without a signature date the CLS is taken as new: the mental health volet is asked.
  ['an unsigned CLS still needs its mental health actions', 'plan.theme-missing', (m) => {
    setParam(m, 'Date de signature', null);
    setCell(actions(m), 0, 'Thématique', 'Prévention et promotion de la santé');
    setCell(actions(m), 1, 'Thématique', 'Prévention et promotion de la santé');
  }, [[`Plan d'action!-`, { theme: 'Santé mentale', since: '2022-02-21' }]]],
  // CVL « Financements »: an action without a number cannot be funded by number, however its lines are written.
  ['an action without number nor budget (CVL)', 'action.fiche-item-missing', (m) => copyLastAction(m, { 'N° action': null, 'Budget prévisionnel (€)': null }),
    [[`Plan d'action!V8`, { item: 'Financements', column: 'Budget prévisionnel (€)' }]], 'centre-val-de-loire'],
  // An ARS action line and an ARS coordination amount typed as text come first: the cap points at the line it counts.
  ['the coordination cap points at the ARS coordination line it counts', 'funding.ars-coordination-cap', (m) => {
    fundings(m).rows.unshift(['Action', '1.1.2', 'ARS', 'Financier', 2026, 10_000, 'Acquis', ''], ['Coordination', null, 'ARS', 'Financier', 2026, '5 000 €', 'Acquis', '']);
    setCell(fundings(m), 4, 'Montant (€)', 30_000);
  }, [['Financements!F6', { year: 2026, arsCents: 3_000_000, capCents: 2_500_000, posts: 1, profile: 'normandie' }]]],
  // Without the N° action column, an Action line is pointed at by its Objet: lines 8 to 24, sheet rows 9 to 25.
  ['Action lines when the N° action column is gone', 'funding.action-required', (m) => removeColumn(fundings(m), 'N° action'),
    Array.from({ length: 17 }, (_, i) => [`Financements!A${9 + i}`, {}] as [string, Record<string, unknown>])],
];

describe('what the rules leave alone, and the edges of what they say', () => {
  const rows = CASES.map(([name, rule, edit, expected, profile]) => ({ name, rule, edit, expected, profile }));
  it.each(rows)('$name ($rule)', async ({ rule, edit, expected, profile }) => {
    expect(await said(rule, edit, profile)).toEqual(expected);
  });
});

/**
 * Every rule of CONTRACT §2 on the fixture CLS (laid out as a snapshot, harness.ts; read back from .xlsx in
 * round-trip.test.ts): one edit of the clean CLS, the complete list of findings expected (cascades included on
 * purpose: a text amount also leaves its action underfunded).
 */
import { RULE_IDS } from '../../../src/domain/rules/ids';
import type { ProfileId } from '../../../src/domain/report';
import { renderFinding } from '../../../src/domain/messages/render';
import type { FixtureTable, FixtureWorkbook } from '../../fixtures/cls-model';
import { COORDINATOR, day, insertColumn, removeColumn, setCell, setParam, tableOf } from '../../fixtures/cls-model';
import { brief, validateFixture } from './harness';

const actions = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Actions');
const fundings = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Financements');
const evaluation = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Evaluation');
const copyRow = (t: FixtureTable, from: number): number => {
  t.rows.push([...(t.rows[from] ?? [])]);
  return t.rows.length - 1;
};

const PA = "Plan d'action";
const OBJECTIVES = ['Repérer tôt', 'Coordonner', 'Installer des médecins', 'Manger mieux', 'Un air sain', 'Animer le CLS'];
const instances = (m: FixtureWorkbook): FixtureTable => tableOf(m, 'CLS_Instances');
const evaluationLine = (year: number) => (m: FixtureWorkbook): void => {
  fundings(m).rows.push(['Évaluation', null, 'ARS', 'Financier', year, 5_000, 'Sollicité', 'Évaluation finale']);
};
type Case = [string, (m: FixtureWorkbook) => void, string[], ProfileId?];

const CASES: Case[] = [
  ['structure.table-missing', (m) => {
    m.sheets = m.sheets.filter((s) => s !== 'Évaluation');
    m.tables = m.tables.filter((t) => t.name !== 'CLS_Evaluation');
  }, ['structure.table-missing error Évaluation!-']],
  ['structure.column-missing', (m) => removeColumn(actions(m), 'Pilote'), [`structure.column-missing error ${PA}!-`]],
  ['structure.column-duplicate', (m) => insertColumn(actions(m), 'Statut', 'Pilote', []), [`structure.column-duplicate error ${PA}!U1`]],
  ['structure.column-unknown', (m) => insertColumn(fundings(m), 'Commentaire', 'Référence dossier', ['DOS-1']),
    ['structure.column-unknown info Financements!I1']],
  ['structure.blank-row', (m) => fundings(m).rows.splice(3, 0, Array<null>(8).fill(null)), ['structure.blank-row info Financements!A5']],
  ['cell.formula-error', (m) => setCell(actions(m), 2, 'Budget prévisionnel (€)', { formula: '#REF!*1', result: { error: '#REF!' } }),
    [`cell.formula-error error ${PA}!V4`]],
  // A tool that does not calculate saved the formula alone: the amount is unknown, so not counted (the action is then underfunded).
  ['cell.formula-uncalculated', (m) => setCell(fundings(m), 15, 'Montant (€)', { formula: '3000+4500.5' }),
    [`funding.action-underfunded warning ${PA}!V4`, 'cell.formula-uncalculated error Financements!F17']],
  ['cell.not-number', (m) => setCell(fundings(m), 15, 'Montant (€)', '7 500,50'),
    [`funding.action-underfunded warning ${PA}!V4`, 'cell.not-number error Financements!F17', 'funding.amount-not-counted error Financements!F17']],
  ['cell.not-date', (m) => setCell(actions(m), 0, 'Début', 'bientôt'), [`cell.not-date error ${PA}!R2`]],
  ['cell.not-in-list', (m) => setCell(actions(m), 1, 'Statut', 'Terminée'), [`cell.not-in-list error ${PA}!T3`]],
  ['cell.required-missing', (m) => setCell(actions(m), 0, 'Pilote', null), [`cell.required-missing warning ${PA}!M2`]],
  ['params.duration-out-of-range', (m) => setParam(m, 'Durée (années)', 6), ['params.duration-out-of-range error Paramètres!B7']],
  ['params.population-below-minimum', (m) => setParam(m, 'Population couverte', 30_000),
    ['params.population-below-minimum warning Paramètres!B8'], 'centre-val-de-loire'],
  ['params.population-below-minimum (not in Normandie)', (m) => setParam(m, 'Population couverte', 30_000), [], 'normandie'],
  ['action.number-malformed', (m) => {
    const row = copyRow(actions(m), 5);
    setCell(actions(m), row, 'N° action', '4.1-2');
    setCell(actions(m), row, 'Budget prévisionnel (€)', null);
  }, [`action.number-malformed error ${PA}!G8`, `evaluation.action-without-indicator error ${PA}!G8`]],
  ['action.number-duplicate', (m) => {
    copyRow(actions(m), 5);
  }, [`action.number-duplicate error ${PA}!G8`]],
  ['action.hierarchy-mismatch (action)', (m) => setCell(actions(m), 0, 'N° objectif spécifique', '1.2'),
    [`action.hierarchy-mismatch error ${PA}!G2`]],
  ['action.hierarchy-mismatch (objective)', (m) => setCell(actions(m), 2, 'N° objectif général', 3),
    [`action.hierarchy-mismatch error ${PA}!E4`]],
  ['action.dates-inverted', (m) => {
    setCell(actions(m), 2, 'Début', day(2027, 6, 1));
    setCell(actions(m), 2, 'Fin', day(2026, 6, 1));
  }, [`action.dates-inverted error ${PA}!S4`, `action.late warning ${PA}!S4`]],
  // Signed 15/03/2025 for 3 years: the contract runs until 14/03/2028, not to the end of 2027.
  ['action.dates-outside-contract (the last day is inside)', (m) => setCell(actions(m), 4, 'Fin', day(2028, 3, 14)), []],
  ['action.dates-outside-contract (the day after)', (m) => setCell(actions(m), 4, 'Fin', day(2028, 3, 15)),
    [`action.dates-outside-contract warning ${PA}!S6`]],
  ['action.dates-outside-contract (the day before the signature)', (m) => setCell(actions(m), 0, 'Début', day(2025, 3, 14)),
    [`action.dates-outside-contract warning ${PA}!R2`]],
  ['action.dates-outside-contract (the signature day)', (m) => setCell(actions(m), 0, 'Début', day(2025, 3, 15)), []],
  ['action.late', (m) => {
    setCell(actions(m), 0, 'Statut', 'En cours');
    setCell(actions(m), 0, 'Avancement (%)', 0.9);
  }, [`action.late warning ${PA}!S2`]],
  ['action.status-progress-mismatch', (m) => {
    setCell(actions(m), 4, 'Avancement (%)', 0.2);
    setCell(actions(m), 0, 'Avancement (%)', 0.8);
  }, [`action.status-progress-mismatch warning ${PA}!U2`, `action.status-progress-mismatch warning ${PA}!U6`]],
  ['action.pilot-is-coordinator', (m) => {
    setCell(actions(m), 1, 'Pilote', COORDINATOR);
    setCell(actions(m), 2, 'Pilote', 'Coordinatrice CLS');
  }, [`action.pilot-is-coordinator warning ${PA}!M3`, `action.pilot-is-coordinator warning ${PA}!M4`]],
  ['action.pilot-is-coordinator (whole words only)', (m) => setCell(actions(m), 1, 'Pilote', 'Anne-Claire Martinez'), []],
  // Normandie's fiche action (004_6c4d6d0ed7a0af23.txt:1009); the other guides say nothing of it.
  ['action.pilot-is-coordinator (not in Centre-Val de Loire)', (m) => setCell(actions(m), 1, 'Pilote', COORDINATOR), [], 'centre-val-de-loire'],
  ['action.pilot-is-coordinator (not in the generic profile)', (m) => setCell(actions(m), 1, 'Pilote', COORDINATOR), [], 'generic'],
  ['cell.not-number (a year must be whole)', (m) => setCell(fundings(m), 23, 'Année', 2026.5), ['cell.not-number error Financements!E25']],
  ['cell.not-number (an absurd amount)', (m) => setCell(fundings(m), 24, 'Montant (€)', 1e300), ['cell.not-number error Financements!F26']],
  // Normandie « Objectif général de l'action … Incontournable » (004_6c4d6d0ed7a0af23.txt:1006), once the column exists.
  ['action.fiche-item-missing (N: Objectif de l\'action empty)', (m) => {
    insertColumn(actions(m), 'Contexte (besoins)', "Objectif de l'action", OBJECTIVES.map((o, i) => (i === 2 ? null : o)));
  }, [`action.fiche-item-missing warning ${PA}!L4`]],
  ['action.fiche-item-missing (N: every objective given)', (m) => insertColumn(actions(m), 'Contexte (besoins)', "Objectif de l'action", OBJECTIVES), []],
  ['action.fiche-item-missing (N: not asked of Centre-Val de Loire)', (m) => {
    insertColumn(actions(m), 'Contexte (besoins)', "Objectif de l'action", []);
  }, [], 'centre-val-de-loire'],
  // Centre-Val de Loire « Population cible », « Acteurs mobilisés » (000_afa51b918c030d0f.txt:928-929).
  ['action.fiche-item-missing (CVL: Public visé, Partenaires)', (m) => {
    setCell(actions(m), 0, 'Public visé', null);
    setCell(actions(m), 1, 'Partenaires', null);
  }, [`action.fiche-item-missing warning ${PA}!Q2`, `action.fiche-item-missing warning ${PA}!O3`], 'centre-val-de-loire'],
  ['action.fiche-item-missing (N: Public visé is « Le cas échéant »)', (m) => setCell(actions(m), 0, 'Public visé', null), []],
  // « Financements » (000_afa51b918c030d0f.txt:934): a budget, or commitments to the action.
  ['action.fiche-item-missing (CVL: no budget but commitments)', (m) => setCell(actions(m), 0, 'Budget prévisionnel (€)', null), [], 'centre-val-de-loire'],
  ['action.fiche-item-missing (CVL: neither budget nor commitment)', (m) => {
    const row = copyRow(actions(m), 5);
    setCell(actions(m), row, 'N° action', '4.1.2');
    setCell(actions(m), row, 'Budget prévisionnel (€)', null);
  }, [`evaluation.action-without-indicator error ${PA}!G8`, `action.fiche-item-missing warning ${PA}!V8`], 'centre-val-de-loire'],
  ['plan.theme-missing', (m) => {
    setCell(actions(m), 0, 'Thématique', 'Prévention et promotion de la santé');
    setCell(actions(m), 1, 'Thématique', 'Prévention et promotion de la santé');
  }, [`plan.theme-missing warning ${PA}!-`]],
  ['plan.theme-missing (CVL themes)', (m) => setCell(actions(m), 4, 'Thématique', 'Autre'),
    [`plan.theme-missing warning ${PA}!-`], 'centre-val-de-loire'],
  ['funding.action-required', (m) => setCell(fundings(m), 7, 'N° action', null),
    [`funding.action-underfunded warning ${PA}!V2`, 'funding.action-required error Financements!B9']],
  ['funding.action-unknown', (m) => setCell(fundings(m), 7, 'N° action', '9.9.9'),
    [`funding.action-underfunded warning ${PA}!V2`, 'funding.action-unknown error Financements!B9']],
  ['funding.funder-unknown', (m) => setCell(fundings(m), 22, 'Financeur', 'Fondation Santé Ouest'),
    ['funding.funder-unknown error Financements!C24']],
  // Slips the partner table's SUMIFS cannot count (seed 000_afa51b918c030d0f.txt:192): a finding at the cell.
  ['funding.funder-spelling', (m) => setCell(fundings(m), 9, 'Financeur', 'cpam '), ['funding.funder-spelling error Financements!C11']],
  ['funding.funder-spelling (an alias of the ARS keeps the coordination rules)', (m) => setCell(fundings(m), 2, 'Financeur', 'FIR (ARS)'),
    ['funding.funder-spelling error Financements!C4'], 'normandie'],
  ['funding.amount-not-counted', (m) => setCell(fundings(m), 9, 'Montant (€)', '3 000 €'), [
    `funding.action-underfunded warning ${PA}!V2`, 'cell.not-number error Financements!F11', 'funding.amount-not-counted error Financements!F11']],
  ['funding.year-not-counted', (m) => setCell(fundings(m), 9, 'Année', '2026'),
    ['cell.not-number error Financements!E11', 'funding.year-not-counted error Financements!E11']],
  ['funding.value-spelling', (m) => setCell(fundings(m), 9, 'Statut', 'acquis '),
    [`funding.action-underfunded warning ${PA}!V2`, 'funding.value-spelling error Financements!G11']],
  ['funding.amount-negative', (m) => setCell(fundings(m), 24, 'Montant (€)', -800), ['funding.amount-negative error Financements!F26']],
  ['funding.year-outside-contract', (m) => setCell(fundings(m), 23, 'Année', 2029), ['funding.year-outside-contract warning Financements!E25']],
  // Signed 15/03/2025 for 3 years, the contract runs until 14/03/2028: 2028 is one of its years.
  ['funding.year-outside-contract (the year the contract ends)', (m) => setCell(fundings(m), 23, 'Année', 2028), []],
  ['funding.year-outside-contract (an action the year before the signature)', (m) => setCell(fundings(m), 23, 'Année', 2024),
    ['funding.year-outside-contract warning Financements!E25']],
  // « Avant la signature : 6 mois à 1 an » (004_6c4d6d0ed7a0af23.txt:571): the diagnostic the year before is in the contract.
  ['funding.year-outside-contract (the diagnostic the year before the signature)', (m) => setCell(fundings(m), 6, 'Année', 2024), []],
  ['funding.year-outside-contract (the diagnostic two years before)', (m) => setCell(fundings(m), 6, 'Année', 2023),
    ['funding.year-outside-contract warning Financements!E8']],
  ['funding.line-duplicate', (m) => {
    const row = copyRow(fundings(m), 23);
    setCell(fundings(m), row, 'Montant (€)', 0);
  }, ['funding.line-duplicate warning Financements!C27']],
  ['funding.action-underfunded', (m) => setCell(actions(m), 0, 'Budget prévisionnel (€)', 15_000), [`funding.action-underfunded warning ${PA}!V2`]],
  ['funding.action-overfunded', (m) => setCell(actions(m), 0, 'Budget prévisionnel (€)', 10_000), [`funding.action-overfunded warning ${PA}!V2`]],
  ['funding.ars-coordination-cap (N)', (m) => setCell(fundings(m), 2, 'Montant (€)', 30_000), [
    'funding.ars-coordination-cap error Financements!F4',
    'funding.ars-coordination-share error Financements!F4',
    'funding.coordination-cofinancing error Financements!F4',
  ], 'normandie'],
  ['funding.ars-coordination-cap (CVL)', (m) => setCell(fundings(m), 2, 'Montant (€)', 30_000),
    ['funding.ars-coordination-cap error Financements!F4'], 'centre-val-de-loire'],
  ['funding.ars-coordination-cap (generic: no rule)', (m) => setCell(fundings(m), 2, 'Montant (€)', 30_000), [], 'generic'],
  ['funding.ars-coordination-share', (m) => {
    setParam(m, 'ETP coordination', 1.5);
    setCell(fundings(m), 2, 'Montant (€)', 30_000);
    setCell(fundings(m), 3, 'Montant (€)', 30_000);
  }, ['funding.ars-coordination-cap error Financements!F4', 'funding.ars-coordination-share error Financements!F4']],
  ['funding.coordination-cofinancing', (m) => setCell(fundings(m), 3, 'Montant (€)', 20_000),
    ['funding.coordination-cofinancing error Financements!F4']],
  ['funding.diagnostic-cap', (m) => {
    setParam(m, 'Diagnostic réalisé par', 'Prestataire externe');
    setCell(fundings(m), 6, 'Montant (€)', 12_000);
  }, ['funding.diagnostic-cap warning Financements!F8'], 'centre-val-de-loire'],
  ['funding.evaluation-cap', (m) => {
    fundings(m).rows.push(['Évaluation', null, 'ARS', 'Financier', 2027, 12_000, 'Acquis', 'Évaluation finale']);
  }, ['funding.evaluation-cap warning Financements!F27'], 'centre-val-de-loire'],
  // The annual financial review (004_6c4d6d0ed7a0af23.txt:829): paid at most what was committed, to the cent.
  ['funding.paid-exceeds-amount', (m) => insertColumn(fundings(m), 'Statut', 'Montant versé (€)', [25_000, 25_000.01, 24_999.99]),
    ['funding.paid-exceeds-amount error Financements!H3']],
  // « au cours de la dernière année du CLS » (004_6c4d6d0ed7a0af23.txt:833): signed 15/03/2025 for 3 years, from 15/03/2027.
  ['evaluation.final-not-in-last-year', evaluationLine(2026), ['evaluation.final-not-in-last-year warning Financements!E27']],
  ['evaluation.final-not-in-last-year (the last contract year starts in 2027)', evaluationLine(2027), []],
  ['evaluation.final-not-in-last-year (and ends in 2028)', evaluationLine(2028), []],
  ['evaluation.final-not-in-last-year (after the contract: year-outside-contract)', evaluationLine(2029),
    ['funding.year-outside-contract warning Financements!E27']],
  ['evaluation.final-not-in-last-year (Normandie only)', evaluationLine(2026), [], 'centre-val-de-loire'],
  ['governance.log-missing', (m) => {
    m.sheets = m.sheets.filter((s) => s !== 'Instances');
    m.tables = m.tables.filter((t) => t.name !== 'CLS_Instances');
  }, ['governance.log-missing info Instances!-']],
  ['governance.log-missing (generic: nothing to check)', (m) => {
    m.tables = m.tables.filter((t) => t.name !== 'CLS_Instances');
  }, [], 'generic'],
  // Year 1 (15/03/2025 – 14/03/2026) is over on 23/11/2026.
  ['governance.instance-frequency (N: no dialogue de gestion)', (m) => instances(m).rows.splice(3, 1),
    ['governance.instance-frequency warning Instances!-']],
  ['governance.instance-frequency (N: one COPIL is enough)', (m) => instances(m).rows.splice(2, 1), []],
  ['governance.instance-frequency (CVL: one COPIL is not)', (m) => instances(m).rows.splice(2, 1),
    ['governance.instance-frequency warning Instances!-'], 'centre-val-de-loire'],
  ['governance.instance-frequency (CVL: no COTECH frequency)', (m) => instances(m).rows.splice(0, 1), [], 'centre-val-de-loire'],
  ['evaluation.action-without-indicator', (m) => evaluation(m).rows.splice(8, 2),
    [`evaluation.action-without-indicator error ${PA}!G6`]],
  ['evaluation.action-unknown', (m) => setCell(evaluation(m), 0, 'N° action', '7.7.7'), ['evaluation.action-unknown error Évaluation!A2']],
  ['evaluation.no-result-indicator', (m) => setCell(evaluation(m), 1, "Type d'indicateur", 'Processus'),
    [`evaluation.no-result-indicator info ${PA}!G2`]],
  ['evaluation.when-imprecise', (m) => setCell(evaluation(m), 0, 'Quand évaluer', 'une fois par an'),
    ['evaluation.when-imprecise warning Évaluation!M2']],
  ['evaluation.target-missing', (m) => setCell(evaluation(m), 0, 'Valeur cible', null), ['evaluation.target-missing warning Évaluation!G2']],
  ['evaluation.measure-not-number', (m) => {
    setCell(evaluation(m), 0, 'Réalisé année 1', 'vingt-deux');
    setCell(evaluation(m), 2, 'Réalisé année 2', '1');
  }, ['evaluation.measure-not-number error Évaluation!H2', 'evaluation.measure-not-number error Évaluation!I4']],
];

/**
 * The parameters each case's own rule gives its findings (the first word of the case's name), worked out by hand from
 * the fixture (test/fixtures/cls-model.ts): signed 15/03/2025 for 3 years, so the contract runs to 14/03/2028; the
 * messages print them, so a rule that loses one says less than the guides ask.
 */
const CONTRACT = { start: '2025-03-15', end: '2028-03-14' };
const PARAMS: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  'params.duration-out-of-range': [{ min: 3, max: 5 }],
  'params.population-below-minimum': [{ minimum: 40_000 }],
  'action.number-malformed': [{}],
  // The first « 4.1.1 » is the sixth action, sheet row 7.
  'action.number-duplicate': [{ first: 'G7' }],
  'action.hierarchy-mismatch (action)': [{ child: '1.1.1', parent: '1.2', parentColumn: 'N° objectif spécifique' }],
  'action.hierarchy-mismatch (objective)': [{ child: '2.1', parent: '3', parentColumn: 'N° objectif général' }],
  'action.dates-inverted': [{ start: '2027-06-01', end: '2026-06-01' }],
  'action.dates-outside-contract (the day after)': [{ date: '2028-03-15', ...CONTRACT }],
  'action.dates-outside-contract (the day before the signature)': [{ date: '2025-03-14', ...CONTRACT }],
  'action.late': [{ end: '2026-06-30', status: 'En cours', asOf: '2026-11-23' }],
  'action.status-progress-mismatch': [{ status: 'Réalisée', percent: 80 }, { status: 'Non démarrée', percent: 20 }],
  'action.pilot-is-coordinator': [{ pilot: 'Claire Martin' }, { pilot: 'Coordinatrice CLS' }],
  "action.fiche-item-missing (N: Objectif de l'action empty)": [{ item: "Objectif général de l'action", column: "Objectif de l'action" }],
  'action.fiche-item-missing (CVL: Public visé, Partenaires)': [
    { item: 'Population cible', column: 'Public visé' },
    { item: 'Acteurs mobilisés', column: 'Partenaires' },
  ],
  'action.fiche-item-missing (CVL: neither budget nor commitment)': [{ item: 'Financements', column: 'Budget prévisionnel (€)' }],
  'plan.theme-missing': [{ theme: 'Santé mentale', since: '2022-02-21' }],
  'plan.theme-missing (CVL themes)': [{ theme: 'Santé environnementale', since: '2023-01-01' }],
  'funding.action-required': [{}],
  'funding.action-unknown': [{ action: '9.9.9' }],
  'funding.funder-unknown': [{ funder: 'Fondation Santé Ouest' }],
  'funding.funder-spelling': [{ funder: 'cpam ', suggestion: 'CPAM' }],
  'funding.funder-spelling (an alias of the ARS keeps the coordination rules)': [{ funder: 'FIR (ARS)', suggestion: 'ARS' }],
  'funding.amount-not-counted': [{ suggestion: 3_000 }],
  'funding.year-not-counted': [{ suggestion: 2026 }],
  'funding.value-spelling': [{ typed: 'acquis ', expected: 'Acquis' }],
  'funding.amount-negative': [{ amountCents: -80_000 }],
  // Calendar years 2025 to 2028; a diagnostic may come the year before the signature.
  'funding.year-outside-contract': [{ year: 2029, first: 2025, last: 2028 }],
  'funding.year-outside-contract (an action the year before the signature)': [{ year: 2024, first: 2025, last: 2028 }],
  'funding.year-outside-contract (the diagnostic two years before)': [{ year: 2023, first: 2024, last: 2028 }],
  // The copied line is the 24th of the fundings, sheet row 25.
  'funding.line-duplicate': [{ firstRow: 25 }],
  // Action 1.1.1 is committed 6 000 + 3 000 + 3 000 = 12 000 €.
  'funding.action-underfunded': [{ action: '1.1.1', budgetCents: 1_500_000, committedCents: 1_200_000, remainingCents: 300_000 }],
  'funding.action-overfunded': [{ action: '1.1.1', budgetCents: 1_000_000, committedCents: 1_200_000, excessCents: 200_000 }],
  'funding.ars-coordination-cap (N)': [{ year: 2026, arsCents: 3_000_000, capCents: 2_500_000, posts: 1, profile: 'normandie' }],
  'funding.ars-coordination-cap (CVL)': [{ year: 2026, arsCents: 3_000_000, capCents: 2_500_000, posts: 1, profile: 'centre-val-de-loire' }],
  // Half of the 50 000 € post, whatever the FTE.
  'funding.ars-coordination-share': [{ year: 2026, arsCents: 3_000_000, shareCapCents: 2_500_000, costCents: 5_000_000, fte: 1.5 }],
  'funding.coordination-cofinancing': [{ year: 2026, arsCents: 2_500_000, othersCents: 2_000_000, othersValuedCents: 0, missingCents: 500_000 }],
  'funding.diagnostic-cap': [{ object: 'Diagnostic', arsCents: 1_200_000, capCents: 1_000_000 }],
  'funding.evaluation-cap': [{ object: 'Évaluation', arsCents: 1_200_000, capCents: 1_000_000 }],
  'funding.paid-exceeds-amount': [{ paidCents: 2_500_001, amountCents: 2_500_000, excessCents: 1 }],
  'evaluation.final-not-in-last-year': [{ year: 2026, from: '2027-03-15', to: '2028-03-14' }],
  'governance.log-missing': [{ table: 'CLS_Instances', sheet: 'Instances' }],
  'governance.instance-frequency (N: no dialogue de gestion)': [
    { instance: 'Dialogue de gestion', year: 1, from: '2025-03-15', to: '2026-03-14', count: 0, minimum: 1 },
  ],
  'governance.instance-frequency (CVL: one COPIL is not)': [{ instance: 'COPIL', year: 1, from: '2025-03-15', to: '2026-03-14', count: 1, minimum: 2 }],
  'evaluation.action-without-indicator': [{ action: '3.2.1' }],
  'evaluation.action-unknown': [{ action: '7.7.7' }],
  'evaluation.no-result-indicator': [{ action: '1.1.1' }],
  'evaluation.when-imprecise': [{}],
  'evaluation.target-missing': [{ indicator: 'Nombre de personnes formées' }],
  'evaluation.measure-not-number': [{ year: 1 }, { year: 2, suggestion: 1 }],
};

describe('rule catalogue on the fixture CLS', () => {
  it('the clean CLS gives no finding in any profile', async () => {
    for (const profile of ['normandie', 'centre-val-de-loire', 'generic'] as const) {
      expect(brief(await validateFixture(undefined, { profile }))).toEqual([]);
    }
  });

  const rows = CASES.map(([name, edit, expected, profile]) => ({ name, edit, expected, profile }));
  it.each(rows)('$name', async ({ edit, expected, profile }) => {
    const report = await validateFixture(edit, profile ? { profile } : {});
    expect(brief(report)).toEqual(expected);
    for (const finding of report.findings) {
      for (const lang of ['fr', 'en'] as const) {
        const { message, suggestion } = renderFinding(finding, lang);
        expect(`${message} ${suggestion ?? ''}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it.each(Object.keys(PARAMS))('%s: the parameters of its findings', async (name) => {
    const [, edit, , profile] = CASES.find(([n]) => n === name) ?? [];
    if (!edit) throw new Error(`no case ${name}`);
    const rule = name.split(' ')[0];
    const report = await validateFixture(edit, profile ? { profile } : {});
    expect(report.findings.filter((f) => f.rule === rule).map((f) => f.params)).toEqual(PARAMS[name]);
  });

  it('covers every rule id of the catalogue', () => {
    const covered = new Set(CASES.flatMap(([, , expected]) => expected.map((line) => line.split(' ')[0])));
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('totals', () => {
  it('count a funder typed in another case as the partner of the list', async () => {
    const report = await validateFixture((m) => setCell(fundings(m), 17, 'Financeur', 'caf'));
    expect(brief(report)).toEqual([]);
    expect(Object.keys(report.totals.byFunderCents)).not.toContain('caf');
    expect(report.totals.byFunderCents['CAF']).toBe(450_000);
  });
});

describe('reported values', () => {
  it('gives a date cell of a finding as an ISO date, and a text typed in a date column as typed', async () => {
    const report = await validateFixture((m) => {
      setCell(actions(m), 0, 'Statut', 'En cours');
      setCell(actions(m), 0, 'Avancement (%)', 0.9);
      setCell(actions(m), 1, 'Début', 'bientôt');
    });
    expect(report.findings.find((f) => f.rule === 'action.late')?.value).toBe('2026-06-30');
    expect(report.findings.find((f) => f.rule === 'cell.not-date')?.value).toBe('bientôt');
  });
});

/** The findings' messages in English, one per rule id. */
import { ARS_COORDINATION_CAP_CENTS, ARS_COORDINATION_SHARE } from '../../domain/totals';
import { formatEuros, formatNumber, formatPercent } from '../../domain/values/format';
import type { Messages } from '../../domain/messages/types';
import { d, n, p } from '../../domain/messages/types';

const eur = (cents: number): string => formatEuros(cents, 'en');
const num = (value: number): string => formatNumber(value, 'en');
const date = (x: Parameters<typeof p>[0], key: string): string => d(x, key, 'en');

export const findings: Messages = {
  'structure.table-missing': (x) => ({
    message: `Table ${p(x, 'table')} not found (no Excel table of that name, no "${p(x, 'sheet')}" sheet with its headers).`,
    suggestion: 'Create the tables with the "Create" button of the Tableaux CLS pane, or rename the existing table.',
  }),
  'structure.column-missing': (x) => ({
    message: `Required column "${p(x, 'header')}" is missing.`,
    suggestion: `Add a column headed "${p(x, 'header')}" (or fix the renamed header).`,
  }),
  'structure.column-duplicate': (x) => ({ message: `Column "${p(x, 'header')}" appears twice: only the first is read.`, suggestion: 'Rename or remove the duplicate column.' }),
  'structure.column-unknown': (x) => ({
    message: `Column "${p(x, 'header')}" is not in the template: kept as is, not checked.`,
    suggestion: 'Nothing to do if you use this column; if it is a template column renamed, give it back its exact name.',
  }),
  'structure.blank-row': (x) =>
    x['rows'] === undefined
      ? { message: 'Empty row inside the table.', suggestion: 'Delete the empty row to keep the table continuous.' }
      : { message: `${num(n(x, 'rows'))} empty rows inside the table (rows ${p(x, 'first')} to ${p(x, 'last')}).`, suggestion: 'Delete the empty rows to keep the table continuous.' },
  'cell.formula-error': (x) => ({ message: `The cell holds the error ${p(x, 'code')}.`, suggestion: 'Fix the formula (a deleted reference gives #REF!).' }),
  'cell.formula-uncalculated': () => ({
    message: 'Formula not calculated: the workbook was saved without its result, which is neither checked nor counted in totals.',
    suggestion: 'Open and save the workbook in Excel or LibreOffice.',
  }),
  'cell.not-number': (x) => ({
    message:
      x['outOfRange'] === undefined
        ? 'Text where a number belongs: it will not be counted in totals.'
        : `Number out of range (${p(x, 'outOfRange')}, beyond ${num(n(x, 'limit'))}): it will not be counted in totals.`,
    suggestion:
      x['suggestion'] !== undefined
        ? `Enter the number ${x['year'] === undefined ? num(n(x, 'suggestion')) : p(x, 'suggestion')} (a numeric value, no text).`
        : x['outOfRange'] !== undefined
          ? 'Check the number typed: one key too many?'
          : 'Enter a number alone, without text or unit (for example 1500.50).',
  }),
  'cell.not-date': (x) => ({
    message: x['outOfRange'] === undefined ? 'This value is not a date.' : `The number ${p(x, 'outOfRange')} is outside possible dates (serial numbers 1 to ${num(n(x, 'limit'))}, up to 31 December 9999).`,
    suggestion: x['suggestion'] === undefined ? 'Enter a date as dd/mm/yyyy.' : `Enter ${p(x, 'suggestion')}.`,
  }),
  'cell.not-in-list': (x) => ({
    message: 'Value outside the allowed list.',
    suggestion: x['suggestion'] === undefined ? `Choose one of: ${p(x, 'list')}.` : `Did you mean "${p(x, 'suggestion')}"? Pick it from the drop-down list.`,
  }),
  'cell.required-missing': (x, f) =>
    x['parameter'] === undefined
      ? { message: `"${f.column ?? ''}" is empty: it is a required item of the action sheet.`, suggestion: `Fill in "${f.column ?? ''}" for this row.` }
      : { message: `Parameter "${p(x, 'parameter')}" is empty.`, suggestion: `Fill in "${p(x, 'parameter')}" on the Paramètres sheet.` },
  'params.duration-out-of-range': (x) => ({
    message: `The CLS duration must be between ${p(x, 'min')} and ${p(x, 'max')} years.`,
    suggestion: 'Enter a duration of 3, 4 or 5 years.',
  }),
  'params.population-below-minimum': (x) => ({
    message: `Population covered is below the recommended minimum of ${num(n(x, 'minimum'))} inhabitants (ARS Centre-Val de Loire).`,
    suggestion: 'Check the territory’s population on the Paramètres sheet; below this threshold, the CLS perimeter is to be discussed with the ARS.',
  }),
  'action.number-malformed': () => ({
    message: 'Malformed action number: expected goal.objective.action, e.g. 12.1.1.',
    suggestion: 'Number the action with three numbers separated by dots: general goal, specific objective, action (12.1.1).',
  }),
  'action.number-duplicate': (x) => ({ message: `This action number is already used in ${p(x, 'first')}.`, suggestion: 'Give each action a unique number.' }),
  'action.hierarchy-mismatch': (x) => ({
    message: `${p(x, 'child')} does not extend ${p(x, 'parent')} (${p(x, 'parentColumn')}).`,
    suggestion: `The number must start with ${p(x, 'parent')}. followed by one level.`,
  }),
  'action.dates-inverted': (x) => ({
    message: `The end (${date(x, 'end')}) is before the start (${date(x, 'start')}).`,
    suggestion: 'Correct the start or the end date: the end comes after the start.',
  }),
  'action.dates-outside-contract': (x) => ({
    message: `Date ${date(x, 'date')} is outside the contract period (${date(x, 'start')} to ${date(x, 'end')}).`,
    suggestion: 'Bring the date within the contract period, or check the signature date and duration on the Paramètres sheet.',
  }),
  'action.late': (x) => ({
    message: `Late action: planned end ${date(x, 'end')}, status "${p(x, 'status') || 'empty'}" as of ${date(x, 'asOf')}.`,
    suggestion: 'Update the status (Réalisée, Reportée…) or the end date.',
  }),
  'action.status-progress-mismatch': (x) => ({
    message: `Status "${p(x, 'status')}" contradicts a progress of ${p(x, 'percent')}%.`,
    suggestion: 'Make status and progress agree: "Réalisée" goes with 100%, "Non démarrée" with 0%.',
  }),
  'action.pilot-is-coordinator': (x) => ({
    message: `The pilot (${p(x, 'pilot')}) is the CLS coordinator: allowed only if the job description says so.`,
    suggestion: 'Appoint a pilot expert in the theme; the coordinator may be co-pilot.',
  }),
  'action.fiche-item-missing': (x) => ({
    message: `Fiche action: the item "${p(x, 'item')}" (column "${p(x, 'column')}") is empty.`,
    suggestion: x['item'] === 'Financements' ? 'Give the planned budget or at least one commitment in Financements.' : 'Fill in the cell.',
  }),
  'plan.theme-missing': (x) => ({
    message: `No action in the "${p(x, 'theme')}" volet, mandatory for every CLS signed or renewed since ${date(x, 'since')}.`,
    suggestion: 'Add at least one action to this volet (column "Thématique").',
  }),
  'funding.action-required': () => ({
    message: 'Objet "Action" without an action number: the commitment cannot be attached.',
    suggestion: 'Enter the number of the funded action, or choose another objet (Coordination, Diagnostic, Évaluation…).',
  }),
  'funding.action-unknown': (x) => ({
    message: `Action ${p(x, 'action')} is not in the action plan.`,
    suggestion: `Correct the number (it must be in the action plan), or add action ${p(x, 'action')} to the action plan.`,
  }),
  'funding.funder-unknown': (x) => ({
    message: `Funder "${p(x, 'funder')}" is not in the partner list: this commitment is counted in no column of the partner-engagement table (only in its total).`,
    suggestion:
      x['partner'] === undefined
        ? 'Add it to table CLS_Financeurs or choose a partner of the list.'
        : `The guides know this partner ("${p(x, 'partner')}"): add it to table CLS_Financeurs under that name, then regenerate the partner-engagement table.`,
  }),
  'funding.funder-spelling': (x) => ({
    message: `Funder "${p(x, 'funder')}" is written differently from the partner list: this commitment is counted in no column of the partner-engagement table.`,
    suggestion: `Did you mean "${p(x, 'suggestion').split('\n').join('" or "')}"? Write the name exactly as in the list (table CLS_Financeurs).`,
  }),
  'funding.amount-not-counted': (x) => ({
    message: 'Amount typed as text: it is counted neither in the partner-engagement table nor in the totals.',
    suggestion: x['suggestion'] === undefined ? 'Type the amount as a number, without text.' : `Type the number ${num(n(x, 'suggestion'))}.`,
  }),
  'funding.year-not-counted': (x) => ({
    message: 'Year typed as text: the commitment counts in the "Toutes" (all years) total of the partner-engagement table, but in no year.',
    suggestion: x['suggestion'] === undefined ? 'Type the year as a number (yyyy).' : `Type ${p(x, 'suggestion')} as a number.`,
  }),
  'funding.value-spelling': (x) => ({
    message: `"${p(x, 'typed')}" is not counted in the partner-engagement table: its formulas expect "${p(x, 'expected')}" exactly (spaces and accents included).`,
    suggestion: `Write "${p(x, 'expected')}".`,
  }),
  'funding.amount-negative': (x) => ({
    message: `Negative amount (${eur(n(x, 'amountCents'))}).`,
    suggestion: 'Enter the amount as a positive number; a reduction is written by lowering the committed amount.',
  }),
  'funding.year-outside-contract': (x) => ({
    message: `Year ${p(x, 'year')} is outside the contract (${p(x, 'first')}–${p(x, 'last')}).`,
    suggestion: `Correct the year (${p(x, 'first')} to ${p(x, 'last')}), or check the signature date and duration on the Paramètres sheet.`,
  }),
  'funding.line-duplicate': (x) => ({
    message: `Duplicate commitment (same objet, action, funder, nature and year as row ${p(x, 'firstRow')}).`,
    suggestion: 'Merge both amounts into one row.',
  }),
  'funding.action-underfunded': (x) => ({
    message: `Action ${p(x, 'action')}: ${eur(n(x, 'committedCents'))} committed out of a ${eur(n(x, 'budgetCents'))} budget; still to find ${eur(n(x, 'remainingCents'))}.`,
    suggestion: `Find ${eur(n(x, 'remainingCents'))} of co-funding, or revise the action’s planned budget.`,
  }),
  'funding.action-overfunded': (x) => ({
    message: `Action ${p(x, 'action')}: ${eur(n(x, 'committedCents'))} committed for a ${eur(n(x, 'budgetCents'))} budget (${eur(n(x, 'excessCents'))} over).`,
    suggestion: `Check the action’s commitments, or raise its planned budget to ${eur(n(x, 'committedCents'))}.`,
  }),
  'funding.ars-coordination-cap': (x) => ({
    message:
      n(x, 'posts') > 1
        ? `${p(x, 'year')}: the ARS funds coordination with ${eur(n(x, 'arsCents'))}, above the ${eur(n(x, 'capCents'))} cap (${eur(ARS_COORDINATION_CAP_CENTS)} a year for each post, ${p(x, 'posts')} posts).`
        : `${p(x, 'year')}: the ARS funds coordination with ${eur(n(x, 'arsCents'))}, above the annual cap of ${eur(n(x, 'capCents'))}.`,
    suggestion: 'The cap is annual, whatever the working time of the post: bring the ARS share down to it and complete with other partners.',
  }),
  'funding.ars-coordination-share': (x) => ({
    message: `${p(x, 'year')}: the ARS share of coordination (${eur(n(x, 'arsCents'))}) exceeds ${formatPercent(ARS_COORDINATION_SHARE, 'en')} of the annual post cost (${eur(n(x, 'shareCapCents'))} of ${eur(n(x, 'costCents'))}, ${num(n(x, 'fte'))} FTE).`,
    suggestion: `Bring the ARS share down to ${eur(n(x, 'shareCapCents'))} at most, and complete with other partners.`,
  }),
  'funding.coordination-cofinancing': (x) => ({
    message: `${p(x, 'year')}: coordination co-financing too low: ${eur(n(x, 'othersCents'))} from other partners (of which ${eur(n(x, 'othersValuedCents'))} in valued means) for ${eur(n(x, 'arsCents'))} from the ARS.`,
    suggestion: `${eur(n(x, 'missingCents'))} of co-financing (local authority or other partners) is missing for an equal share.`,
  }),
  'funding.diagnostic-cap': (x) => ({
    message: `Diagnostic by an external provider: the ARS share (${eur(n(x, 'arsCents'))}) exceeds ${eur(n(x, 'capCents'))}.`,
    suggestion: `Bring the ARS share down to ${eur(n(x, 'capCents'))} at most; the rest of the diagnostic is for other partners to fund.`,
  }),
  'funding.evaluation-cap': (x) => ({
    message: `Final evaluation by an external provider: the ARS share (${eur(n(x, 'arsCents'))}) exceeds ${eur(n(x, 'capCents'))}.`,
    suggestion: `Bring the ARS share down to ${eur(n(x, 'capCents'))} at most; the rest of the evaluation is for other partners to fund.`,
  }),
  'funding.paid-exceeds-amount': (x) => ({
    message: `Amount paid (${eur(n(x, 'paidCents'))}) exceeds the amount committed (${eur(n(x, 'amountCents'))}) by ${eur(n(x, 'excessCents'))}.`,
    suggestion: 'Correct the amount paid, or raise the amount committed to what was granted.',
  }),
  'evaluation.action-without-indicator': (x) => ({
    message: `Action ${p(x, 'action')} has no indicator in the evaluation grid.`,
    suggestion: 'Add at least one indicator (process and, if possible, result).',
  }),
  'evaluation.action-unknown': (x) => ({
    message: `Action ${p(x, 'action')} is not in the action plan.`,
    suggestion: `Correct the number (it must be in the action plan), or add action ${p(x, 'action')} to the action plan.`,
  }),
  'evaluation.no-result-indicator': (x) => ({ message: `Action ${p(x, 'action')} has process indicators only.`, suggestion: 'Add a result indicator if possible.' }),
  'evaluation.when-imprecise': () => ({ message: '"Quand évaluer" must give the month and the year.', suggestion: 'For example 03/2026 or "mars 2026".' }),
  'evaluation.target-missing': () => ({ message: 'Quantitative indicator without a target value.', suggestion: 'Enter the expected value in the "Valeur cible" column.' }),
  'evaluation.measure-not-number': (x) => ({
    message: `Réalisé année ${p(x, 'year')}: a quantitative indicator expects a number.`,
    suggestion: x['suggestion'] === undefined ? 'Enter the measured number, without text; a comment goes in another column.' : `Enter ${num(n(x, 'suggestion'))}.`,
  }),
  'evaluation.final-not-in-last-year': (x) => ({
    message: `Evaluation funded in ${p(x, 'year')}: the final evaluation takes place in the CLS's last year (${date(x, 'from')} to ${date(x, 'to')}).`,
    suggestion: 'Check the commitment year, or choose another object if this is not the final evaluation.',
  }),
  'governance.log-missing': (x) => ({
    message: `No governance log (table ${p(x, 'table')}, sheet "${p(x, 'sheet')}"): the annual review (COPIL, COTECH, dialogue de gestion) cannot be checked.`,
    suggestion: 'Create the table with the "Create" button and record each meeting with its date.',
  }),
  'governance.instance-frequency': (x) => ({
    message: `Contract year ${p(x, 'year')} (${date(x, 'from')} to ${date(x, 'to')}): ${p(x, 'count')} ${p(x, 'instance')} recorded, at least ${p(x, 'minimum')} expected.`,
    suggestion: 'Add the meetings held to the governance log, with their dates.',
  }),
};

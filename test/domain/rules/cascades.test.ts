/**
 * Cascades under their root cause: an action whose number was erased makes every commitment and indicator naming it
 * « unknown »; those findings point at the missing number, which sorts first in its table although only a warning.
 */
import { tableOf, setCell } from '../../fixtures/cls-model';
import { brief, validateFixture } from './harness';

describe('a missing action number and its consequences', () => {
  it('links each unknown-action finding to the one action without a number, and sorts that root first', async () => {
    const report = await validateFixture((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      const row = actions.rows.findIndex((r) => r[actions.headers.indexOf('N° action')] === '1.1.1');
      setCell(actions, row, 'N° action', null);
    });
    const root = report.findings.find((f) => f.rule === 'cell.required-missing' && f.column === 'N° action');
    expect(root).toBeDefined();
    const unknown = report.findings.filter((f) => f.rule === 'funding.action-unknown' || f.rule === 'evaluation.action-unknown');
    expect(unknown.length).toBeGreaterThan(1);
    expect(unknown.every((f) => f.params['action'] === '1.1.1')).toBe(true);
    expect(unknown.map((f) => f.cause)).toEqual(unknown.map(() => ({ rule: 'cell.required-missing', sheet: root!.sheet, cell: root!.cell })));
    // First of the action plan's findings, before its errors: what to fix first.
    const plan = brief(report).filter((line) => line.includes("Plan d'action!"));
    expect(plan[0]).toBe(`cell.required-missing warning Plan d'action!${root!.cell}`);
  });

  it('links nothing when two actions lack their number (which one is meant cannot be known)', async () => {
    const report = await validateFixture((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      const number = actions.headers.indexOf('N° action');
      for (const n of ['1.1.1', '1.1.2']) setCell(actions, actions.rows.findIndex((r) => r[number] === n), 'N° action', null);
    });
    expect(report.findings.filter((f) => f.rule.endsWith('.action-unknown')).length).toBeGreaterThan(1);
    expect(report.findings.filter((f) => f.cause !== undefined)).toEqual([]);
  });

  it('otherwise sorts errors, then warnings, then infos within each table', async () => {
    const report = await validateFixture((m) => {
      const fundings = tableOf(m, 'CLS_Financements');
      setCell(fundings, 5, 'Montant (€)', 'mille');
      setCell(fundings, 1, 'Financeur', 'Fondation Inconnue');
    });
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (const table of new Set(report.findings.map((f) => f.table))) {
      const ranks = report.findings.filter((f) => f.table === table).map((f) => rank[f.severity]);
      expect([table, ranks]).toEqual([table, [...ranks].sort((a, b) => a - b)]);
    }
  });
});

/** What a COPIL asks first, in the synthesis: late actions, undated indicators, actions nobody funds — with their cells. */
import { day, setCell, tableOf } from '../fixtures/cls-model';
import { validateFixture } from './rules/harness';

describe('the synthesis for the COPIL', () => {
  it('lists exactly the late actions (the rule’s findings), the indicators without « Quand ? », and the actions without any commitment', async () => {
    const clean = await validateFixture();
    const report = await validateFixture((m) => {
      const actions = tableOf(m, 'CLS_Actions');
      const number = actions.headers.indexOf('N° action');
      const row = (n: string) => actions.rows.findIndex((r) => r[number] === n);
      setCell(actions, row('1.1.1'), 'Fin', day(2026, 6, 1));
      setCell(actions, row('1.1.1'), 'Statut', 'En cours');
      const evaluation = tableOf(m, 'CLS_Evaluation');
      setCell(evaluation, 0, 'Quand évaluer', null);
      const fundings = tableOf(m, 'CLS_Financements');
      const action = fundings.headers.indexOf('N° action');
      fundings.rows = fundings.rows.filter((r) => r[action] !== '1.1.2');
    });
    const late = report.synthesis.lateActions.filter((a) => !clean.synthesis.lateActions.some((c) => c.action === a.action));
    expect(late).toEqual([expect.objectContaining({ action: '1.1.1', end: '2026-06-01', sheet: "Plan d'action" })]);
    expect(report.synthesis.lateActions).toHaveLength(report.findings.filter((f) => f.rule === 'action.late').length);
    const undated = report.synthesis.undatedIndicators.filter((i) => !clean.synthesis.undatedIndicators.some((c) => c.cell === i.cell));
    expect(undated).toHaveLength(1);
    expect(undated[0]).toMatchObject({ sheet: 'Évaluation', cell: expect.stringMatching(/2$/) });
    const unfunded = report.synthesis.unfundedActions.filter((a) => !clean.synthesis.unfundedActions.some((c) => c.action === a.action));
    expect(unfunded).toEqual([expect.objectContaining({ action: '1.1.2', sheet: "Plan d'action" })]);
    expect(unfunded[0]?.cell).toMatch(/^[A-Z]+\d+$/);
  });
});

/** A comparison of two versions as text (80 columns) and as JSON (amounts in euros). */
import { TEXTS } from './texts';
import { signedEuros, describeActionChange, describeCommitmentChange, describeMeasure } from '../domain/diff/describe';
import type { Commitment, WorkbookDiff } from '../domain/diff';
import { DIFF_TEXTS } from '../domain/diff/texts';
import type { Lang } from '../domain/report';
import { formatEuros } from '../domain/values/format';
import { centsToEuros } from '../domain/values/money';
import { textTable, TEXT_WIDTH, wrap } from './columns';

const isEmpty = (d: WorkbookDiff): boolean =>
  d.commitments.length + d.actions.length + d.measures.length + d.partnersAdded.length + d.partnersRemoved.length === 0 && d.money.length === 0;

/** The comparison for a terminal. */
export function renderDiffText(diff: WorkbookDiff, beforeFile: string, afterFile: string, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  const colon = TEXTS[lang].colon;
  const eur = (cents: number): string => formatEuros(cents, lang);
  const lines = [
    ...wrap(`${t.title} — ${[diff.name, diff.territory].filter((x) => x !== null).join(' — ')}`),
    ...wrap(t.versions(beforeFile, afterFile)),
    '',
  ];
  if (isEmpty(diff)) return `${[...lines, ...wrap(t.nothing)].join('\n')}\n`;
  const { beforeCents, afterCents } = diff.committed;
  lines.push(...wrap(`${t.committed}${colon} ${eur(beforeCents)} → ${eur(afterCents)} (${signedEuros(afterCents - beforeCents, lang)})`));
  const moneyRows = [
    ...diff.money.map((m) => [m.partner, eur(m.beforeCents), eur(m.afterCents), signedEuros(m.afterCents - m.beforeCents, lang)]),
    ...(diff.unlisted.beforeCents !== diff.unlisted.afterCents
      ? [[t.unlisted, eur(diff.unlisted.beforeCents), eur(diff.unlisted.afterCents), signedEuros(diff.unlisted.afterCents - diff.unlisted.beforeCents, lang)]]
      : []),
  ];
  if (moneyRows.length > 0) {
    lines.push(
      '',
      t.byPartner,
      ...textTable(
        [
          { header: t.partner, align: 'left', flexible: true },
          { header: t.before, align: 'right' },
          { header: t.after, align: 'right' },
          { header: t.delta, align: 'right' },
        ],
        moneyRows,
      ),
    );
  }
  const mark = { added: '+', removed: '−', changed: '~' } as const;
  const word = { added: t.added, removed: t.removed, changed: t.changed } as const;
  const hang = ' '.repeat(4);
  if (diff.commitments.length > 0) {
    lines.push('', t.commitments);
    for (const c of diff.commitments) {
      const at = c.kind === 'removed' ? c.before.cell : c.after.cell;
      lines.push(...wrap(`${mark[c.kind]} ${word[c.kind]} (${at})${colon} ${describeCommitmentChange(c, lang)}`, TEXT_WIDTH, '  ', hang));
    }
  }
  if (diff.actions.length > 0) {
    lines.push('', t.actions);
    for (const a of diff.actions) lines.push(...wrap(`${mark[a.kind]} ${a.action} ${a.title}${colon} ${describeActionChange(a, lang)}`, TEXT_WIDTH, '  ', hang));
  }
  if (diff.measures.length > 0) {
    lines.push('', t.measures);
    for (const m of diff.measures) lines.push(...wrap(`${m.kind === 'measured' ? '+' : '~'} ${m.action} ${m.indicator}${colon} ${describeMeasure(m, lang)}`, TEXT_WIDTH, '  ', hang));
  }
  if (diff.partnersAdded.length > 0) lines.push('', ...wrap(`${t.partnersAdded}${colon} ${diff.partnersAdded.join(', ')}`));
  if (diff.partnersRemoved.length > 0) lines.push('', ...wrap(`${t.partnersRemoved}${colon} ${diff.partnersRemoved.join(', ')}`));
  return `${lines.join('\n')}\n`;
}

const commitmentJson = (c: Commitment): Record<string, unknown> => ({
  cell: c.cell,
  row: c.row,
  object: c.object,
  action: c.action,
  funder: c.funder,
  nature: c.nature,
  year: c.year,
  amount: c.amountCents === null ? null : centsToEuros(c.amountCents),
  status: c.status,
});

/** The comparison as one JSON object. */
export function diffJson(diff: WorkbookDiff, beforeFile: string, afterFile: string): Record<string, unknown> {
  return {
    before: beforeFile,
    after: afterFile,
    cls: { name: diff.name, territory: diff.territory },
    committed: { before: centsToEuros(diff.committed.beforeCents), after: centsToEuros(diff.committed.afterCents), delta: centsToEuros(diff.committed.afterCents - diff.committed.beforeCents) },
    byPartner: Object.fromEntries(
      diff.money.map((m) => [m.partner, { before: centsToEuros(m.beforeCents), after: centsToEuros(m.afterCents), delta: centsToEuros(m.afterCents - m.beforeCents) }]),
    ),
    unlisted: { before: centsToEuros(diff.unlisted.beforeCents), after: centsToEuros(diff.unlisted.afterCents) },
    commitments: diff.commitments.map((c) =>
      c.kind === 'added'
        ? { kind: c.kind, after: commitmentJson(c.after) }
        : c.kind === 'removed'
          ? { kind: c.kind, before: commitmentJson(c.before) }
          : { kind: c.kind, fields: c.fields, before: commitmentJson(c.before), after: commitmentJson(c.after) },
    ),
    actions: diff.actions.map((a) => ({
      kind: a.kind,
      action: a.action,
      title: a.title,
      changes: a.changes.map((c) => ({ field: c.field, before: c.field === 'budget' && typeof c.before === 'number' ? centsToEuros(c.before) : c.before, after: c.field === 'budget' && typeof c.after === 'number' ? centsToEuros(c.after) : c.after })),
    })),
    measures: diff.measures,
    partnersAdded: diff.partnersAdded,
    partnersRemoved: diff.partnersRemoved,
  };
}

/** The import's report: the mapping, the conservation of money and what was skipped, as text or JSON. */
import type { ImportMapping, ImportResult, Proposal, SkipReason } from '../domain/import';
import { skippedByReason } from '../domain/import/summary';
import type { Lang } from '../domain/report';
import { formatEuros } from '../domain/values/format';
import { contractHeader } from '../domain/import/vocabulary';
import type { ImportTexts } from './import-texts';
import { rowSummary } from '../domain/messages/import';

const MAX_LISTED = 8;

/** The mapping, one block per area. */
export function mappingText(mapping: ImportMapping, texts: ImportTexts): string {
  const lines = [texts.areasTitle];
  mapping.areas.forEach((area, i) => {
    lines.push(`  ${i + 1}. ${texts.kind[area.kind]} — ${area.id} (${texts.headerLine(area.headerRow, area.firstRow, area.lastRow)})${area.include ? '' : ` — ${texts.excluded}`}`);
    if (area.kind === 'partner-matrix') {
      lines.push(`     ${texts.labels}${texts.colon}${area.labelColumns.join(', ')}`);
      const partners = area.partnerColumns.map((p) => `${p.column} ${texts.quoted(p.header)} → ${p.funder} (${p.year ?? mapping.year ?? texts.noYear})`);
      lines.push(`     ${texts.partners}${texts.colon}${partners.join(', ')}`);
      if (area.otherColumns.length > 0) lines.push(`     ${texts.otherColumns}${texts.colon}${area.otherColumns.map((o) => `${o.column} ${texts.quoted(o.header)} (${texts.role[o.role]})`).join(', ')}`);
      lines.push(`     ${texts.natureStatus(area.nature, area.status)}`);
    } else if (area.kind === 'action-fiche') {
      const read = Object.entries(area.lines).flatMap(([field, line]) => (line === undefined ? [] : [`${line.column}${line.row} ${texts.quoted(line.label)} → ${contractHeader(area.kind, field)}`]));
      lines.push(`     ${read.join(', ')}`);
    } else {
      lines.push(`     ${Object.entries(area.columns).map(([field, column]) => `${column} → ${contractHeader(area.kind, field)}`).join(', ')}`);
    }
  });
  return lines.join('\n');
}

/** Conservation, skipped cells grouped by reason, skipped rows, counts and notes. */
export function resultText(result: ImportResult, texts: ImportTexts, lang: Lang): string {
  const euros = (cents: number): string => formatEuros(cents, lang);
  const lines = [texts.conservationTitle];
  for (const c of result.conservation) {
    lines.push(`  ${texts.conservationLine(c.area, euros(c.sourceCents), euros(c.importedCents), euros(c.budgetCents), euros(c.skippedCents), c.numbers, c.balanced)}`);
  }
  if (result.skippedCells.length > 0) {
    lines.push('', texts.skippedTitle);
    for (const { reason, cells, cents } of skippedByReason(result)) {
      const listed = cells.slice(0, MAX_LISTED).map((c) => `${c.sheet}!${c.cell}${c.cents === null ? ` ${texts.quoted(String(c.value))}` : ''}`);
      lines.push(`  ${texts.reason[reason]}${texts.colon}${texts.cells(cells.length)}, ${euros(cents)} — ${listed.join(', ')}${cells.length > MAX_LISTED ? '…' : ''}`);
    }
  }
  if (result.skippedRows.length > 0) {
    lines.push('', texts.rowsTitle);
    for (const r of result.skippedRows) lines.push(`  ${r.sheet}!${r.row} ${texts.quoted(rowSummary(r.cells, lang))} — ${texts.reason[r.reason satisfies SkipReason]}`);
  }
  lines.push('', texts.counts(result.actions.length, result.fundings.length, result.indicators.length, result.extraFunders));
  if (result.notes.length > 0) {
    lines.push('', texts.notesTitle);
    for (const n of result.notes) lines.push(`  ${texts.note(n, texts.yearGiven)}`);
  }
  return lines.join('\n');
}

/** Nothing recognised: what was looked for and each sheet's first rows. */
export function nothingText(proposal: Proposal, texts: ImportTexts): string {
  const lines = [texts.lookedFor, ...proposal.tooLarge.map((s) => `${texts.tooLarge(s.sheet, s.range)}.`)];
  for (const peek of proposal.peeks) {
    lines.push('', texts.firstRows(peek.sheet));
    if (peek.rows.length === 0) lines.push(`  ${texts.emptySheet}`);
    peek.rows.forEach((row, i) => lines.push(`  ${i + 1} | ${row.join(' | ')}`));
  }
  return lines.join('\n');
}

/** The JSON report: the mapping (reusable with --mapping), the conservation in cents and euros, skipped cells and rows. */
export function importJson(input: {
  source: string;
  output: string | null;
  mapping: ImportMapping;
  result: ImportResult | null;
  refusals: readonly string[];
  validation: { error: number; warning: number; info: number } | null;
}): unknown {
  const { result } = input;
  return {
    source: input.source,
    output: input.output,
    mapping: input.mapping,
    refusals: input.refusals,
    ...(result === null
      ? {}
      : {
          conservation: result.conservation.map((c) => ({ ...c, source: c.sourceCents / 100, imported: c.importedCents / 100, budget: c.budgetCents / 100, skipped: c.skippedCents / 100 })),
          skippedCells: result.skippedCells,
          skippedRows: result.skippedRows,
          notes: result.notes,
          imported: { actions: result.actions.length, fundings: result.fundings.length, indicators: result.indicators.length, addedFunders: result.extraFunders },
        }),
    validation: input.validation,
  };
}

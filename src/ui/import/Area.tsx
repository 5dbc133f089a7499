/** One recognised area: where it is, its columns (editable when `onEdit` is given), and what its money became. */
import { Button, Checkbox } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { AreaConservation, ImportResult, MappingArea, SkippedCell, SkippedRow } from '../../domain/import';
import type { MappingEdit } from '../../domain/import/edit';
import { skippedByReason } from '../../domain/import/summary';
import type { ImportReportTexts } from '../../domain/messages/import';
import { rowSummary } from '../../domain/messages/import';
import type { Lang } from '../../domain/report';
import { formatEuros, quoted } from '../../domain/values/format';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { punctuationOf } from '../../texts/punctuation';
import { EditableColumns } from './EditableColumns';
import type { ColumnRow } from './summary';
import { areaPlace, columnRows } from './summary';
import type { ConversionTranslate } from './texts';
import { TitledTable, asHeading, useImportTableLook } from './TitledTable';
import { useImportStyles } from './useImportStyles.styles';

/** The report's texts, the view's sentences and their language: what every part of an area says things with. */
interface Say {
  readonly texts: ImportReportTexts;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
}

export interface AreaProps extends Say {
  /** Its number in the list, from 1. */
  readonly index: number;
  readonly area: MappingArea;
  readonly snapshot: WorkbookSnapshot;
  /** The mapping's year, for money without a year of its own. */
  readonly year: number | null;
  readonly result: ImportResult | null;
  /** When given: include the area or not, and choose its columns' targets. */
  readonly onEdit?: (edit: MappingEdit) => void;
}

/** An area as an article: its title, its place, its columns as read or as chosen, and once imported, its money and rows skipped. */
export function Area({ index, area, snapshot, year, result, texts, t, lang, onEdit }: AreaProps): ReactElement {
  const styles = useImportStyles();
  const [editing, setEditing] = useState(false);
  const place = areaPlace(area.id);
  const caption = t('columnsCaption', { sheet: place.sheet });
  const title = `${index}. ${texts.kind[area.kind]}`;
  // A fiche's lines are not columns: it is included or not, nothing more.
  const editColumns = onEdit && area.include && area.kind !== 'action-fiche' ? onEdit : undefined;
  return (
    <article className={styles.area} aria-label={title}>
      <h4 className={styles.h4}>{`${title}${area.include ? '' : ` — ${texts.excluded}`}`}</h4>
      <p className={styles.text}>
        {t('areaPlace', place)} — {texts.headerLine(area.headerRow, area.firstRow, area.lastRow)}
      </p>
      {onEdit ? <Checkbox checked={area.include} label={t('includeArea')} onChange={(_, data) => onEdit({ kind: 'include', area: area.id, include: data.checked === true })} /> : null}
      {editColumns ? <EditColumnsToggle editing={editing} t={t} onToggle={() => setEditing(!editing)} /> : null}
      {editing && editColumns ? (
        <EditableColumns area={area} snapshot={snapshot} year={year} t={t} lang={lang} caption={caption} onEdit={editColumns} />
      ) : (
        <ColumnsTable rows={columnRows(snapshot, area, year)} caption={caption} texts={texts} t={t} lang={lang} />
      )}
      {area.kind === 'partner-matrix' ? <p className={styles.muted}>{texts.natureStatus(area.nature, area.status)}</p> : null}
      {result ? <AreaOutcome area={area.id} result={result} texts={texts} t={t} lang={lang} /> : null}
    </article>
  );
}

/** « Modifier les colonnes » / « Voir le résultat ». */
function EditColumnsToggle({ editing, t, onToggle }: { readonly editing: boolean; readonly t: ConversionTranslate; readonly onToggle: () => void }): ReactElement {
  return (
    <div>
      <Button size="small" appearance="secondary" aria-expanded={editing} onClick={onToggle}>
        {editing ? t('editColumnsDone') : t('editColumns')}
      </Button>
    </div>
  );
}

function targetText(row: ColumnRow, texts: ImportReportTexts, t: ConversionTranslate): string {
  switch (row.target.kind) {
    case 'label':
      return t('targetLabel');
    case 'funder':
      return t('targetFunder', {
        funder: row.target.funder,
        year: row.target.year ?? texts.noYear,
      });
    case 'ignored':
      return t('targetIgnored', { role: texts.role[row.target.role] });
    case 'field':
      return row.target.header;
  }
}

/** Each column of an area as read: its letter, its header and what it becomes (ignored ones greyed). */
function ColumnsTable({ rows, caption, texts, t, lang }: Say & { readonly rows: readonly ColumnRow[]; readonly caption: string }): ReactElement {
  const styles = useImportStyles();
  const look = useImportTableLook();
  return (
    <TitledTable title={caption} level={5} classNames={look}>
      <thead>
        <tr>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">{t('colHeader')}</th>
          <th scope="col">{t('colTarget')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.column} className={row.target.kind === 'ignored' ? styles.ignored : undefined}>
            <td>{row.column}</td>
            <td>{row.header === '' ? t('noHeader') : quoted(row.header, lang)}</td>
            <td>{targetText(row, texts, t)}</td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}

/** What the import made of one area: its money to the cent with the cells skipped, then the rows skipped. */
function AreaOutcome({ area, result, texts, t, lang }: Say & { readonly area: string; readonly result: ImportResult }): ReactElement {
  const conservation = result.conservation.find((c) => c.area === area);
  const skippedRows = result.skippedRows.filter((r) => r.area === area);
  return (
    <>
      {conservation ? <Conservation conservation={conservation} skippedCells={result.skippedCells.filter((c) => c.area === area)} texts={texts} t={t} lang={lang} /> : null}
      {skippedRows.length > 0 ? <SkippedRows rows={skippedRows} texts={texts} t={t} lang={lang} /> : null}
    </>
  );
}

/** The area's money: source = imported + budget + skipped, and the skipped cells grouped by reason. */
function Conservation({ conservation, skippedCells, texts, t, lang }: Say & { readonly conservation: AreaConservation; readonly skippedCells: readonly SkippedCell[] }): ReactElement {
  const styles = useImportStyles();
  const euros = (cents: number): string => formatEuros(cents, lang);
  const skipped = skippedByReason({ skippedCells });
  const { colon } = punctuationOf(lang);
  return (
    <>
      <p className={styles.conservation}>
        {texts.conservationLine(
          conservation.area,
          euros(conservation.sourceCents),
          euros(conservation.importedCents),
          euros(conservation.budgetCents),
          euros(conservation.skippedCents),
          conservation.numbers,
          conservation.balanced,
        )}
      </p>
      {skipped.length > 0 ? (
        <ul className={styles.list} aria-label={asHeading(texts.skippedTitle)}>
          {skipped.map((group) => (
            <li key={group.reason}>
              <span>{`${texts.reason[group.reason]}${colon}${texts.cells(group.cells.length)}, ${euros(group.cents)}`}</span>
              <br />
              <span className={styles.muted}>
                {t('skippedCellsOf', {
                  cells: group.cells.map((c) => `${c.cell}${c.cents === null ? ` ${quoted(String(c.value), lang)}` : ''}`).join(', '),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The rows of the area left out, each with its first cells and why. */
function SkippedRows({ rows, texts, t, lang }: Say & { readonly rows: readonly SkippedRow[] }): ReactElement {
  const styles = useImportStyles();
  return (
    <>
      <p className={styles.h4}>{asHeading(texts.rowsTitle)}</p>
      <ul className={styles.list}>
        {rows.map((r) => (
          <li key={r.row}>{`${t('row')} ${r.row} ${quoted(rowSummary(r.cells, lang), lang)} — ${texts.reason[r.reason]}`}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * What an import recognised, shown the same way in the page's conversion and the pane's « Importer »: the areas
 * with their columns (editable when `onEdit` is given), every euro imported or skipped with its reason, the
 * rows skipped, the words converted, and the refusals as sentences.
 */
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useId, useState } from 'react';
import type { ImportMapping, ImportRefusal, ImportResult, MappingArea, Proposal } from '../../domain/import';
import type { MappingEdit } from '../../domain/import/edit';
import { fieldsOf, headerColumns } from '../../domain/import/edit';
import { skippedByReason } from '../../domain/import/summary';
import { contractHeader } from '../../domain/import/vocabulary';
import type { ImportReportTexts } from '../../domain/messages/import';
import { rowSummary } from '../../domain/messages/import';
import type { Lang } from '../../domain/report';
import { formatEuros, quoted } from '../../domain/values/format';
import { DEFAULT_FUNDERS } from '../../domain/workbook/lists';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { ColumnRow } from './summary';
import { areaPlace, columnRows, valueMappings } from './summary';
import type { ConversionTranslate } from './texts';
import { CATEGORY_LABELS } from './texts';
import { useImportStyles } from './useImportStyles.styles';

/** A title from a report line: `Zones reconnues (mapping) :` → `Zones reconnues (mapping)`. */
export const asHeading = (line: string): string => line.replace(/\s*:\s*$/, '');
const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

const useTitledTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // A long title wraps on a narrow screen rather than widening the page.
  heading: { margin: 0, overflowWrap: 'anywhere' },
  scroller: { maxWidth: '100%', overflowX: 'auto', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface TitledTableProps {
  readonly title: string;
  /** The heading's level in its section. */
  readonly level: 3 | 4 | 5;
  /** A sentence between the heading and the table. */
  readonly note?: ReactNode;
  /** The look of where it is shown: the heading's type, the scroll region's frame, the table and its cells. */
  readonly classNames?: { readonly heading?: string; readonly scroller?: string; readonly table?: string };
  /** thead, tbody, tfoot. */
  readonly children: ReactNode;
}

/**
 * A wide table under its own heading, in a focusable scroll region (keyboard users scroll a table wider than the
 * screen); the region and the table are named by the heading, which wraps instead of scrolling away with the table.
 */
export function TitledTable({ title, level, note, classNames = {}, children }: TitledTableProps): ReactElement {
  const styles = useTitledTableStyles();
  const id = useId();
  const Heading = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  return (
    <div className={styles.root}>
      <Heading id={id} className={mergeClasses(styles.heading, classNames.heading)}>
        {title}
      </Heading>
      {note}
      <div className={mergeClasses(styles.scroller, classNames.scroller)} tabIndex={0} role="region" aria-labelledby={id} data-print-region="">
        <table className={classNames.table} data-print-table="" aria-labelledby={id}>
          {children}
        </table>
      </div>
    </div>
  );
}

/** The import views' look for a TitledTable. */
function useImportTableLook(): NonNullable<TitledTableProps['classNames']> {
  const styles = useImportStyles();
  return { heading: styles.caption, scroller: styles.scroll, table: styles.table };
}

export function Nothing({ proposal, texts, t }: { readonly proposal: Proposal; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useImportStyles();
  const look = useImportTableLook();
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('nothingTitle')}</MessageBarTitle> {t('nothingIntro')} {t('nothingAdvice')}
        </MessageBarBody>
      </MessageBar>
      <p className={styles.text}>{texts.lookedFor}</p>
      <TooLarge proposal={proposal} texts={texts} />
      {proposal.peeks.map((peek) => (
        <div key={peek.sheet} className={styles.area}>
          {peek.rows.length === 0 ? (
            <>
              <h3 className={styles.h3}>{asHeading(texts.firstRows(peek.sheet))}</h3>
              <p className={styles.muted}>{texts.emptySheet}</p>
            </>
          ) : (
            <TitledTable title={asHeading(texts.firstRows(peek.sheet))} level={3} classNames={{ ...look, heading: styles.h3 }}>
              <tbody>
                {peek.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{`${t('row')} ${i + 1}`}</th>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </TitledTable>
          )}
        </div>
      ))}
    </>
  );
}

function refusalText(reason: ImportRefusal, texts: ImportReportTexts, t: ConversionTranslate): string {
  switch (reason.kind) {
    case 'conflict':
      return texts.conflict(reason.conflict);
    case 'sheet-missing':
      return texts.sheetMissing(reason.sheet);
    case 'sheet-too-large':
      return texts.tooLarge(reason.sheet, reason.range);
    case 'year-missing':
      return `${texts.yearMissing(reason.areas)}. ${t('yearAsked')}`;
    case 'unbalanced':
      return texts.unbalanced(reason.area);
  }
}

export function Refused({ reasons, texts, t }: { readonly reasons: readonly ImportRefusal[]; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useImportStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('refusedTitle')}</MessageBarTitle> {t('refusedIntro')}
        <ul className={styles.list}>
          {reasons.map((r, i) => (
            <li key={i}>{refusalText(r, texts, t)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
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

export interface AreasProps {
  readonly snapshot: WorkbookSnapshot;
  readonly mapping: ImportMapping;
  readonly result: ImportResult | null;
  readonly texts: ImportReportTexts;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
  /** When given, the mapping is editable: include an area, choose each column's target, a partner, a year. */
  readonly onEdit?: (edit: MappingEdit) => void;
}

export function Areas({ snapshot, mapping, result, texts, t, lang, onEdit }: AreasProps): ReactElement {
  const styles = useImportStyles();
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-areas`} className={styles.area}>
      <h3 id={`${ids}-areas`} className={styles.h3}>
        {asHeading(texts.areasTitle)}
      </h3>
      <ol className={styles.areas}>
        {mapping.areas.map((area, i) => (
          <li key={area.id}>
            <Area index={i + 1} area={area} snapshot={snapshot} mapping={mapping} result={result} texts={texts} t={t} lang={lang} {...(onEdit ? { onEdit } : {})} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Area({
  index,
  area,
  snapshot,
  mapping,
  result,
  texts,
  t,
  lang,
  onEdit,
}: AreasProps & {
  readonly index: number;
  readonly area: MappingArea;
}): ReactElement {
  const styles = useImportStyles();
  const place = areaPlace(area.id);
  const rows = columnRows(snapshot, area, mapping.year);
  const conservation = result?.conservation.find((c) => c.area === area.id);
  const euros = (cents: number): string => formatEuros(cents, lang);
  const skipped = result
    ? skippedByReason({
        skippedCells: result.skippedCells.filter((c) => c.area === area.id),
      })
    : [];
  const skippedRows = result ? result.skippedRows.filter((r) => r.area === area.id) : [];
  const caption = t('columnsCaption', { sheet: place.sheet });
  const look = useImportTableLook();
  const [editing, setEditing] = useState(false);
  return (
    <article className={styles.area} aria-label={`${index}. ${texts.kind[area.kind]}`}>
      <h4 className={styles.h4}>{`${index}. ${texts.kind[area.kind]}${area.include ? '' : ` — ${texts.excluded}`}`}</h4>
      <p className={styles.text}>
        {t('areaPlace', place)} — {texts.headerLine(area.headerRow, area.firstRow, area.lastRow)}
      </p>
      {onEdit ? <Checkbox checked={area.include} label={t('includeArea')} onChange={(_, data) => onEdit({ kind: 'include', area: area.id, include: data.checked === true })} /> : null}
      {onEdit && area.include && area.kind !== 'action-fiche' ? (
        <div>
          <Button size="small" appearance="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? t('editColumnsDone') : t('editColumns')}
          </Button>
        </div>
      ) : null}
      {editing && onEdit && area.include && area.kind !== 'action-fiche' ? (
        <EditableColumns area={area} snapshot={snapshot} mapping={mapping} t={t} lang={lang} caption={caption} onEdit={onEdit} />
      ) : (
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
      )}
      {area.kind === 'partner-matrix' ? <p className={styles.muted}>{texts.natureStatus(area.nature, area.status)}</p> : null}
      {conservation ? (
        <>
          <p className={styles.conservation}>
            {texts.conservationLine(
              area.id,
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
                  <span>{`${texts.reason[group.reason]}${colon(lang)}${texts.cells(group.cells.length)}, ${euros(group.cents)}`}</span>
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
      ) : null}
      {skippedRows.length > 0 ? (
        <>
          <p className={styles.h4}>{asHeading(texts.rowsTitle)}</p>
          <ul className={styles.list}>
            {skippedRows.map((r) => (
              <li key={r.row}>{`${t('row')} ${r.row} ${quoted(rowSummary(r.cells, lang), lang)} — ${texts.reason[r.reason]}`}</li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

export function Values({
  snapshot,
  mapping,
  result,
  t,
  lang,
}: Omit<AreasProps, 'texts' | 'result'> & {
  readonly result: ImportResult;
}): ReactElement | null {
  const styles = useImportStyles();
  const look = useImportTableLook();
  const ids = useId();
  const values = valueMappings(snapshot, mapping, result);
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`${ids}-values`} className={styles.area}>
      <h3 id={`${ids}-values`} className={styles.h3}>
        {t('valuesTitle')}
      </h3>
      <TitledTable title={t('valuesCaption')} level={4} classNames={look}>
        <thead>
          <tr>
            <th scope="col">{t('colCategory')}</th>
            <th scope="col">{t('colRead')}</th>
            <th scope="col">{t('colContract')}</th>
            <th scope="col">{t('colCount')}</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.category}-${v.source}-${v.contract}`}>
              <td>{CATEGORY_LABELS[lang][v.category]}</td>
              <td>{v.source}</td>
              <td>{v.contract}</td>
              <td>{v.count}</td>
            </tr>
          ))}
        </tbody>
      </TitledTable>
    </section>
  );
}

export function Counts({ result, texts, t, preview = false }: { readonly result: ImportResult; readonly texts: ImportReportTexts; readonly t: ConversionTranslate; readonly preview?: boolean }): ReactElement {
  const styles = useImportStyles();
  return (
    <>
      <p className={styles.conservation}>{(preview ? texts.found : texts.counts)(result.actions.length, result.fundings.length, result.indicators.length, result.extraFunders)}</p>
      {result.notes.length > 0 ? (
        <>
          <h4 className={styles.h4}>{asHeading(texts.notesTitle)}</h4>
          <ul className={styles.list}>
            {result.notes.map((n, i) => (
              <li key={i}>{texts.note(n, t('yearGiven'))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

const YEAR_CHOICES = (around: number): number[] => Array.from({ length: 11 }, (_, i) => around - 5 + i);

interface EditableColumnsProps {
  readonly area: MappingArea;
  readonly snapshot: WorkbookSnapshot;
  readonly mapping: ImportMapping;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
  readonly caption: string;
  readonly onEdit: (edit: MappingEdit) => void;
}

/** The columns of an area with a choice per column: the contract column it feeds, or for a partner column, the partner and the year. */
function EditableColumns({ area, snapshot, mapping, t, lang, caption, onEdit }: EditableColumnsProps): ReactElement {
  const styles = useImportStyles();
  const look = useImportTableLook();
  if (area.kind === 'partner-matrix') {
    const funders = [...new Set([...DEFAULT_FUNDERS.map((f) => f.name), ...area.partnerColumns.map((p) => p.funder)])];
    const years = YEAR_CHOICES(mapping.year ?? area.partnerColumns.find((p) => p.year !== null)?.year ?? 2026);
    return (
      <TitledTable title={caption} level={5} classNames={look}>
        <thead>
          <tr>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{`${t('colPartner')}, ${t('colYear').toLowerCase()}`}</th>
          </tr>
        </thead>
        <tbody>
          {area.partnerColumns.map((p) => (
            <tr key={p.column}>
              <th scope="row">{`${p.column} ${quoted(p.header.replace(/\s+/g, ' ').trim(), lang)}`}</th>
              <td>
                {/* Stacked, so that both choices fit the task pane's 320 px. */}
                <div className={styles.stack}>
                  <Select size="small" aria-label={t('partnerOf', { column: p.column })} value={p.funder} onChange={(_, data) => onEdit({ kind: 'partner', area: area.id, column: p.column, funder: data.value })}>
                    {funders.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </Select>
                  <Select
                    size="small"
                    aria-label={t('yearOf', { column: p.column })}
                    value={p.year === null ? '' : String(p.year)}
                    onChange={(_, data) => onEdit({ kind: 'partner-year', area: area.id, column: p.column, year: data.value === '' ? null : Number(data.value) })}
                  >
                    <option value="">{mapping.year === null ? t('yearNone') : t('yearDefault', { year: String(mapping.year) })}</option>
                    {years.map((y) => (
                      <option key={y} value={String(y)}>
                        {y}
                      </option>
                    ))}
                  </Select>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </TitledTable>
    );
  }
  const fields = fieldsOf(area);
  const fed = area.kind === 'action-fiche' ? {} : (area.columns as Readonly<Record<string, string | undefined>>);
  const fieldOf = (column: string): string => Object.entries(fed).find(([, c]) => c === column)?.[0] ?? '';
  return (
    <TitledTable title={caption} level={5} classNames={look}>
      <thead>
        <tr>
          <th scope="col">{t('colHeader')}</th>
          <th scope="col">{t('colTarget')}</th>
        </tr>
      </thead>
      <tbody>
        {headerColumns(snapshot, area).map((h) => (
          <tr key={h.column}>
            <th scope="row">{`${h.column} ${quoted(h.header, lang)}`}</th>
            <td>
              <Select size="small" aria-label={t('targetOf', { column: h.column })} value={fieldOf(h.column)} onChange={(_, data) => onEdit({ kind: 'field-column', area: area.id, column: h.column, field: data.value === '' ? null : data.value })}>
                <option value="">{t('notImported')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {contractHeader(area.kind as 'funding-list', f)}
                  </option>
                ))}
              </Select>
            </td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}

/** Lines shown per table before « … et N autres ». */
const PREVIEW_LINES = 12;

function PreviewGroup({ title, lines, t }: { readonly title: string; readonly lines: readonly string[]; readonly t: ConversionTranslate }): ReactElement | null {
  const styles = useImportStyles();
  if (lines.length === 0) return null;
  return (
    <details className={styles.preview}>
      <summary>{`${title} (${lines.length})`}</summary>
      <ul className={styles.list}>
        {lines.slice(0, PREVIEW_LINES).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
        {lines.length > PREVIEW_LINES ? <li>{t('previewMore', { count: String(lines.length - PREVIEW_LINES) })}</li> : null}
      </ul>
    </details>
  );
}

/** The rows the import gives each contract table, as a coordinator reads them (folded: a click opens each table). */
export function RowsPreview({ result, t, lang }: { readonly result: ImportResult; readonly t: ConversionTranslate; readonly lang: Lang }): ReactElement {
  const styles = useImportStyles();
  const ids = useId();
  const dot = ' · ';
  const actions = result.actions.map((a) => [`${a.number} ${a.title ?? ''}`.trim(), a.status ?? ''].filter((x) => x !== '').join(dot));
  const fundings = result.fundings.map((f) => [f.funder, f.year === null ? '?' : String(f.year), formatEuros(f.amountCents, lang), f.status, f.object === 'Action' ? (f.action ?? '?') : f.object].join(dot));
  const indicators = result.indicators.map((i) => `${i.action ?? '?'} ${i.indicator}`);
  return (
    <section aria-labelledby={`${ids}-preview`} className={styles.area}>
      <h3 id={`${ids}-preview`} className={styles.h3}>
        {t('previewTitle')}
      </h3>
      <PreviewGroup title={t('previewActions')} lines={actions} t={t} />
      <PreviewGroup title={t('previewFundings')} lines={fundings} t={t} />
      <PreviewGroup title={t('previewIndicators')} lines={indicators} t={t} />
    </section>
  );
}

const YEAR = /^(199\d|20\d\d|2100)$/;

export interface YearFormProps {
  readonly label: string;
  readonly hint: string;
  /** Said under the field when what was typed is not a year. */
  readonly invalid: string;
  readonly apply: string;
  readonly onYear: (year: number) => void;
}

/** « Année des montants sans année »: four digits, 1990 to 2100, checked before the import runs again. */
export function YearForm({ label, hint, invalid, apply, onYear }: YearFormProps): ReactElement {
  const styles = useImportStyles();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const typed = draft.trim();
    setError(!YEAR.test(typed));
    if (YEAR.test(typed)) onYear(Number(typed));
  };
  return (
    <form className={styles.yearForm} onSubmit={submit} noValidate>
      <Field label={label} hint={hint} validationMessage={error ? invalid : null} className={styles.field}>
        <Input value={draft} inputMode="numeric" maxLength={4} autoComplete="off" onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <Button type="submit">{apply}</Button>
    </form>
  );
}

/** Sheets left out because their used range reaches too far: said, with what to do, never silently skipped. */
export function TooLarge({ proposal, texts }: { readonly proposal: Proposal; readonly texts: ImportReportTexts }): ReactElement | null {
  if (proposal.tooLarge.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {proposal.tooLarge.map((s) => (
          <p key={s.sheet}>{`${texts.tooLarge(s.sheet, s.range)}.`}</p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A dropped workbook that is not laid out as the contract: what was recognised, the mapping in readable form,
 * every euro imported or skipped with its reason, and the converted workbook to download. Nothing is written
 * into the dropped file; the year and the profile re-run the import.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner } from '@fluentui/react-components';
import type { FormEvent, ReactElement, ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import type { ImportMapping, ImportOutcome, ImportRefusal, ImportResult, MappingArea, Proposal } from '../domain/import';
import { importWorkbook } from '../domain/import';
import { skippedByReason } from '../domain/import/summary';
import type { ImportReportTexts } from '../domain/messages/import';
import { IMPORT_REPORT_TEXTS, rowSummary } from '../domain/messages/import';
import { summaryLine } from '../domain/messages/render';
import { PROFILES } from '../domain/profiles/profiles';
import type { Lang, ProfileId } from '../domain/report';
import { formatEuros, quoted } from '../domain/values/format';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { downloadConverted } from './convert';
import type { ConvertedWorkbook } from './convert';
import type { ColumnRow } from './conversion-summary';
import { areaPlace, columnRows, valueMappings } from './conversion-summary';
import type { ConversionTranslate } from './conversion-texts';
import { CATEGORY_LABELS, conversionTranslator } from './conversion-texts';
import type { SaveFile } from './download';
import { useConversionStyles } from './useConversionStyles.styles';
import type { XlsxLoader } from './xlsx-loader';

export interface ConversionViewProps {
  readonly snapshot: WorkbookSnapshot;
  /** The dropped file's name. */
  readonly name: string;
  readonly lang: Lang;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
  /** Opens the converted workbook in the page's check. */
  readonly onOpenConverted: (file: { readonly name: string; readonly bytes: Uint8Array }) => void;
  /** Shown under the view when nothing was recognised (the page's « new workbook » download). */
  readonly whenNothing?: ReactNode;
}

type Download = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly workbook: ConvertedWorkbook } | { readonly kind: 'failed'; readonly reason: string };

const YEAR = /^(199\d|20\d\d|2100)$/;
/** A title from a report line: `Zones reconnues (mapping) :` → `Zones reconnues (mapping)`. */
const asHeading = (line: string): string => line.replace(/\s*:\s*$/, '');
const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

export function ConversionView({ snapshot, name, lang, loadXlsx, saveFile, onOpenConverted, whenNothing }: ConversionViewProps): ReactElement {
  const styles = useConversionStyles();
  const t = useMemo(() => conversionTranslator(lang), [lang]);
  const texts = IMPORT_REPORT_TEXTS[lang];
  const ids = useId();
  const [profile, setProfile] = useState<ProfileId>('generic');
  const [year, setYear] = useState<number | undefined>(undefined);
  const [yearDraft, setYearDraft] = useState('');
  const [yearError, setYearError] = useState(false);
  const [download, setDownload] = useState<Download>({ kind: 'idle' });
  const outcome: ImportOutcome = useMemo(
    () =>
      importWorkbook(snapshot, {
        profile,
        ...(year === undefined ? {} : { year }),
      }),
    [snapshot, profile, year],
  );

  const yearMissing = outcome.kind === 'refused' && outcome.reasons.some((r) => r.kind === 'year-missing');
  const yearAssumed = outcome.kind === 'imported' && outcome.result.notes.some((n) => n.kind === 'year-assumed');
  const askYear = yearMissing || yearAssumed || year !== undefined;

  const rerun = (change: () => void): void => {
    change();
    setDownload({ kind: 'idle' });
  };
  const applyYear = (event: FormEvent): void => {
    event.preventDefault();
    const typed = yearDraft.trim();
    if (!YEAR.test(typed)) {
      setYearError(true);
      return;
    }
    setYearError(false);
    rerun(() => setYear(Number(typed)));
  };
  const start = (result: ImportResult): void => {
    setDownload({ kind: 'busy' });
    downloadConverted(result, profile, name, saveFile, loadXlsx).then(
      (workbook) => setDownload({ kind: 'done', workbook }),
      (error: unknown) =>
        setDownload({
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  return (
    <>
      <section className={styles.card} aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`} className={styles.h2}>
          {t('title', { name })}
        </h2>
        <p className={styles.text}>{t('intro')}</p>

        <fieldset className={styles.settings}>
          <legend className={styles.legend}>{t('settings')}</legend>
          <Field label={t('profileLabel')} className={styles.field}>
            <Select value={profile} onChange={(_, data) => rerun(() => setProfile(data.value as ProfileId))}>
              {PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label[lang]}
                </option>
              ))}
            </Select>
          </Field>
          {askYear ? (
            <form className={styles.yearForm} onSubmit={applyYear} noValidate>
              <Field label={t('yearLabel')} hint={t('yearHint')} validationMessage={yearError ? t('yearInvalid') : null} className={styles.field}>
                <Input value={yearDraft} inputMode="numeric" maxLength={4} autoComplete="off" onChange={(_, data) => setYearDraft(data.value)} />
              </Field>
              <Button type="submit">{t('yearApply')}</Button>
            </form>
          ) : null}
        </fieldset>

        {outcome.kind === 'nothing' ? <Nothing proposal={outcome.proposal} texts={texts} t={t} /> : null}
        {outcome.kind === 'refused' ? <Refused reasons={outcome.reasons} texts={texts} t={t} /> : null}
        {outcome.kind === 'imported' ? (
          <>
            {/* What a coordinator acts on comes first: what the new workbook holds, and the button; the details follow. */}
            <section className={styles.area} aria-labelledby={`${ids}-download`}>
              <h3 id={`${ids}-download`} className={styles.h3}>
                {t('downloadTitle')}
              </h3>
              <Counts result={outcome.result} texts={texts} t={t} />
              <div className={styles.actions}>
                <Button appearance="primary" disabled={download.kind === 'busy'} onClick={() => start(outcome.result)}>
                  {t('downloadButton')}
                </Button>
                {download.kind === 'done' ? <Button onClick={() => onOpenConverted(download.workbook)}>{t('openConverted')}</Button> : null}
              </div>
              <div role="status" aria-live="polite">
                {download.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={t('downloading')} /> : null}
                {download.kind === 'done' ? (
                  <MessageBar intent="success" layout="multiline">
                    <MessageBarBody>
                      {t('downloaded', {
                        name: download.workbook.name,
                        summary: summaryLine(download.workbook.summary, lang),
                      })}
                    </MessageBarBody>
                  </MessageBar>
                ) : null}
              </div>
              {download.kind === 'failed' ? (
                <MessageBar intent="error" role="alert" layout="multiline">
                  <MessageBarBody>{t('downloadFailed', { reason: download.reason })}</MessageBarBody>
                </MessageBar>
              ) : null}
            </section>
          </>
        ) : null}
        {outcome.kind !== 'nothing' ? <Areas snapshot={snapshot} mapping={outcome.mapping} result={outcome.kind === 'imported' ? outcome.result : null} texts={texts} t={t} lang={lang} /> : null}
        {outcome.kind === 'imported' ? <Values snapshot={snapshot} mapping={outcome.mapping} result={outcome.result} t={t} lang={lang} /> : null}
      </section>
      {outcome.kind === 'nothing' ? whenNothing : null}
    </>
  );
}

function ScrollTable({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactElement {
  const styles = useConversionStyles();
  return (
    // A named, focusable region: keyboard users scroll a table wider than the screen.
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function Nothing({ proposal, texts, t }: { readonly proposal: Proposal; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useConversionStyles();
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('nothingTitle')}</MessageBarTitle> {t('nothingIntro')} {t('nothingAdvice')}
        </MessageBarBody>
      </MessageBar>
      <p className={styles.text}>{texts.lookedFor}</p>
      {proposal.peeks.map((peek) => (
        <div key={peek.sheet} className={styles.area}>
          <h3 className={styles.h3}>{asHeading(texts.firstRows(peek.sheet))}</h3>
          {peek.rows.length === 0 ? (
            <p className={styles.muted}>{texts.emptySheet}</p>
          ) : (
            <ScrollTable label={asHeading(texts.firstRows(peek.sheet))}>
              <table className={styles.table}>
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
              </table>
            </ScrollTable>
          )}
        </div>
      ))}
    </>
  );
}

function refusalText(reason: ImportRefusal, texts: ImportReportTexts, t: ConversionTranslate): string {
  switch (reason.kind) {
    case 'conflict':
      return texts.conflict(reason.detail);
    case 'sheet-missing':
      return texts.sheetMissing(reason.sheet);
    case 'year-missing':
      return `${texts.yearMissing(reason.areas)}. ${t('yearAsked')}`;
    case 'unbalanced':
      return texts.unbalanced(reason.area);
  }
}

function Refused({ reasons, texts, t }: { readonly reasons: readonly ImportRefusal[]; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useConversionStyles();
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

interface AreasProps {
  readonly snapshot: WorkbookSnapshot;
  readonly mapping: ImportMapping;
  readonly result: ImportResult | null;
  readonly texts: ImportReportTexts;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
}

function Areas({ snapshot, mapping, result, texts, t, lang }: AreasProps): ReactElement {
  const styles = useConversionStyles();
  const ids = useId();
  return (
    <section aria-labelledby={`${ids}-areas`} className={styles.area}>
      <h3 id={`${ids}-areas`} className={styles.h3}>
        {asHeading(texts.areasTitle)}
      </h3>
      <ol className={styles.areas}>
        {mapping.areas.map((area, i) => (
          <li key={area.id}>
            <Area index={i + 1} area={area} snapshot={snapshot} mapping={mapping} result={result} texts={texts} t={t} lang={lang} />
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
}: AreasProps & {
  readonly index: number;
  readonly area: MappingArea;
}): ReactElement {
  const styles = useConversionStyles();
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
  return (
    <article className={styles.area} aria-label={`${index}. ${texts.kind[area.kind]}`}>
      <h4 className={styles.h4}>{`${index}. ${texts.kind[area.kind]}${area.include ? '' : ` — ${texts.excluded}`}`}</h4>
      <p className={styles.text}>
        {t('areaPlace', place)} — {texts.headerLine(area.headerRow, area.firstRow, area.lastRow)}
      </p>
      <ScrollTable label={caption}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
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
        </table>
      </ScrollTable>
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

function Values({
  snapshot,
  mapping,
  result,
  t,
  lang,
}: Omit<AreasProps, 'texts' | 'result'> & {
  readonly result: ImportResult;
}): ReactElement | null {
  const styles = useConversionStyles();
  const ids = useId();
  const values = valueMappings(snapshot, mapping, result);
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`${ids}-values`} className={styles.area}>
      <h3 id={`${ids}-values`} className={styles.h3}>
        {t('valuesTitle')}
      </h3>
      <ScrollTable label={t('valuesCaption')}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t('valuesCaption')}</caption>
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
        </table>
      </ScrollTable>
    </section>
  );
}

function Counts({ result, texts, t }: { readonly result: ImportResult; readonly texts: ImportReportTexts; readonly t: ConversionTranslate }): ReactElement {
  const styles = useConversionStyles();
  return (
    <>
      <p className={styles.conservation}>{texts.counts(result.actions.length, result.fundings.length, result.indicators.length, result.extraFunders)}</p>
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

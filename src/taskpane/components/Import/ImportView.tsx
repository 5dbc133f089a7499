/**
 * Importer: the coordinator's own sheets read as they are kept, the mapping shown and editable, what will be
 * written into the contract tables of this same workbook (added, updated, cleared, and the user's values kept),
 * then the import through the apply engine. Importing again updates the rows; the source sheets are never written.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useMemo } from 'react';
import type { KeptCell, RowSync, TableSyncReport } from '../../../domain/apply/rows';
import { writesNothing } from '../../../domain/apply/rows';
import type { InWorkbookResult } from '../../../domain/import/in-workbook';
import { IMPORT_REPORT_TEXTS } from '../../../domain/messages/import';
import { PROFILES } from '../../../domain/profiles/profiles';
import type { Lang, ProfileId } from '../../../domain/report';
import { quoted } from '../../../domain/values/format';
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDERS_TABLE, FUNDINGS_TABLE } from '../../../domain/workbook/contract';
import { Areas, Counts, Nothing, Refused, RowsPreview, TooLarge, Values, YearForm } from '../../../ui/import/ImportDetails';
import { conversionTranslator } from '../../../ui/import/texts';
import { useI18n } from '../../i18n';
import type { ImportTextKey as MessageKey, ImportTranslate as Translate } from './texts';
import { importTranslator } from './texts';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import { useImportView } from './useImportView';
import type { ImportViewProps } from './ImportView.types';
import { useImportViewStyles } from './useImportViewStyles.styles';

/** Kept cells listed before « … et N autres ». */
const KEPT_SHOWN = 20;

const TABLE_LABELS: Readonly<Record<string, MessageKey>> = {
  [FUNDERS_TABLE.name]: 'tableFunders',
  [ACTIONS_TABLE.name]: 'tableActions',
  [FUNDINGS_TABLE.name]: 'tableFundings',
  [EVALUATION_TABLE.name]: 'tableEvaluation',
};

const tableLabel = (table: string, t: Translate): string => {
  const key = TABLE_LABELS[table];
  return key ? t(key) : table;
};

/** A comparable value (`s:…`, `n:…`) as the user reads it. */
function shown(value: string, lang: Lang): string {
  if (value === '') return importTranslator(lang)('emptyValue');
  const body = value.slice(2);
  if (value.startsWith('n:')) return Number(body).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 6 });
  return quoted(body, lang);
}

function TableLine({ report, t }: { readonly report: TableSyncReport; readonly t: Translate }): ReactElement {
  return (
    <li>
      {t('importTableLine', { table: tableLabel(report.table, t), added: report.added, updated: report.updatedRows, cells: report.updatedCells, cleared: report.cleared, unchanged: report.unchanged })}
      {report.deletedByUser > 0 ? <> {t('importDeletedByUser', { count: report.deletedByUser })}</> : null}
      {report.keptGone > 0 ? <> {t('importKeptGone', { count: report.keptGone })}</> : null}
      {report.missingColumns.length > 0 ? <> {t('importMissingColumns', { table: tableLabel(report.table, t), columns: report.missingColumns.map((c) => quoted(c, 'fr')).join(', ') })}</> : null}
    </li>
  );
}

function KeptList({ kept, t, lang }: { readonly kept: readonly KeptCell[]; readonly t: Translate; readonly lang: Lang }): ReactElement | null {
  const styles = useImportViewStyles();
  if (kept.length === 0) return null;
  return (
    <>
      <h4 className={styles.h4}>{`${t('importKeptTitle')} (${kept.length})`}</h4>
      <ul className={styles.list}>
        {kept.slice(0, KEPT_SHOWN).map((k) => (
          <li key={`${k.sheet}!${k.cell}`}>
            {t(k.reason === 'edited' ? 'importKeptEdited' : 'importKeptUserRow', { cell: `${k.sheet}!${k.cell}`, header: k.header, current: shown(k.current, lang), imported: shown(k.imported, lang) })}
          </li>
        ))}
        {kept.length > KEPT_SHOWN ? <li>{t('importKeptMore', { count: kept.length - KEPT_SHOWN })}</li> : null}
      </ul>
    </>
  );
}

function Plan({ sync, t, lang }: { readonly sync: RowSync | null; readonly t: Translate; readonly lang: Lang }): ReactElement {
  const styles = useImportViewStyles();
  return (
    <section className={styles.block} aria-labelledby="import-plan">
      <h3 id="import-plan" className={styles.h3}>
        {t('importPlanTitle')}
      </h3>
      {sync === null ? <p className={styles.text}>{t('importWillCreate')}</p> : null}
      {sync !== null && writesNothing(sync) ? <p className={styles.text}>{t('importUpToDate')}</p> : null}
      {sync !== null ? (
        <ul className={styles.list}>
          {sync.tables.map((report) => (
            <TableLine key={report.table} report={report} t={t} />
          ))}
        </ul>
      ) : null}
      {sync !== null ? <KeptList kept={sync.kept} t={t} lang={lang} /> : null}
    </section>
  );
}

function Done({ result, t, lang }: { readonly result: InWorkbookResult; readonly t: Translate; readonly lang: Lang }): ReactElement {
  const written = result.written;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('importDoneTitle')}</MessageBarTitle>{' '}
        {written === null ? t('importDoneNothing') : t('importDone', { written: written.writtenRows + written.addedRows, added: written.addedRows })}
        {result.created && result.created.createdTables.length > 0 ? <> {t('importCreated', { tables: result.created.createdTables.join(', ') })}</> : null}
        {result.sync.kept.length > 0 ? <KeptList kept={result.sync.kept} t={t} lang={lang} /> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ImportView({ port, defaultProfile, onImported }: ImportViewProps): ReactElement {
  const styles = useImportViewStyles();
  const { t: paneT, lang } = useI18n();
  const t = useMemo(() => importTranslator(lang), [lang]);
  const state = useImportView(port, defaultProfile, onImported);
  const { preview, operation } = state;
  const texts = IMPORT_REPORT_TEXTS[lang];
  const ct = useMemo(() => conversionTranslator(lang), [lang]);
  const busy = operation.busy !== null;
  const outcome = preview?.outcome ?? null;
  const askYear =
    state.year !== undefined ||
    (outcome?.kind === 'refused' && outcome.reasons.some((r) => r.kind === 'year-missing')) ||
    (outcome?.kind === 'imported' && outcome.result.notes.some((n) => n.kind === 'year-assumed'));

  const nothingToWrite = preview?.sync != null && writesNothing(preview.sync) && !preview.sync.recordChanged;

  return (
    <section className={styles.root} aria-labelledby="import-title">
      <h2 id="import-title" className={styles.heading}>
        {t('importTitle')}
      </h2>
      <p className={styles.text}>{t('importIntro')}</p>
      {!state.canWrite ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('importReadOnly')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <fieldset className={styles.settings}>
        <legend className={styles.legend}>{t('importSettings')}</legend>
        <Field label={t('importProfile')}>
          <Select value={state.profile} onChange={(_, data) => state.setProfile(data.value as ProfileId)}>
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        {askYear ? <YearForm label={t('importYearLabel')} hint={t('importYearHint')} invalid={t('importYearInvalid')} apply={t('importYearApply')} onYear={state.setYear} /> : null}
      </fieldset>

      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />
      {state.result ? <Done result={state.result} t={t} lang={lang} /> : null}

      {outcome?.kind === 'nothing' ? <Nothing proposal={outcome.proposal} texts={texts} t={ct} /> : null}
      {outcome && outcome.kind !== 'nothing' ? <TooLarge proposal={outcome.proposal} texts={texts} /> : null}
      {outcome?.kind === 'refused' ? <Refused reasons={outcome.reasons} texts={texts} t={ct} /> : null}
      {outcome?.kind === 'imported' && preview ? (
        <>
          <Counts result={outcome.result} texts={texts} t={ct} preview />
          <RowsPreview result={outcome.result} t={ct} lang={lang} />
          <Plan sync={preview.sync} t={t} lang={lang} />
          {preview.record !== null ? <p className={styles.muted}>{t('importSaved')}</p> : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || !state.canWrite || nothingToWrite} onClick={state.start}>
              {t('importButton')}
            </Button>
            {state.edited ? (
              <Button appearance="secondary" disabled={busy} onClick={state.resetMapping}>
                {t('importResetMapping')}
              </Button>
            ) : null}
            <Button appearance="subtle" disabled={busy} onClick={state.refresh}>
              {paneT('refresh')}
            </Button>
          </div>
          {state.edited ? <p className={styles.muted}>{t('importEdited')}</p> : null}
        </>
      ) : null}
      {outcome && outcome.kind !== 'nothing' && preview ? (
        <Areas snapshot={preview.snapshot} mapping={outcome.mapping} result={outcome.kind === 'imported' ? outcome.result : null} texts={texts} t={ct} lang={lang} onEdit={state.edit} />
      ) : null}
      {outcome?.kind === 'imported' && preview ? <Values snapshot={preview.snapshot} mapping={outcome.mapping} result={outcome.result} t={ct} lang={lang} /> : null}
    </section>
  );
}

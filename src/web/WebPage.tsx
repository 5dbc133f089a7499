/** The web host of the task pane: page shell, file picker and drop zone, then the same App over the picked file, or the conversion of a coordinator's own workbook. */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, mergeClasses, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { Suspense, lazy, useMemo } from 'react';
import type { Lang } from '../domain/report';
import type { ThemeName } from '../taskpane/theme';
import { formatNumber } from '../domain/values/format';
import { PRIVACY_PAGE } from '../ui/links';
import { UnusableWorkbookError } from '../xlsx/read-errors';
import { localDateTime } from './dates';
import { DownloadSection } from './DownloadSection';
import type { FileHandle, ReadOutcome } from './file-port';
import { FilePicker } from './FilePicker';
import type { WebTranslate } from './texts';
import { fileSize } from './texts';
import type { WebPageDeps } from './useWebPage';
import { useWebPage } from './useWebPage';
import { useWebPageStaticStyles, useWebPageStyles } from './useWebPageStyles.styles';

export interface WebPageProps extends WebPageDeps {
  readonly initialLang: Lang;
  readonly theme: ThemeName;
}

// The task pane is needed only once a contract workbook is open: out of the page's first load.
const App = lazy(() => import('../taskpane/App.js').then((m) => ({ default: m.App })));

const LANGS: readonly { readonly lang: Lang; readonly code: string }[] = [
  { lang: 'fr', code: 'FR' },
  { lang: 'en', code: 'EN' },
];

/** Why a file could not be read, in the reader's language; never a stack trace. */
function failure(error: unknown, lang: Lang, t: WebTranslate): string {
  if (error instanceof UnusableWorkbookError) return error.localized(lang);
  return t('readFailed', { reason: error instanceof Error ? error.message : String(error) });
}

/** What a check after the first one read: the file again from disk, or, without a handle, the file as opened. */
function RereadNotice({ outcome, name, lang, t }: { readonly outcome: ReadOutcome; readonly name: string; readonly lang: Lang; readonly t: WebTranslate }): ReactElement {
  const styles = useWebPageStyles();
  const text =
    outcome.kind === 'reread'
      ? t('rereadDone', { date: localDateTime(outcome.lastModified, lang) })
      : outcome.kind === 'unchanged'
        ? t('rereadUnchanged', { date: localDateTime(outcome.lastModified, lang) })
        : t('rereadAsOpened', { name });
  return (
    <MessageBar intent={outcome.kind === 'as-opened' ? 'warning' : 'info'} layout="multiline" className={styles.notice}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

interface OpenWorkbookProps {
  readonly name: string;
  /** The whole screen's width (a review's table), not the reading width. */
  readonly wide?: boolean;
  /** The file's size; null for several files. */
  readonly size: string | null;
  readonly t: WebTranslate;
  readonly dragging: boolean;
  readonly onFiles: (files: FileList | null) => void;
  readonly onHandles: (handles: readonly FileHandle[]) => void;
  /** Told under the file's name (what « Relancer » read). */
  readonly notice?: ReactNode;
  readonly children: ReactNode;
}

/** The bar naming the open file, with the picker for another one, above what the page shows for it. */
function OpenWorkbook({ name, wide = false, size, t, dragging, onFiles, onHandles, notice, children }: OpenWorkbookProps): ReactElement {
  const styles = useWebPageStyles();
  return (
    <div className={mergeClasses(styles.content, wide && styles.wide)}>
      <section className={styles.openBar} aria-label={t('openedLabel')} data-print-hide="">
        <p className={styles.openName}>{size === null ? name : t('openedFile', { name, size })}</p>
        <FilePicker label={t('pickOther')} secondary multiple onFiles={onFiles} onHandles={onHandles} typesLabel={t('pickerTypes')} />
        <p className={styles.muted}>{dragging ? t('dropActive') : t('dropOtherHint')}</p>
        <div role="status" className={styles.noticeSlot}>
          {notice}
        </div>
      </section>
      {children}
    </div>
  );
}

export function WebPage({ initialLang, theme, ...deps }: WebPageProps): ReactElement {
  useWebPageStaticStyles();
  const styles = useWebPageStyles();
  const state = useWebPage(initialLang, deps);
  const { lang, t, workbook } = state;
  const open = workbook.kind === 'open' || workbook.kind === 'convert' ? workbook : null;
  const { loadReviewViews } = state;
  // The review, statement, comparison and charts load with the first workbook, out of the page's first load.
  const ReviewView = useMemo(() => lazy(() => loadReviewViews().then((m) => ({ default: m.ReviewView }))), [loadReviewViews]);
  const WorkbookExtras = useMemo(() => lazy(() => loadReviewViews().then((m) => ({ default: m.WorkbookExtras }))), [loadReviewViews]);

  const notices = (
    <>
      {workbook.kind === 'reading' ? (
        <div role="status" aria-live="polite">
          <Spinner size="tiny" labelPosition="after" label={t('reading', { name: workbook.name })} />
        </div>
      ) : null}
      {workbook.kind === 'failed' ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('unusableTitle')}</MessageBarTitle> {failure(workbook.error, lang, t)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <div className={styles.page}>
        {/* A named section, not <header>: once a file is open, the task pane's own header is the page's banner. */}
        <section className={styles.banner} aria-labelledby="page-title" data-print-hide="">
          <div className={styles.titles}>
            <h1 id="page-title" className={styles.title}>
              {t('pageTitle')}
            </h1>
            <p className={styles.privacy}>
              <span>{t('privacy')}</span>{' '}
              <a className={styles.privacyLink} href={PRIVACY_PAGE} target="_blank" rel="noopener" aria-label={t('privacyLinkLabel')}>
                {t('privacyLink')}
              </a>
            </p>
          </div>
          <div role="group" aria-label={t('languageLabel')} className={styles.languages}>
            {LANGS.map((entry) => (
              <button
                key={entry.lang}
                type="button"
                className={mergeClasses(styles.language, entry.lang === lang && styles.languageActive)}
                aria-pressed={entry.lang === lang}
                lang={entry.lang}
                title={entry.lang === 'fr' ? t('languageFr') : t('languageEn')}
                onClick={() => state.setLang(entry.lang)}
              >
                {entry.code}
              </button>
            ))}
          </div>
        </section>

        {open ? (
          <OpenWorkbook
            name={open.name}
            size={fileSize(open.size, lang, t)}
            t={t}
            dragging={state.dragging}
            onFiles={state.openFiles}
            onHandles={state.openHandles}
            notice={state.reread ? <RereadNotice outcome={state.reread} name={open.name} lang={lang} t={t} /> : null}
          >
            {notices}
            {open.kind === 'open' ? (
              // The pane brings its banner, navigation and main landmarks: no landmark around it.
              <>
                <div className={styles.pane} data-print-hide="">
                  <Suspense fallback={<Spinner size="tiny" label={t('reading', { name: open.name })} />}>
                    <App key={open.id} port={open.port} lang={lang} theme={theme} onDownload={state.onDownload} initialView="control" embedded checkOnOpen />
                  </Suspense>
                </div>
                <Suspense fallback={null}>
                  <WorkbookExtras key={open.id} port={open.port} lang={lang} loadXlsx={state.loadXlsx} saveFile={state.saveFile} />
                </Suspense>
              </>
            ) : (
              <main className={styles.column}>
                <open.conversion.ConversionView
                  key={open.id}
                  snapshot={open.snapshot}
                  name={open.name}
                  lang={lang}
                  loadXlsx={state.loadXlsx}
                  saveFile={state.saveFile}
                  onOpenConverted={state.openBytes}
                  whenNothing={<DownloadSection lang={lang} t={t} download={state.download} />}
                />
              </main>
            )}
          </OpenWorkbook>
        ) : workbook.kind === 'review' ? (
          <OpenWorkbook
            name={t('reviewFiles', { n: formatNumber(workbook.files.length, lang) })}
            wide
            size={null}
            t={t}
            dragging={state.dragging}
            onFiles={state.openFiles}
            onHandles={state.openHandles}
          >
            <main className={styles.column}>
              <Suspense fallback={<Spinner size="tiny" label={t('reviewLoading', { n: formatNumber(workbook.files.length, lang) })} />}>
                <ReviewView key={workbook.id} files={workbook.files} lang={lang} loadXlsx={state.loadXlsx} saveFile={state.saveFile} onOpenFile={state.openPicked} />
              </Suspense>
            </main>
          </OpenWorkbook>
        ) : (
          <main className={styles.content}>
            <section className={styles.card} aria-labelledby="pick-title">
              <h2 id="pick-title" className={styles.heading}>
                {t('pickTitle')}
              </h2>
              <p className={styles.text}>{t('pageIntro')}</p>
              <div className={mergeClasses(styles.dropZone, state.dragging && styles.dropZoneActive)}>
                <p className={styles.text}>{state.dragging ? t('dropActive') : t('dropHint')}</p>
                <FilePicker label={t('pickButton')} multiple onFiles={state.openFiles} onHandles={state.openHandles} typesLabel={t('pickerTypes')} />
              </div>
              {notices}
            </section>
            <DownloadSection lang={lang} t={t} download={state.download} />
          </main>
        )}
      </div>
    </FluentProvider>
  );
}

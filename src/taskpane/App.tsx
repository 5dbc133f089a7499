/** The task pane: four views over a WorkbookPort, French first, following the host's theme. */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { AppProps, ViewId } from './App.types';
import { useAnalysis } from './hooks/useAnalysis';
import { useCheckOnOpen } from './hooks/useCheckOnOpen';
import { PRIVACY_PAGE } from '../ui/links';
import { I18nContext, translator } from './i18n';
import { langFromLocale } from './theme';
import type { ThemeName } from './theme';
import { useAppStyles, useGlobalStyles } from './useAppStyles.styles';

const browserLocale = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

const systemTheme = (): ThemeName =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

const VIEWS: readonly ViewId[] = ['create', 'import', 'control', 'funding', 'synthesis'];

// Each view, with its Fluent components (and the generator for Créer), loads when first shown: the pane starts light.
const CreateView = lazy(() => import('./components/Create/CreateView.js').then((m) => ({ default: m.CreateView })));
const ImportView = lazy(() => import('./components/Import/ImportView.js').then((m) => ({ default: m.ImportView })));
const ControlView = lazy(() => import('./components/Control/ControlView.js').then((m) => ({ default: m.ControlView })));
const FundingView = lazy(() => import('./components/Funding/FundingView.js').then((m) => ({ default: m.FundingView })));
const SynthesisView = lazy(() => import('./components/Synthesis/SynthesisView.js').then((m) => ({ default: m.SynthesisView })));

export function App({ port, lang: langOverride, onDownload, theme: themeOverride, notice, embedded = false, initialView = 'create', checkOnOpen = false }: AppProps): ReactElement {
  useGlobalStyles();
  const styles = useAppStyles();
  const lang = langOverride ?? langFromLocale(browserLocale());
  const theme = themeOverride ?? systemTheme();
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = i18n;
  const [view, setView] = useState<ViewId>(initialView);
  const analysis = useCheckOnOpen(useAnalysis(port), checkOnOpen);
  const clsName = analysis.analysis?.clsName ?? null;
  const createLabel = port.apply ? t('tabCreate') : t('tabDownload');
  const labels: Readonly<Record<ViewId, string>> = { create: createLabel, import: t('tabImport'), control: t('tabControl'), funding: t('tabFunding'), synthesis: t('tabSynthesis') };
  // Importer writes into the workbook: only where the port can (inside Excel, or the in-memory preview).
  const views = port.apply ? VIEWS : VIEWS.filter((id) => id !== 'import');
  const hasNotices = port.kind === 'memory' || notice !== undefined;

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <I18nContext.Provider value={i18n}>
        <div className={styles.root}>
          {/* Host notices sit in the banner: every piece of the pane is inside a landmark. */}
          {embedded && !clsName && !hasNotices ? null : (
            <header className={styles.header}>
              {embedded ? null : <h1 className={styles.product}>{t('productName')}</h1>}
              {clsName ? <p className={styles.cls}>{clsName}</p> : null}
              {hasNotices ? (
                <div className={styles.notices}>
                  {port.kind === 'memory' ? (
                    <MessageBar intent="info" layout="multiline">
                      <MessageBarBody>
                        <MessageBarTitle>{t('previewNotice')}</MessageBarTitle> {t('previewNoticeDetail')}
                      </MessageBarBody>
                    </MessageBar>
                  ) : null}
                  {notice?.kind === 'api-too-old' ? (
                    <MessageBar intent="warning" layout="multiline">
                      <MessageBarBody>{t('apiTooOld', { requirement: notice.requirement })}</MessageBarBody>
                    </MessageBar>
                  ) : null}
                </div>
              ) : null}
            </header>
          )}
          <nav className={styles.tabs} aria-label={t('tabsLabel')}>
            <TabList className={styles.tabList} selectedValue={view} onTabSelect={(_, data) => setView(data.value as ViewId)} size="small" aria-label={t('tabsLabel')}>
              {views.map((id) => (
                <Tab key={id} value={id} id={`tab-${id}`} className={styles.tab} aria-controls={id === view ? `panel-${id}` : undefined}>
                  {labels[id]}
                </Tab>
              ))}
            </TabList>
          </nav>
          <main className={styles.main}>
            <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
              <Suspense fallback={<Spinner size="small" label={t('loadingView')} />}>
                {view === 'create' ? <CreateView port={port} onDownload={onDownload} onApplied={analysis.invalidate} /> : null}
                {view === 'import' ? <ImportView port={port} defaultProfile={analysis.analysis?.report.profile ?? 'generic'} onImported={analysis.invalidate} /> : null}
                {view === 'control' ? <ControlView port={port} analysis={analysis} /> : null}
                {view === 'funding' ? <FundingView analysis={analysis} port={port} /> : null}
                {view === 'synthesis' ? <SynthesisView analysis={analysis} port={port} /> : null}
              </Suspense>
            </div>
          </main>
          {/* Embedded in the page, whose banner links to the same page. */}
          {embedded ? null : (
            <footer className={styles.footer}>
              <a className={styles.footerLink} href={PRIVACY_PAGE} target="_blank" rel="noopener" aria-label={t('privacyLinkLabel')}>
                {t('privacyLink')}
              </a>
            </footer>
          )}
        </div>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

/**
 * Under the task pane, for the open workbook: the partner statement (export, print) and the charts. The comparison with a
 * previous version is the pane's own (Synthèse): one place for one choice.
 */
import { Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../domain/report';
import { validateWorkbook } from '../domain/validate';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import { localIsoDate } from './dates';
import type { SaveFile } from './download';
import { extrasTranslator } from './extras-texts';
import type { FilePort } from './file-port';
import { StatementPanel } from './StatementPanel';
import { useExtrasStyles, usePrintStyles } from './useExtrasStyles.styles';
import type { XlsxLoader } from './xlsx-loader';

// The charts load in their own chunk, after the statement: they are looked at, not needed to read the figures.
const Charts = lazy(() => import('./charts/Charts.js').then((m) => ({ default: m.Charts })));

export interface WorkbookExtrasProps {
  readonly port: FilePort;
  readonly lang: Lang;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
}

export function WorkbookExtras({ port, lang, loadXlsx, saveFile }: WorkbookExtrasProps): ReactElement | null {
  usePrintStyles();
  const styles = useExtrasStyles();
  const t = useMemo(() => extrasTranslator(lang), [lang]);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [asOf] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    let live = true;
    // The page read the file before opening it: this is the same, cached snapshot; a check that read the file again brings the new one.
    port.current().then(
      (s) => live && setSnapshot(s),
      () => undefined,
    );
    const stop = port.subscribe((_outcome, s) => setSnapshot(s));
    return () => {
      live = false;
      stop();
    };
  }, [port]);
  const report = useMemo(() => (snapshot === null ? null : validateWorkbook(snapshot, { asOf })), [snapshot, asOf]);
  if (snapshot === null || report === null) return null;
  return (
    <>
      <StatementPanel snapshot={snapshot} lang={lang} asOf={asOf} loadXlsx={loadXlsx} saveFile={saveFile} />
      <section className={styles.section} aria-labelledby="charts-title" data-print-hide="">
        <h2 id="charts-title" className={styles.heading}>
          {t('chartsTitle')}
        </h2>
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t('chartsLoading')} />}>
          <Charts report={report} lang={lang} />
        </Suspense>
      </section>
    </>
  );
}

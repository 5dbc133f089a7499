/**
 * Before any file: download a new CLS workbook, through the same handler the task pane's download view uses, with the
 * same controls for the same choices (the form loads after the page's first screen).
 */
import { Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Suspense, lazy } from 'react';
import type { Lang } from '../domain/report';
import type { WorkbookOptions } from '../taskpane/types';
import type { WebTranslate } from './texts';
import { useWebPageStyles } from './useWebPageStyles.styles';

const DownloadForm = lazy(() => import('./DownloadForm.js').then((m) => ({ default: m.DownloadForm })));

export interface DownloadSectionProps {
  readonly lang: Lang;
  readonly t: WebTranslate;
  readonly download: (options: WorkbookOptions) => Promise<string>;
}

export function DownloadSection({ lang, t, download }: DownloadSectionProps): ReactElement {
  const styles = useWebPageStyles();
  return (
    <section className={styles.card} aria-labelledby="download-title">
      <h2 id="download-title" className={styles.heading}>
        {t('downloadTitle')}
      </h2>
      <p className={styles.text}>{t('downloadIntro')}</p>
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t('downloadLoading')} />}>
        <DownloadForm lang={lang} t={t} download={download} />
      </Suspense>
    </section>
  );
}

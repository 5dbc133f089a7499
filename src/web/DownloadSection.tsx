/** Before any file: download a new CLS workbook, through the same handler the task pane's download view uses. */
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useState } from 'react';
import { PROFILES } from '../domain/profiles/profiles';
import type { Lang, ProfileId } from '../domain/report';
import type { WorkbookOptions } from '../taskpane/types';
import type { WebTranslate } from './texts';
import { useWebPageStyles } from './useWebPageStyles.styles';

const YEARS = [3, 4, 5] as const;

export interface DownloadSectionProps {
  readonly lang: Lang;
  readonly t: WebTranslate;
  readonly download: (options: WorkbookOptions) => Promise<string>;
}

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'done'; readonly name: string } | { readonly kind: 'failed'; readonly reason: string };

export function DownloadSection({ lang, t, download }: DownloadSectionProps): ReactElement {
  const styles = useWebPageStyles();
  const [profile, setProfile] = useState<ProfileId>('normandie');
  const [years, setYears] = useState<3 | 4 | 5>(3);
  const [sample, setSample] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const start = (): void => {
    setOutcome({ kind: 'busy' });
    download({ profile, years, sample, startYear: new Date().getFullYear() }).then(
      (name) => setOutcome({ kind: 'done', name }),
      (error: unknown) => setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className={styles.card} aria-labelledby="download-title">
      <h2 id="download-title" className={styles.heading}>
        {t('downloadTitle')}
      </h2>
      <p className={styles.text}>{t('downloadIntro')}</p>
      <div className={styles.form}>
        <Field label={t('profileLabel')} className={styles.field}>
          <Select value={profile} onChange={(_, data) => setProfile(data.value as ProfileId)}>
            {PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('durationLabel')} className={styles.field}>
          <Select value={String(years)} onChange={(_, data) => setYears(Number(data.value) as 3 | 4 | 5)}>
            {YEARS.map((n) => (
              <option key={n} value={String(n)}>
                {t('durationYears', { n })}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox label={t('sampleLabel')} checked={sample} onChange={(_, data) => setSample(data.checked === true)} />
      </div>
      <div>
        <Button appearance="primary" disabled={outcome.kind === 'busy'} onClick={start}>
          {t('downloadButton')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === 'busy' ? <Spinner size="tiny" labelPosition="after" label={t('downloading')} /> : null}
        {outcome.kind === 'done' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('downloaded', { name: outcome.name })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {outcome.kind === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('downloadFailed', { reason: outcome.reason })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

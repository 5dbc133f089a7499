/**
 * The choices of a new workbook — regional profile, duration, content, the sample's signature year — with the same
 * controls wherever they are asked: Créer, the pane's Télécharger, the web page's download section.
 */
import { Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useEffect, useState } from 'react';
import { PROFILES } from '../../../domain/profiles/profiles';
import type { Lang, ProfileId } from '../../../domain/report';
import type { Translate } from '../../i18n';
import type { WorkbookOptions } from '../../types';
import { useCreateViewStyles } from './useCreateViewStyles.styles';

const YEARS = [3, 4, 5] as const;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** What is chosen before anything is touched: Normandie, 3 years, empty tables; a sample would be signed in `year`. */
export const initialWorkbookOptions = (year: number): WorkbookOptions => ({ profile: 'normandie', years: 3, sample: false, startYear: year });

export interface WorkbookOptionsFieldsProps {
  readonly options: WorkbookOptions;
  readonly onChange: (change: Partial<WorkbookOptions>) => void;
  /** The pane's words (the page passes the same translator): one wording for one choice. */
  readonly t: Translate;
  readonly lang: Lang;
}

export function WorkbookOptionsFields({ options, onChange, t, lang }: WorkbookOptionsFieldsProps): ReactElement {
  const styles = useCreateViewStyles();
  // The year as typed: « 202 » on the way to « 2025 » stays on screen, and only a whole year in range is taken.
  const [yearText, setYearText] = useState(String(options.startYear ?? ''));
  useEffect(() => setYearText(String(options.startYear ?? '')), [options.startYear]);
  const year = Number(yearText);
  const yearOk = /^\d{4}$/.test(yearText.trim()) && year >= FIRST_YEAR && year <= LAST_YEAR;

  return (
    <div className={styles.form}>
      <Field label={t('profileLabel')} hint={t('profileHint')}>
        <RadioGroup value={options.profile} onChange={(_, data) => onChange({ profile: data.value as ProfileId })}>
          {PROFILES.map((profile) => (
            <Radio key={profile.id} value={profile.id} label={profile.label[lang]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('durationLabel')}>
        <RadioGroup layout="horizontal" value={String(options.years)} onChange={(_, data) => onChange({ years: Number(data.value) as 3 | 4 | 5 })}>
          {YEARS.map((years) => (
            <Radio key={years} value={String(years)} label={t('durationYears', { n: years })} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('contentLabel')}>
        <RadioGroup value={options.sample ? 'sample' : 'empty'} onChange={(_, data) => onChange({ sample: data.value === 'sample' })}>
          <Radio value="empty" label={t('contentEmpty')} />
          <Radio value="sample" label={t('contentSample')} />
        </RadioGroup>
      </Field>
      {options.sample ? (
        <Field
          label={t('startYearLabel')}
          hint={t('startYearHint')}
          validationState={yearOk ? 'none' : 'error'}
          validationMessage={yearOk ? null : t('startYearInvalid', { first: FIRST_YEAR, last: LAST_YEAR, year: options.startYear ?? '' })}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            value={yearText}
            onChange={(_, data) => {
              setYearText(data.value);
              const typed = Number(data.value);
              if (/^\d{4}$/.test(data.value.trim()) && typed >= FIRST_YEAR && typed <= LAST_YEAR) onChange({ startYear: typed });
            }}
          />
        </Field>
      ) : null}
    </div>
  );
}

/**
 * « Harmoniser les noms »: partner names typed otherwise than in the partner list, which the partner table
 * cannot count, rewritten to the list's name — only the cells the user ticks, after seeing each change.
 */
import { Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { CellEdit, RewriteOutcome, WorkbookPort } from '../../../domain/port';
import type { Finding } from '../../../domain/report';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import { keyOf, useHarmonizeNames } from './useHarmonizeNames';
import { useControlViewStyles } from './useControlViewStyles.styles';

export interface HarmonizeNamesProps {
  readonly port: WorkbookPort;
  readonly findings: readonly Finding[];
  /** Checks the workbook again once names are rewritten. */
  readonly onDone: () => void;
}

/** Spaces before or after a name are often the whole difference: show them (`cpam␣`). */
const visibleSpaces = (text: string): string => text.replace(/^\s+|\s+$/g, (spaces) => '␣'.repeat(spaces.length));

/** The section, shown while there is a name to rewrite or an outcome to say; nothing when the port cannot rewrite. */
export function HarmonizeNames({ port, findings, onDone }: HarmonizeNamesProps): ReactElement | null {
  const styles = useControlViewStyles();
  const { t } = useI18n();
  const { available, edits, chosen, isTicked, toggle, harmonize, outcome, operation } = useHarmonizeNames(port, findings, onDone);
  if (!available || (edits.length === 0 && outcome === null)) return null;
  return (
    <section className={styles.tools} aria-labelledby="harmonize-title">
      <h3 id="harmonize-title" className={styles.heading}>
        {t('harmonizeTitle')}
      </h3>
      {edits.length > 0 ? <HarmonizeChoices edits={edits} isTicked={isTicked} onToggle={toggle} chosen={chosen.length} disabled={chosen.length === 0 || operation.busy !== null} onHarmonize={harmonize} /> : null}
      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />
      {outcome ? <HarmonizeOutcome outcome={outcome} /> : null}
    </section>
  );
}

interface HarmonizeChoicesProps {
  readonly edits: readonly CellEdit[];
  readonly isTicked: (key: string) => boolean;
  readonly onToggle: (key: string, on: boolean) => void;
  /** How many are ticked, said by the button. */
  readonly chosen: number;
  readonly disabled: boolean;
  readonly onHarmonize: () => void;
}

/** Each rewrite as a checkbox, ticked until the user says otherwise, and the button that writes those ticked. */
function HarmonizeChoices({ edits, isTicked, onToggle, chosen, disabled, onHarmonize }: HarmonizeChoicesProps): ReactElement {
  const styles = useControlViewStyles();
  const { t } = useI18n();
  return (
    <>
      <p className={styles.muted}>{t('harmonizeIntro')}</p>
      <ul className={styles.list} aria-label={t('harmonizeListLabel')}>
        {edits.map((edit) => (
          <HarmonizeChoice key={keyOf(edit)} edit={edit} ticked={isTicked(keyOf(edit))} onToggle={onToggle} />
        ))}
      </ul>
      <div>
        <Button appearance="primary" disabled={disabled} onClick={onHarmonize}>
          {t('harmonizeButton', { n: chosen })}
        </Button>
      </div>
    </>
  );
}

/** One cell to rewrite: `Financements!B3 : « cpam␣ » → « CPAM »`. */
function HarmonizeChoice({ edit, ticked, onToggle }: { readonly edit: CellEdit; readonly ticked: boolean; readonly onToggle: (key: string, on: boolean) => void }): ReactElement {
  const { t } = useI18n();
  const key = keyOf(edit);
  return (
    <li>
      <Checkbox checked={ticked} onChange={(_, data) => onToggle(key, data.checked === true)} label={t('harmonizeItem', { where: key, from: visibleSpaces(edit.expected), to: edit.value })} />
    </li>
  );
}

/** How many names were rewritten, and which cells were left because they changed meanwhile. */
function HarmonizeOutcome({ outcome }: { readonly outcome: RewriteOutcome }): ReactElement {
  const { t } = useI18n();
  return (
    <MessageBar intent={outcome.skipped.length > 0 ? 'warning' : 'success'}>
      <MessageBarBody>
        {t('harmonizeDone', { n: outcome.written.length })}
        {outcome.skipped.length > 0 ? ` ${t('harmonizeSkipped', { n: outcome.skipped.length, cells: outcome.skipped.map(keyOf).join(', ') })}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}

/** What Contrôler can do in the workbook: highlight the cells found, write the `Contrôle` sheet, select a finding's cell. */
import { Button, Switch } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useI18n } from '../../i18n';
import type { ControlViewState } from './useControlView';
import { useControlViewStyles } from './useControlViewStyles.styles';

export interface ControlToolsProps {
  readonly state: ControlViewState;
  /** The port can select a cell in the workbook. */
  readonly canSelect: boolean;
}

export function ControlTools({ state, canSelect }: ControlToolsProps): ReactElement {
  const styles = useControlViewStyles();
  const { t } = useI18n();
  const acting = state.actions.busy !== null;
  // A read-only host (the web page): one sentence rather than a row of disabled controls.
  if (!state.canHighlight && !state.canWriteControl) return <p className={styles.muted}>{t('excelOnlyTools')}</p>;
  return (
    <div className={styles.tools}>
      {state.canHighlight ? (
        <Switch label={t('highlightLabel')} checked={state.highlighted} disabled={acting} onChange={(_, data) => state.setHighlighted(data.checked)} />
      ) : (
        <Switch label={t('highlightLabel')} checked={false} disabled />
      )}
      <p className={styles.muted}>{state.canHighlight ? t('highlightHint') : t('highlightUnavailable')}</p>
      <div>
        <Button disabled={!state.canWriteControl || acting} onClick={state.writeControl}>
          {t('writeControl')}
        </Button>
      </div>
      <p className={styles.muted}>{state.canWriteControl ? t('writeControlHint') : t('writeControlUnavailable')}</p>
      {canSelect ? null : <p className={styles.muted}>{t('selectUnavailable')}</p>}
    </div>
  );
}

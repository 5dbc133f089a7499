/** The shown findings by table, one accordion item a table, each finding opening its detail. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useI18n } from '../../i18n';
import { FindingItem } from './FindingItem';
import type { ControlViewState } from './useControlView';
import { useControlViewStyles } from './useControlViewStyles.styles';

export function FindingGroups({ state }: { readonly state: ControlViewState }): ReactElement {
  const styles = useControlViewStyles();
  const { t } = useI18n();
  if (state.groups.length === 0) return <p className={styles.muted}>{t('noFindingsShown')}</p>;
  return (
    <Accordion multiple collapsible openItems={state.openGroups} onToggle={(_, data) => state.setOpenGroups(data.openItems as string[])} aria-label={t('findingsLabel')}>
      {state.groups.map((group) => (
        <AccordionItem key={group.table} value={group.table}>
          <AccordionHeader size="small">
            <span className={styles.groupHeader}>
              <span className={styles.groupName}>{group.sheet}</span>
              <span className={styles.groupSheet}>
                {group.table} · {group.findings.length === 1 ? t('findingCountOne') : t('findingCountMany', { n: group.findings.length })}
              </span>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={`${group.sheet} — ${group.table}`}>
              {group.findings.map(({ index, finding, consequences }) => (
                <FindingItem
                  key={index}
                  index={index}
                  finding={finding}
                  consequences={consequences}
                  open={state.openFinding === index}
                  selected={state.selectedFinding === index}
                  onActivate={state.openDetail}
                />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

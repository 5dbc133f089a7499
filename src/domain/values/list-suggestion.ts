/**
 * « Vouliez-vous dire … ? » for a value outside a closed list: a word coordinators use for a list value
 * (Terminé → Réalisée, Notifié → Acquis, the import's vocabulary), or a slip of the keyboard (Réalisé, Aqcuis).
 */
import { ACTION_STATUS_MAP, FUNDING_NATURE_MAP, FUNDING_OBJECT_MAP, FUNDING_STATUS_MAP, mapValue } from '../import/vocabulary';
import { isNearSpelling } from '../partners/match';
import type { StaticListId } from '../workbook/lists';
import { LISTS } from '../workbook/lists';

const SYNONYMS: Partial<Readonly<Record<StaticListId, Readonly<Record<string, string>>>>> = {
  actionStatuses: ACTION_STATUS_MAP,
  fundingStatuses: FUNDING_STATUS_MAP,
  fundingNatures: FUNDING_NATURE_MAP,
  fundingObjects: FUNDING_OBJECT_MAP,
};

/** The list value `typed` most likely means, or undefined when nothing is close enough to say. */
export function listSuggestion(list: StaticListId, typed: string): string | undefined {
  const values: readonly string[] = LISTS[list].values;
  const synonyms = SYNONYMS[list];
  const synonym = synonyms === undefined ? undefined : mapValue(synonyms, typed);
  if (synonym !== undefined && values.includes(synonym)) return synonym;
  const near = values.filter((value) => isNearSpelling(typed, value));
  return near.length === 1 ? near[0] : undefined;
}

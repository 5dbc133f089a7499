/** Whether a dropped workbook is laid out as the contract (then it is checked) or is the coordinator's own (then converted). */
import { ACTIONS_TABLE, EVALUATION_TABLE, FUNDINGS_TABLE } from '../domain/workbook/contract';
import { locateTable } from '../domain/workbook/locate';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';

/** True when the actions, fundings or evaluation table of the contract is there (as a table or on its own sheet). */
export function hasContractTables(snapshot: WorkbookSnapshot): boolean {
  return [ACTIONS_TABLE, FUNDINGS_TABLE, EVALUATION_TABLE].some((spec) => locateTable(snapshot, spec) !== undefined);
}

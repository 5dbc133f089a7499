/** A table part (`xl/tables/table1.xml`): the ListObject's name, range, header and totals rows, column names. */
import { unescapeExcelText } from './strings';
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

export interface TablePart {
  readonly name: string;
  readonly ref: string;
  /** `headerRowCount`: 1 when absent, as Excel omits it for the usual table. */
  readonly headerRows: number;
  /** `totalsRowCount`: the totals row is inside `ref`. */
  readonly totalsRows: number;
  readonly columns: readonly string[];
}

const count = (value: string | undefined, absent: number): number => {
  const n = Number(value ?? absent);
  return Number.isInteger(n) && n >= 0 ? n : absent;
};

/** Reads one table part; undefined when it names no table or no range. */
export async function readTablePart(archive: ZipArchive, part: string): Promise<TablePart | undefined> {
  let table: { name?: string; ref?: string; headerRows: number; totalsRows: number } | undefined;
  const columns: string[] = [];
  await readXmlPart(archive, part, {
    open: (element) => {
      if (element.local === 'table' && !table) {
        const displayName = element.attr('displayName');
        const name = displayName !== undefined && displayName !== '' ? displayName : element.attr('name');
        const ref = element.attr('ref');
        table = {
          ...(name === undefined ? {} : { name }),
          ...(ref === undefined ? {} : { ref }),
          headerRows: count(element.attr('headerRowCount'), 1),
          totalsRows: count(element.attr('totalsRowCount'), 0),
        };
      } else if (element.local === 'tableColumn') columns.push(unescapeExcelText(element.attr('name') ?? ''));
    },
    close: () => undefined,
    text: () => undefined,
  });
  if (table?.name === undefined || table.ref === undefined) return undefined;
  return { name: table.name, ref: table.ref, headerRows: table.headerRows, totalsRows: table.totalsRows, columns };
}

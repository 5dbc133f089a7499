/** `xl/styles.xml`, as far as reading values needs it: the number format of each cell style. */
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

/** Excel's built-in number formats (ECMA-376 §18.8.30), as exceljs named them; 0 (General) is no format. */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** East Asian built-in date formats (27–36, 50–58) differ by locale; any date format tells a date column. */
const LOCALE_DATE = 'yyyy-mm-dd';
const isLocaleDateId = (id: number): boolean => (id >= 27 && id <= 36) || (id >= 50 && id <= 58);

/** The number format of each cell style index (`s` of a cell), null for General. */
export type CellFormats = readonly (string | null)[];

const formatOf = (id: number, custom: ReadonlyMap<number, string>): string | null => {
  const code = custom.get(id) ?? BUILT_IN[id] ?? (isLocaleDateId(id) ? LOCALE_DATE : null);
  return code === undefined || code === null || code === 'General' ? null : code;
};

/** Reads the cell styles' number formats; none when the workbook has no styles part. */
export async function readCellFormats(archive: ZipArchive, part: string | undefined): Promise<CellFormats> {
  if (part === undefined || !archive.has(part)) return [];
  const custom = new Map<number, string>();
  const styleIds: number[] = [];
  let inCellXfs = false;
  await readXmlPart(archive, part, {
    open: (element) => {
      if (element.local === 'numFmt') {
        const id = Number(element.attr('numFmtId'));
        const code = element.attr('formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (element.local === 'cellXfs') inCellXfs = true;
      else if (element.local === 'xf' && inCellXfs) styleIds.push(Number(element.attr('numFmtId') ?? 0));
    },
    close: (local) => {
      if (local === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return styleIds.map((id) => formatOf(id, custom));
}

/** `xl/workbook.xml`: the sheets in order, the date system and the workbook-scoped defined names. */
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

export interface SheetEntry {
  readonly name: string;
  /** The relationship id of its part. */
  readonly relationship: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** Serials count from 1904 (old Mac workbooks): dates are 1 462 days behind the 1900 system. */
  readonly date1904: boolean;
  readonly names: readonly { readonly name: string; readonly ref: string }[];
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/** One area of a defined name, `Listes!$A$2:$A$6` or `'Paramètres'!$D$2`: what exceljs called a range. */
const AREA = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

/** The areas of a name's formula, split on commas outside quotes; undefined when any part is not an area (a formula, a constant). */
export function nameAreas(formula: string): string[] | undefined {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of formula.trim()) {
    if (char === "'") quoted = !quoted;
    if (char === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += char;
  }
  areas.push(current);
  return areas.every((area) => AREA.test(area)) ? areas : undefined;
}

/** Reads the workbook part. */
export async function readWorkbookPart(archive: ZipArchive, part: string): Promise<WorkbookPart> {
  const sheets: SheetEntry[] = [];
  const names: { name: string; ref: string }[] = [];
  let date1904 = false;
  let name: { name: string; text: string } | undefined;
  await readXmlPart(archive, part, {
    open: (element) => {
      if (element.local === 'workbookPr') date1904 = isTrue(element.attr('date1904'));
      else if (element.local === 'sheet') {
        const sheetName = element.attr('name');
        const relationship = element.prefixedAttr('id');
        if (sheetName !== undefined && relationship !== undefined) sheets.push({ name: sheetName, relationship });
      } else if (element.local === 'definedName') {
        const definedName = element.attr('name');
        // Sheet-scoped names and Excel's own (_xlnm.Print_Area…) are not the workbook's lists.
        if (definedName !== undefined && element.attr('localSheetId') === undefined && !definedName.startsWith('_xlnm.')) {
          name = { name: definedName, text: '' };
        }
      }
    },
    close: (local) => {
      if (local !== 'definedName' || !name) return;
      const areas = nameAreas(name.text);
      if (areas) names.push({ name: name.name, ref: areas.join(',') });
      name = undefined;
    },
    text: (text) => {
      if (name) name.text += text;
    },
  });
  return { sheets, date1904, names };
}

/**
 * Text as Excel stores it: `_xHHHH_` escapes for characters XML cannot hold, rich-text runs joined, phonetic
 * guides left out. Shared strings (`xl/sharedStrings.xml`) and inline strings (`<is>`) read alike.
 */
import type { XmlElement } from './xml';
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

/** `_x000D_` is a CR, `_x005F_` escapes the underscore of a literal `_x…_` (ECMA-376 §22.9.2.19). */
export const unescapeExcelText = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

/**
 * Collects the text of one string item (`<si>` or `<is>`): the `<t>` directly inside it or inside its runs `<r>`,
 * never the phonetic reading `<rPh>`.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(element: XmlElement): void {
    if (element.local === 'rPh') this.phonetic++;
    else if (element.local === 't' && this.phonetic === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === 'rPh') this.phonetic--;
    else if (local === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and the collector ready for the next item. */
  take(): string {
    const text = unescapeExcelText(this.parts.join(''));
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return text;
  }
}

/** The shared strings of the workbook, in order. */
export async function readSharedStrings(archive: ZipArchive, part: string): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItem();
  let inItem = false;
  await readXmlPart(archive, part, {
    open: (element) => {
      if (element.local === 'si') inItem = true;
      else if (inItem) item.open(element);
    },
    close: (local) => {
      if (local === 'si') {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(local);
    },
    text: (text) => {
      if (inItem) item.text(text);
    },
  });
  return strings;
}

/** Why a file cannot be read as a CLS workbook, in English: one line, never a stack trace. */
import { formatNumber } from '../../domain/values/format';
import type { ReadErrorTexts } from '../fr/read-errors';

const MIB = 1024 * 1024;
const mib = (bytes: number): string => formatNumber(Math.ceil((bytes / MIB) * 10) / 10, 'en');
const count = (n: number): string => formatNumber(n, 'en');

export const readErrors: ReadErrorTexts = {
  defaultFile: 'the file',
  oversize: (o) => {
    switch (o.kind) {
      case 'file':
        return `the file weighs ${mib(o.bytes)} MB (at most ${mib(o.limit)} MB)`;
      case 'entries':
        return `the archive holds ${count(o.count)} files (at most ${count(o.limit)})`;
      case 'part':
        return `${o.part} takes ${mib(o.bytes)} MB once uncompressed (at most ${mib(o.limit)} MB)`;
      case 'total':
        return `more than ${mib(o.limit)} MB once uncompressed`;
      case 'sheet-cells':
        return `sheet "${o.sheet}" has more than ${count(o.limit)} filled cells`;
      case 'cells':
        return `more than ${count(o.limit)} filled cells in all`;
    }
  },
  damage: (d) => {
    switch (d.kind) {
      case 'crc':
        return `the checksum of ${d.part} does not match its content`;
      case 'size':
        return `${d.part} does not have the size the archive announces`;
      case 'compression':
        return `${d.part} is compressed in an unreadable way`;
      case 'xml':
        return `${d.part} is not well-formed XML`;
      case 'doctype':
        return `${d.part} holds a DOCTYPE declaration, which workbooks may not have (refused for safety)`;
      case 'content-types':
        return `the content list [Content_Types].xml is missing`;
      case 'missing-part':
        return `${d.part} is missing`;
      case 'duplicate-entry':
        return `${d.part} appears twice in the archive`;
      case 'cell-address':
        return `${d.part} names cell "${d.address}", outside an Excel sheet`;
      case 'shared-strings':
        return `${count(d.cells)} cells refer to shared strings (xl/sharedStrings.xml) that are missing`;
    }
  },
  reasons: {
    missing: (f) => `${f}: file not found`,
    'not-a-file': (f) => `${f} is not a file`,
    unreadable: (f) => `${f}: cannot be read (permissions?)`,
    empty: (f) => `${f} is empty (0 bytes): not an .xlsx workbook`,
    'not-zip': (f) => `${f} is not an .xlsx workbook (the content is not an Excel archive)`,
    corrupt: (f) => `${f} is a truncated or corrupt .xlsx workbook: open it and save it again in Excel`,
    'encrypted-or-xls': (f) => `${f} is password-protected (encrypted) or in the Excel 97-2003 format (.xls): save it without a password as .xlsx`,
    'not-xlsx': (f) => `${f} is a zip archive but not an .xlsx workbook (no worksheet)`,
    'too-large': (f, d) => `${f}: workbook too large${d === undefined ? '' : ` (${d})`}; split it or delete the sheets you do not need`,
    damaged: (f, d) => `${f} is a damaged workbook${d === undefined ? '' : ` (${d})`}: open it in Excel, which offers to repair it, and save it again`,
  },
};

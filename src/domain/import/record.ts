/**
 * What an import leaves in the workbook (a custom XML part, invisible to the user): the mapping it used, and for
 * each row it wrote, a fingerprint of each value as written. A re-import compares a cell with its fingerprint to
 * tell a value the import wrote (it may update it) from one the user typed since (kept).
 */
import { z } from 'zod';
import { importMappingSchema } from './mapping';
import type { ImportMapping } from './mapping';

export const RECORD_NAMESPACE = 'urn:tableaux-cls:import:1';
const RECORD_ELEMENT = 'clsImport';
export const RECORD_VERSION = 1;

/** Column key → fingerprint of the value written there. */
export type RowPrints = Readonly<Record<string, string>>;

export const importRecordSchema = z.object({
  version: z.literal(RECORD_VERSION),
  mapping: importMappingSchema,
  /** Table name → row identity → fingerprints. */
  rows: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.string()))),
});

export type ImportRecord = z.infer<typeof importRecordSchema>;

/** FNV-1a (32 bits) of a comparable value, in base 36: short, and a changed cell changes it. */
export function fingerprint(comparableValue: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < comparableValue.length; i++) {
    hash ^= comparableValue.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[entity] ?? '');

/** The record as the XML of a custom part. */
export function recordXml(record: ImportRecord): string {
  return `<${RECORD_ELEMENT} xmlns="${RECORD_NAMESPACE}">${escapeXml(JSON.stringify(record))}</${RECORD_ELEMENT}>`;
}

/** The record of a part's XML; null when the part is not one (damaged, or from a later version): the import then starts afresh. */
export function parseRecordXml(xml: string | null): ImportRecord | null {
  if (xml === null) return null;
  const body = new RegExp(`<${RECORD_ELEMENT}[^>]*>([\\s\\S]*)</${RECORD_ELEMENT}>`).exec(xml)?.[1];
  if (body === undefined) return null;
  try {
    const parsed = importRecordSchema.safeParse(JSON.parse(unescapeXml(body)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const emptyRecord = (mapping: ImportMapping): ImportRecord => ({ version: RECORD_VERSION, mapping, rows: {} });

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
/** Bytes of one record part: under half the per-sync budget, so a part and its sync's other work fit. */
export const RECORD_PART_MAX_BYTES = 400_000;

/** Column key → fingerprint of the value written there. */
export type RowPrints = Readonly<Record<string, string>>;

export interface ImportRecord {
  readonly version: typeof RECORD_VERSION;
  readonly mapping: ImportMapping;
  /** Table name → row identity → column key → fingerprint of the value written. */
  readonly rows: Readonly<Record<string, Readonly<Record<string, RowPrints>>>>;
}

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

/** As stored: per table, the column keys once, then each row's fingerprints in that order (a tenth of the plain form). */
const storedSchema = z.object({
  version: z.literal(RECORD_VERSION),
  mapping: importMappingSchema,
  tables: z.record(z.string(), z.object({ columns: z.array(z.string()), rows: z.record(z.string(), z.string()) })),
});

/** The record as the JSON stored in the workbook. */
export function serializeRecord(record: ImportRecord): string {
  const tables: Record<string, { columns: string[]; rows: Record<string, string> }> = {};
  for (const [table, rows] of Object.entries(record.rows)) {
    const columns = [...new Set(Object.values(rows).flatMap((prints) => Object.keys(prints)))];
    // `-`: no fingerprint for that column (a column the row did not write).
    tables[table] = { columns, rows: Object.fromEntries(Object.entries(rows).map(([key, prints]) => [key, columns.map((c) => prints[c] ?? '-').join(' ')])) };
  }
  return JSON.stringify({ version: record.version, mapping: record.mapping, tables });
}

/** The record of its stored JSON; null when it is not one (damaged, or from another version): the import then starts afresh. */
export function deserializeRecord(json: string): ImportRecord | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(json));
    if (!parsed.success) return null;
    const rows: Record<string, Record<string, Record<string, string>>> = {};
    for (const [table, { columns, rows: stored }] of Object.entries(parsed.data.tables)) {
      rows[table] = Object.fromEntries(
        Object.entries(stored).map(([key, line]) => {
          const prints = line.split(' ');
          return [key, Object.fromEntries(columns.flatMap((c, i) => (prints[i] === undefined || prints[i] === '-' ? [] : [[c, prints[i]]])))];
        }),
      );
    }
    return { version: parsed.data.version, mapping: parsed.data.mapping, rows };
  } catch {
    return null;
  }
}

/** The parts holding a record: the index (found by RECORD_NAMESPACE) and, for a large record, chunks it names. */
export interface RecordParts {
  readonly index: string;
  readonly chunks: readonly { readonly namespace: string; readonly xml: string }[];
}

const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
};

/** Slices of `text` of at most `maxBytes` (UTF-8) each, never splitting a surrogate pair. */
function slices(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxBytes);
    while (end > start + 1 && utf8Bytes(text.slice(start, end)) > maxBytes) end = start + Math.floor((end - start) * 0.9);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * The XML parts of a record. Up to `maxBytes` it is one part; beyond, the index names uniquely named chunk parts
 * (`token` makes them new, so the old ones can be deleted once the new are written).
 */
export function recordParts(record: ImportRecord, maxBytes: number, token: string): RecordParts {
  const body = escapeXml(serializeRecord(record));
  if (utf8Bytes(body) <= maxBytes) return { index: `<${RECORD_ELEMENT} xmlns="${RECORD_NAMESPACE}">${body}</${RECORD_ELEMENT}>`, chunks: [] };
  const chunks = slices(body, maxBytes).map((slice, i) => {
    const namespace = `${RECORD_NAMESPACE}:${token}:${i + 1}`;
    return { namespace, xml: `<${RECORD_ELEMENT}Chunk xmlns="${namespace}">${slice}</${RECORD_ELEMENT}Chunk>` };
  });
  return { index: `<${RECORD_ELEMENT} xmlns="${RECORD_NAMESPACE}" chunks="${chunks.map((c) => c.namespace).join(' ')}"></${RECORD_ELEMENT}>`, chunks };
}

/** The chunk namespaces an index part names (none for a record held in one part). */
export function chunkNamespaces(indexXml: string): string[] {
  const list = /\bchunks="([^"]*)"/.exec(indexXml)?.[1];
  return list === undefined || list.trim() === '' ? [] : list.trim().split(/\s+/);
}

const bodyOf = (xml: string): string | null => /^\s*(?:<\?xml[^>]*\?>\s*)?<[^>]+>([\s\S]*)<\/[^>]+>\s*$/.exec(xml)?.[1] ?? null;

/** The record of its index part and chunk parts (in the index's order); null when missing or damaged. */
export function recordFromParts(indexXml: string | null, chunkXmls: readonly (string | null)[] = []): ImportRecord | null {
  if (indexXml === null) return null;
  const names = chunkNamespaces(indexXml);
  const bodies = names.length === 0 ? [bodyOf(indexXml)] : chunkXmls.map((xml) => (xml === null ? null : bodyOf(xml)));
  if (bodies.length !== Math.max(1, names.length) || bodies.some((b) => b === null)) return null;
  return deserializeRecord(unescapeXml(bodies.join('')));
}

export const emptyRecord = (mapping: ImportMapping): ImportRecord => ({ version: RECORD_VERSION, mapping, rows: {} });

/** Reads entries of a .xlsx (zip) with node:zlib, to see the XML exactly as written, independently of exceljs. */
import { inflateRawSync } from 'node:zlib';

/** Text of every entry, by path; stored (0) and deflated (8) entries only, as in .xlsx files. */
export function zipEntries(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Workbook-scoped defined names as written in xl/workbook.xml. */
export function definedNames(entries: Map<string, string>): Map<string, string> {
  const xml = entries.get('xl/workbook.xml') ?? '';
  const names = new Map<string, string>();
  for (const m of xml.matchAll(/<definedName\b[^>]*\bname="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)) names.set(decode(m[1]!), decode(m[2]!));
  return names;
}

export type XmlCellValue = string | number | boolean | null;

/** Cell values of a sheet by A1 address: cached formula results included, `<v>0</v>` kept as 0. */
export function sheetValues(entries: Map<string, string>, sheetName: string): Map<string, XmlCellValue> {
  const workbook = entries.get('xl/workbook.xml') ?? '';
  const rels = entries.get('xl/_rels/workbook.xml.rels') ?? '';
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => decode(/name="([^"]*)"/.exec(tag)?.[1] ?? '') === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rid = /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`));
  const target = (/Target="([^"]+)"/.exec(rel ?? '')?.[1] ?? '').replace(/^\/?(xl\/)?/, '');
  const xml = entries.get(`xl/${target}`);
  if (xml === undefined) throw new Error(`no part for ${sheetName}`);
  const shared = [...(entries.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1]!.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const values = new Map<string, XmlCellValue>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
    const body = m[3] ?? '';
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    const inline = /<is>[\s\S]*?<t\b[^>]*>([^<]*)<\/t>/.exec(body)?.[1];
    let value: XmlCellValue = null;
    if (type === 's' && v !== undefined) value = shared[Number(v)] ?? null;
    else if (type === 'str') value = decode(v ?? '');
    else if (type === 'inlineStr') value = decode(inline ?? '');
    else if (type === 'b') value = v === '1';
    else if (type === 'e') value = `#ERR:${v ?? ''}`;
    else if (v !== undefined && v !== '') value = Number(v);
    values.set(ref, value);
  }
  return values;
}

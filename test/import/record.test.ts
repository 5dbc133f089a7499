/** The import record as stored in the workbook: compact, split into parts when large, read back exactly or not at all. */
import { chunkNamespaces, deserializeRecord, recordFromParts, recordParts, serializeRecord } from '../../src/domain/import/record';
import type { ImportRecord } from '../../src/domain/import/record';
import { MAPPING_VERSION } from '../../src/domain/import';

const record: ImportRecord = {
  version: 1,
  mapping: {
    version: MAPPING_VERSION,
    year: 2025,
    areas: [{ kind: 'funding-list', id: 'Suivi « financier » 😀!A1:G9', sheet: 'Suivi « financier » 😀', headerRow: 1, firstRow: 2, lastRow: 9, include: true, columns: { funder: 'B', amount: 'E' } }],
    funders: { 'Ville <de> & Co': 'Commune' },
    values: { fundingStatus: { Notifié: 'Acquis' }, fundingNature: {}, fundingObject: {}, actionStatus: {}, evaluationTool: {} },
  },
  rows: {
    CLS_Financements: {
      'action|1.1.1|ars|2025|financier#1': { funder: 'abc', amount: '1x9' },
      'action|1.1.2|caf|2025|financier#1': { funder: 'def' },
    },
    CLS_Actions: { '1.1.1#1': { title: 'zz1', actionNumber: 'q' } },
  },
};

describe('the import record', () => {
  it('round-trips through its compact JSON, a missing fingerprint included', () => {
    const json = serializeRecord(record);
    expect(deserializeRecord(json)).toEqual(record);
    expect(json).toContain('"columns":["funder","amount"]');
    expect(json).toContain('"abc 1x9"');
    expect(json).toContain('"def -"');
  });

  it('is one part when small, and several chunk parts named by the index when large, read back in order', () => {
    expect(recordParts(record, 100_000, 't').chunks).toEqual([]);
    expect(recordFromParts(recordParts(record, 100_000, 't').index)).toEqual(record);
    const parts = recordParts(record, 120, 't1');
    expect(parts.chunks.length).toBeGreaterThan(3);
    expect(chunkNamespaces(parts.index)).toEqual(parts.chunks.map((c) => c.namespace));
    expect(parts.chunks.every((c) => Buffer.byteLength(c.xml.replace(/^<[^>]+>|<\/[^>]+>$/g, ''), 'utf8') <= 120)).toBe(true);
    expect(recordFromParts(parts.index, parts.chunks.map((c) => c.xml))).toEqual(record);
  });

  it('is not read at all when a chunk is missing, swapped or damaged, or from another version', () => {
    const parts = recordParts(record, 120, 't2');
    const xmls = parts.chunks.map((c) => c.xml);
    expect(recordFromParts(parts.index, [...xmls.slice(0, 1), null, ...xmls.slice(2)])).toBeNull();
    expect(recordFromParts(parts.index, [xmls[1]!, xmls[0]!, ...xmls.slice(2)])).toBeNull();
    expect(recordFromParts(parts.index, xmls.slice(1))).toBeNull();
    expect(recordFromParts('<clsImport xmlns="urn:tableaux-cls:import:1">{"version":2}</clsImport>')).toBeNull();
    expect(recordFromParts('not xml')).toBeNull();
    expect(recordFromParts(null)).toBeNull();
  });
});

/**
 * The zip container of an .xlsx, read from its central directory: entries listed and counted before anything is
 * inflated, each part inflated in chunks against its declared size, the read limits and its CRC. Browser-safe (pako).
 */
import { Inflate } from 'pako';
import type { ReadLimits } from './limits';
import { damaged, tooLarge, UnusableWorkbookError } from './read-errors';
import { crc32 } from './crc32';
import { decodeUtf8 } from './text-decoder';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const ZIP64_EXTRA = 0x0001;
const INFLATE_CHUNK = 64 * 1024;
/** Compressed bytes inflated between two pauses: a few megabytes of XML, a fraction of a second. */
const INPUT_SLICE = 256 * 1024;

/** Waits for the next turn of the event loop, so that a page stays responsive while a large part is read. */
export type Pause = () => Promise<void>;
export const yieldToEventLoop: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** One file of the archive as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const corrupt = (): UnusableWorkbookError => new UnusableWorkbookError('corrupt');

/** Little-endian reads that fail as "corrupt" rather than past the end. */
class Bytes {
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.data.length) throw corrupt();
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.data.length) throw corrupt();
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    // Beyond 2^53 no archive we accept can reach: call it what it is.
    if (high > 0x1fffff) throw corrupt();
    return high * 0x1_0000_0000 + low;
  }
  slice(from: number, length: number): Uint8Array {
    if (from < 0 || length < 0 || from + length > this.data.length) throw corrupt();
    return this.data.subarray(from, from + length);
  }
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

/** The end-of-central-directory record, searched backwards over the longest possible comment. */
function findDirectory(bytes: Bytes): Directory {
  const length = bytes.data.length;
  const stop = Math.max(0, length - EOCD_MIN - MAX_COMMENT);
  for (let at = length - EOCD_MIN; at >= stop; at--) {
    if (bytes.u32(at) !== EOCD) continue;
    const count = bytes.u16(at + 10);
    const size = bytes.u32(at + 12);
    const offset = bytes.u32(at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return zip64Directory(bytes, at);
    return { count, size, offset };
  }
  throw corrupt();
}

/** Zip64 (written by some streaming tools even for small files): the locator sits just before the classic record. */
function zip64Directory(bytes: Bytes, eocd: number): Directory {
  const locator = eocd - 20;
  if (bytes.u32(locator) !== ZIP64_LOCATOR) throw corrupt();
  const record = bytes.u64(locator + 8);
  if (bytes.u32(record) !== ZIP64_EOCD) throw corrupt();
  return { count: bytes.u64(record + 32), size: bytes.u64(record + 40), offset: bytes.u64(record + 48) };
}

/** Sizes and offset stored as 0xFFFFFFFF live in the zip64 extra field, in this order. */
function zip64Values(bytes: Bytes, extra: number, extraLength: number, entry: { size: number; compressedSize: number; localOffset: number }): void {
  let at = extra;
  while (at + 4 <= extra + extraLength) {
    const id = bytes.u16(at);
    const length = bytes.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] !== 0xffffffff) continue;
        entry[key] = bytes.u64(field);
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}


/** Part names are case-insensitive in OPC and start without a slash. */
export const partKey = (name: string): string => name.replace(/^\/+/, '').toLowerCase();

function readEntries(bytes: Bytes, directory: Directory, limits: ReadLimits): ZipEntry[] {
  if (directory.count > limits.entries) throw tooLarge({ kind: 'entries', count: directory.count, limit: limits.entries });
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (bytes.u32(at) !== CENTRAL_HEADER) throw corrupt();
    const flags = bytes.u16(at + 8);
    const nameLength = bytes.u16(at + 28);
    const extraLength = bytes.u16(at + 30);
    const commentLength = bytes.u16(at + 32);
    const entry = {
      name: decodeUtf8(bytes.slice(at + 46, nameLength)),
      method: bytes.u16(at + 10),
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      crc: bytes.u32(at + 16),
      compressedSize: bytes.u32(at + 20),
      size: bytes.u32(at + 24),
      localOffset: bytes.u32(at + 42),
    };
    zip64Values(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Receives a part's bytes chunk by chunk; returning nothing, it may throw to stop. */
export type ChunkSink = (chunk: Uint8Array) => void;

/** An opened archive: its entries by part name, each read at most once within the total budget. */
export class ZipArchive {
  private readonly byKey = new Map<string, ZipEntry>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Bytes,
    entries: readonly ZipEntry[],
    private readonly limits: ReadLimits,
  ) {
    for (const entry of entries) {
      const key = partKey(entry.name);
      // Two entries of one name: readers disagree on which one counts, so none does.
      if (this.byKey.has(key)) throw damaged({ kind: 'duplicate-entry', part: entry.name });
      this.byKey.set(key, entry);
    }
  }

  /**
   * Lists the archive without inflating anything.
   * @throws UnusableWorkbookError `corrupt` when the central directory cannot be read, `too-large` beyond the limits.
   */
  static open(data: Uint8Array, limits: ReadLimits): ZipArchive {
    if (data.length > limits.fileBytes) throw tooLarge({ kind: 'file', bytes: data.length, limit: limits.fileBytes });
    const bytes = new Bytes(data);
    return new ZipArchive(bytes, readEntries(bytes, findDirectory(bytes), limits), limits);
  }

  get size(): number {
    return this.byKey.size;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byKey.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  /**
   * Streams one part's inflated bytes to `sink`, refusing before inflating when its declared size breaks a limit,
   * and while inflating when it grows past what it declared; `pause` runs between slices of a large part.
   * @throws UnusableWorkbookError `too-large`, `damaged` (size, CRC, compression) or `encrypted-or-xls`.
   */
  async read(name: string, sink: ChunkSink, pause: Pause = yieldToEventLoop): Promise<void> {
    const entry = this.entry(name);
    if (!entry) throw damaged({ kind: 'missing-part', part: name });
    if (entry.encrypted) throw new UnusableWorkbookError('encrypted-or-xls');
    this.reserve(entry);
    const data = this.compressedData(entry);
    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      produced += chunk.length;
      if (produced > entry.size) throw damaged({ kind: 'size', part: entry.name });
      crc = crc32(chunk, crc);
      sink(chunk);
    };
    if (entry.method === STORED) await inSlices(data, take, pause);
    else if (entry.method === DEFLATED) await inflateRaw(data, entry.name, take, pause);
    else throw damaged({ kind: 'compression', part: entry.name });
    if (produced !== entry.size) throw damaged({ kind: 'size', part: entry.name });
    if (crc !== entry.crc) throw damaged({ kind: 'crc', part: entry.name });
  }

  /**
   * Checks, before inflating any, that the parts about to be read fit the limits by their declared sizes (missing
   * ones are left to `read`): a workbook too large is refused at once, not after reading most of it.
   * @throws UnusableWorkbookError `too-large`.
   */
  checkBudget(names: readonly string[]): void {
    let total = this.inflated;
    for (const name of new Set(names.map(partKey))) {
      const entry = this.byKey.get(name);
      if (!entry) continue;
      if (entry.size > this.limits.partBytes) throw tooLarge({ kind: 'part', part: entry.name, bytes: entry.size, limit: this.limits.partBytes });
      total += entry.size;
    }
    if (total > this.limits.totalBytes) throw tooLarge({ kind: 'total', limit: this.limits.totalBytes });
  }

  /** Counts a part against the per-part and total budgets before a byte of it is inflated. */
  private reserve(entry: ZipEntry): void {
    if (entry.size > this.limits.partBytes) throw tooLarge({ kind: 'part', part: entry.name, bytes: entry.size, limit: this.limits.partBytes });
    this.inflated += entry.size;
    if (this.inflated > this.limits.totalBytes) throw tooLarge({ kind: 'total', limit: this.limits.totalBytes });
  }

  /** The entry's compressed bytes, after its local header (whose own lengths may differ from the directory's). */
  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localOffset;
    if (this.bytes.u32(at) !== LOCAL_HEADER) throw corrupt();
    const start = at + 30 + this.bytes.u16(at + 26) + this.bytes.u16(at + 28);
    return this.bytes.slice(start, entry.compressedSize);
  }
}

/** Stored bytes, slice by slice. */
async function inSlices(data: Uint8Array, sink: ChunkSink, pause: Pause): Promise<void> {
  for (let at = 0; at < data.length; at += INPUT_SLICE) {
    sink(data.subarray(at, at + INPUT_SLICE));
    if (at + INPUT_SLICE < data.length) await pause();
  }
}

/** Raw deflate, fed a slice at a time and emptied in chunks; a sink that throws stops it at once. */
async function inflateRaw(data: Uint8Array, part: string, sink: ChunkSink, pause: Pause): Promise<void> {
  const inflator = new Inflate({ raw: true, chunkSize: INFLATE_CHUNK });
  inflator.onData = sink;
  inflator.onEnd = () => undefined;
  for (let at = 0; ; at += INPUT_SLICE) {
    const last = at + INPUT_SLICE >= data.length;
    inflator.push(data.subarray(at, at + INPUT_SLICE), last);
    if (inflator.err) throw damaged({ kind: 'compression', part });
    if (last) return;
    await pause();
  }
}

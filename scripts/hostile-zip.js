'use strict';
/**
 * Writes zip archives by hand for the hostile corpus (scripts/hostile-corpus.js): every field under control, so a
 * case can lie about a size, break a CRC, duplicate a name, use zip64 records or an unknown compression method.
 * Node only (zlib); never used by the product.
 */
const zlib = require('node:zlib');

/**
 * One entry: `data` (Buffer) deflated unless `method: 0`; `raw` gives the stored bytes as they are (then `crc` and
 * `size` must be given); `crc`, `size` override the declared values; `flags` adds general-purpose bits.
 */
function entryRecord(entry) {
  const name = Buffer.from(entry.name, 'utf8');
  const method = entry.method ?? 8;
  const data = entry.data ?? Buffer.alloc(0);
  const stored = entry.raw ?? (method === 8 ? zlib.deflateRawSync(data, { level: 1 }) : data);
  const crc = entry.crc ?? zlib.crc32(data);
  const size = entry.size ?? data.length;
  const flags = 0x0800 | (entry.flags ?? 0);
  return { name, method, stored, crc, size, flags };
}

function localHeader(record, descriptor) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(record.flags, 6);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt32LE(descriptor ? 0 : record.crc, 14);
  header.writeUInt32LE(descriptor ? 0 : record.stored.length, 18);
  header.writeUInt32LE(descriptor ? 0 : record.size, 22);
  header.writeUInt16LE(record.name.length, 26);
  return Buffer.concat([header, record.name]);
}

function dataDescriptor(record) {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(record.crc, 4);
  d.writeUInt32LE(record.stored.length, 8);
  d.writeUInt32LE(record.size, 12);
  return d;
}

function centralHeader(record, offset, zip64) {
  const extra = zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
  if (zip64) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(record.size), 4);
    extra.writeBigUInt64LE(BigInt(record.stored.length), 12);
    extra.writeBigUInt64LE(BigInt(offset), 20);
  }
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(zip64 ? 45 : 20, 4);
  header.writeUInt16LE(zip64 ? 45 : 20, 6);
  header.writeUInt16LE(record.flags, 8);
  header.writeUInt16LE(record.method, 10);
  header.writeUInt32LE(record.crc, 16);
  header.writeUInt32LE(zip64 ? 0xffffffff : record.stored.length, 20);
  header.writeUInt32LE(zip64 ? 0xffffffff : record.size, 24);
  header.writeUInt16LE(record.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
  return Buffer.concat([header, record.name, extra]);
}

/**
 * The archive's bytes. Options: `zip64` (zip64 extra fields and end records), `descriptors` (sizes after the data,
 * zeros in the local headers), `comment` (archive comment), `centralOffset` (a lie about where the directory is).
 */
function writeZip(entries, options = {}) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const record = entryRecord(entry);
    if (options.descriptors) record.flags |= 0x0008;
    const local = localHeader(record, options.descriptors);
    central.push(centralHeader(record, offset, options.zip64));
    chunks.push(local, record.stored);
    offset += local.length + record.stored.length;
    if (options.descriptors) {
      const d = dataDescriptor(record);
      chunks.push(d);
      offset += d.length;
    }
  }
  const directory = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    end.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : Math.min(entries.length, 0xffff), 8);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : Math.min(entries.length, 0xffff), 10);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : options.centralOffset ?? offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...chunks, directory, ...end, eocd, comment]);
}

/**
 * Deflates `repeat` copies of `chunk` (with `head` before and `tail` after) without holding the whole text: the bomb
 * parts. Resolves to the raw deflate bytes, the CRC and the size of the text.
 */
function deflateRepeated(head, chunk, repeat, tail) {
  // Written a megabyte at a time, at the fastest level: a bomb needs repetition, not the best ratio.
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / chunk.length));
  const block = Buffer.concat(Array.from({ length: perBlock }, () => chunk));
  const blocks = Math.floor(repeat / perBlock);
  const rest = Buffer.concat(Array.from({ length: repeat - blocks * perBlock }, () => chunk));
  return new Promise((resolve, reject) => {
    const deflate = zlib.createDeflateRaw({ level: 1 });
    const out = [];
    deflate.on('data', (d) => out.push(d));
    deflate.on('error', reject);
    deflate.on('end', () => resolve({ raw: Buffer.concat(out), crc, size }));
    let crc = zlib.crc32(head);
    let size = head.length;
    deflate.write(head);
    let i = 0;
    const pump = () => {
      while (i < blocks) {
        i++;
        crc = zlib.crc32(block, crc);
        size += block.length;
        if (!deflate.write(block)) return deflate.once('drain', pump);
      }
      const end = Buffer.concat([rest, tail]);
      crc = zlib.crc32(end, crc);
      size += end.length;
      deflate.end(end);
    };
    pump();
  });
}

module.exports = { writeZip, deflateRepeated };

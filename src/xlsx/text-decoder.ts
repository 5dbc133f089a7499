/**
 * Bytes to text, chunk by chunk: the platform's TextDecoder (browsers, Node), or a plain decoder where there is none
 * (jsdom, under which the page's tests run). Both drop a leading byte-order mark and replace bad sequences with U+FFFD.
 */

export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface ChunkDecoder {
  /** The text of `chunk`; with `stream`, an incomplete character at its end waits for the next chunk. */
  decode(chunk?: Uint8Array, options?: { stream?: boolean }): string;
}

const REPLACEMENT = 0xfffd;
const BOM = 0xfeff;

/** Code units to a string, in slices (spreading a whole chunk into fromCharCode would overflow the stack). */
function fromCodeUnits(units: number[]): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/** Length of a UTF-8 sequence from its lead byte; 0 for a byte that cannot start one. */
const sequenceLength = (lead: number): number => (lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0);

class PlainDecoder implements ChunkDecoder {
  private pending: number[] = [];
  private started = false;

  constructor(private readonly encoding: XmlEncoding) {}

  decode(chunk: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const bytes = [...this.pending, ...chunk];
    const units = this.encoding === 'utf-8' ? this.utf8(bytes, options.stream === true) : this.utf16(bytes, options.stream === true);
    if (!this.started && units.length > 0) {
      this.started = true;
      if (units[0] === BOM) units.shift();
    }
    return fromCodeUnits(units);
  }

  private utf8(bytes: number[], stream: boolean): number[] {
    const units: number[] = [];
    let i = 0;
    while (i < bytes.length) {
      const lead = bytes[i] ?? 0;
      const length = sequenceLength(lead);
      if (length === 0) {
        units.push(REPLACEMENT);
        i++;
        continue;
      }
      if (i + length > bytes.length && stream) break;
      let code = length === 1 ? lead : lead & (0xff >> (length + 1));
      let valid = i + length <= bytes.length;
      for (let k = 1; k < length && valid; k++) {
        const next = bytes[i + k] ?? 0;
        valid = (next & 0xc0) === 0x80;
        code = (code << 6) | (next & 0x3f);
      }
      if (!valid) {
        units.push(REPLACEMENT);
        i++;
        continue;
      }
      if (code > 0xffff) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
      else units.push(code);
      i += length;
    }
    this.pending = bytes.slice(i);
    return units;
  }

  private utf16(bytes: number[], stream: boolean): number[] {
    const units: number[] = [];
    const little = this.encoding === 'utf-16le';
    let i = 0;
    for (; i + 1 < bytes.length; i += 2) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      units.push(little ? a | (b << 8) : (a << 8) | b);
    }
    this.pending = stream ? bytes.slice(i) : [];
    if (!stream && i < bytes.length) units.push(REPLACEMENT);
    return units;
  }
}

/** The plain decoder, whatever the platform has (for its tests). */
export const plainDecoder = (encoding: XmlEncoding): ChunkDecoder => new PlainDecoder(encoding);

/** A decoder for one part's encoding. */
export function chunkDecoder(encoding: XmlEncoding): ChunkDecoder {
  const Native = (globalThis as { TextDecoder?: typeof TextDecoder }).TextDecoder;
  return Native ? new Native(encoding) : new PlainDecoder(encoding);
}

/** The text of a whole byte array (zip entry names). */
export const decodeUtf8 = (bytes: Uint8Array): string => chunkDecoder('utf-8').decode(bytes);

/**
 * One XML part of the archive streamed through a SAX parser: elements by local name (any namespace prefix), text and
 * CDATA alike, UTF-8 or UTF-16 by its byte-order mark. No DOCTYPE: OOXML has none, and that shuts out XXE and entity bombs.
 */
import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import { damaged } from './read-errors';
import type { ChunkDecoder } from './text-decoder';
import { chunkDecoder } from './text-decoder';
import type { ZipArchive } from './zip';

/** An opened element: its local name, namespace and attributes by local name. */
export interface XmlElement {
  readonly local: string;
  readonly uri: string;
  /** The value of the attribute with this local name (`r:id` → `id`), whatever its prefix. */
  attr(local: string): string | undefined;
}

export interface XmlHandler {
  open(element: XmlElement): void;
  close(local: string): void;
  /** Character data, CDATA sections included, entities decoded. */
  text(text: string): void;
}

/** SpreadsheetML's own namespaces: transitional (what Excel writes) and strict. */
export const MAIN_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);

class Element implements XmlElement {
  constructor(private readonly tag: SaxesTagNS) {}
  get local(): string {
    return this.tag.local;
  }
  get uri(): string {
    return this.tag.uri;
  }
  attr(local: string): string | undefined {
    const attributes = this.tag.attributes as Record<string, SaxesAttributeNS>;
    const plain = attributes[local];
    if (plain) return plain.value;
    for (const name in attributes) if (attributes[name]?.local === local) return attributes[name].value;
    return undefined;
  }
}

/** The text decoder a part's first bytes call for: UTF-16 by its BOM (or its `<` as 3C 00), else UTF-8. */
function decoderFor(first: Uint8Array): ChunkDecoder {
  const [a, b] = first;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return chunkDecoder('utf-16le');
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return chunkDecoder('utf-16be');
  return chunkDecoder('utf-8');
}

/**
 * Parses one part of the archive, streaming it from the zip to the handler.
 * @throws UnusableWorkbookError `damaged` when the part is missing or not well-formed XML, or what the zip reader throws.
 */
export function readXmlPart(archive: ZipArchive, part: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', () => {
    throw damaged({ kind: 'doctype', part });
  });
  parser.on('opentag', (tag) => handler.open(new Element(tag)));
  parser.on('closetag', (tag) => handler.close(tag.local));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  // The parser's own errors only: a bug in a handler stays a bug, not a "damaged file".
  parser.on('error', () => {
    throw damaged({ kind: 'xml', part });
  });
  let decoder: ChunkDecoder | undefined;
  archive.read(part, (chunk) => {
    decoder ??= decoderFor(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (decoder) parser.write(decoder.decode());
  parser.close();
}

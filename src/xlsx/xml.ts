/**
 * One XML part of the archive streamed through a SAX parser: elements by local name (any prefix), text and CDATA alike, UTF-8 or UTF-16 by its byte-order mark. No DOCTYPE: OOXML has none, and that shuts out XXE and entity bombs.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import { damaged } from './read-errors';
import type { ChunkDecoder } from './text-decoder';
import { chunkDecoder } from './text-decoder';
import type { ZipArchive } from './zip';

/** An opened element: its local name and its attributes. */
export interface XmlElement {
  /** The name without its prefix (`x:row` → `row`). */
  readonly local: string;
  /** An unprefixed attribute (`r`, `t`, `s`…: SpreadsheetML's own attributes belong to no namespace, so never take one). */
  attr(name: string): string | undefined;
  /** A prefixed attribute by its local name, whatever the prefix (`r:id` as `id`). */
  prefixedAttr(local: string): string | undefined;
}

export interface XmlHandler {
  open(element: XmlElement): void;
  close(local: string): void;
  /** Character data, CDATA sections included, entities decoded. */
  text(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Names are matched by local name whatever their prefix: namespaces are not resolved (the parser's namespace mode
 * costs the depth of the document on every element, which a hostile part nests 100 000 deep).
 */
class Element implements XmlElement {
  readonly local: string;
  constructor(private readonly tag: SaxesTagPlain) {
    this.local = localName(tag.name);
  }
  attr(name: string): string | undefined {
    return this.tag.attributes[name];
  }
  prefixedAttr(local: string): string | undefined {
    const attributes = this.tag.attributes;
    for (const name in attributes) if (name.includes(':') && localName(name) === local) return attributes[name];
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
export async function readXmlPart(archive: ZipArchive, part: string, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw damaged({ kind: 'doctype', part });
  });
  parser.on('opentag', (tag) => handler.open(new Element(tag)));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  // The parser's own errors only: a bug in a handler stays a bug, not a "damaged file".
  parser.on('error', () => {
    throw damaged({ kind: 'xml', part });
  });
  let decoder: ChunkDecoder | undefined;
  await archive.read(part, (chunk) => {
    decoder ??= decoderFor(chunk);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (decoder) parser.write(decoder.decode());
  parser.close();
}

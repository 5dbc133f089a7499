/** The Open Packaging Conventions around the parts: relationships and where their targets are. */
import { readXmlPart } from './xml';
import type { ZipArchive } from './zip';

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment (`worksheet`, `sharedStrings`…): transitional and strict URIs alike. */
  readonly kind: string;
  /** The target part's name inside the archive (`xl/worksheets/sheet1.xml`). */
  readonly part: string;
}

const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The relationships part of a part: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`, `_rels/.rels` for the package. */
export const relationshipsPart = (part: string): string => `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** A target resolved against its source's folder: `../tables/table1.xml` from `xl/worksheets/` is `xl/tables/table1.xml`. */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folderOf(sourcePart) + target;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The internal relationships of `part` (the package itself when `part` is empty); none when it has no relationships part. */
export async function readRelationships(archive: ZipArchive, part: string): Promise<Relationship[]> {
  const rels = part === '' ? '_rels/.rels' : relationshipsPart(part);
  if (!archive.has(rels)) return [];
  const relationships: Relationship[] = [];
  await readXmlPart(archive, rels, {
    open: (element) => {
      if (element.local !== 'Relationship' || element.attr('TargetMode') === 'External') return;
      const id = element.attr('Id');
      const type = element.attr('Type');
      const target = element.attr('Target');
      if (id === undefined || type === undefined || target === undefined) return;
      relationships.push({ id, kind: type.slice(type.lastIndexOf('/') + 1), part: resolveTarget(part, decodeURIComponentSafe(target)) });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return relationships;
}

/** Targets are URIs (`sheet%201.xml`); a malformed escape is kept as written. */
function decodeURIComponentSafe(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A1 addresses: 1-based rows and columns. */

/** Column letters for a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column index for letters (A → 1). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const a1 = (row: number, column: number): string => `${columnLetter(column)}${row}`;

/** Parses `B3` or `$B$3` into 1-based row and column; null when not an address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]), column: columnIndex(match[1] ?? '') };
}

/** A rectangle of cells on a sheet: rows and columns 1-based, bounds inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses `B3:D7` (or a single cell) into inclusive bounds. */
export function parseRange(range: string): Area | null {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [start, end = start] = bare.split(':');
  const a = parseA1(start ?? '');
  const b = parseA1(end ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Quotes a sheet name for a formula or reference when needed (`'Plan d''action'!A1`). */
export const quoteSheet = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/** Text laid out for an 80-column terminal: wrapped paragraphs, tables that shrink their widest text column, shortened paths. */

export const TEXT_WIDTH = 80;

/** Words of `text` on lines of at most `width` columns; the first line starts with `first`, the others with `rest`. */
export function wrap(text: string, width: number = TEXT_WIDTH, first = '', rest: string = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && candidate.length > width) {
      lines.push(line);
      line = `${rest}${word}`;
    } else line = candidate;
    empty = false;
    // A word longer than the line (a path) is cut, so no line ever exceeds the width.
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = `${rest}${line.slice(width)}`;
    }
  }
  lines.push(line);
  return lines;
}

/** A text cut to `width` with `…`: at the end, or in the middle (a file path keeps its beginning and its name). */
export function shorten(text: string, width: number, where: 'end' | 'middle' = 'end'): string {
  if (text.length <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  if (where === 'end') return `${text.slice(0, width - 1).trimEnd()}…`;
  const tail = Math.ceil((width - 1) / 2);
  return `${text.slice(0, width - 1 - tail)}…${text.slice(text.length - tail)}`;
}

export interface TextColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** The column that gives up width (shortened with `…`) when the table is too wide. */
  readonly flexible?: boolean;
  /** Where a shortened cell loses its characters: at the end (default) or in the middle (paths). */
  readonly cut?: 'end' | 'middle';
}

/** Rows under a header, two spaces between columns, within `width` columns (the flexible column shrinks, then one space). */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[], indent = '  ', width: number = TEXT_WIDTH): string[] {
  const all = [columns.map((c) => c.header), ...rows];
  const widths = columns.map((_c, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  let gap = '  ';
  const total = (): number => indent.length + widths.reduce((a, b) => a + b, 0) + gap.length * (columns.length - 1);
  const flexible = columns.findIndex((c) => c.flexible === true);
  if (total() > width && flexible >= 0) widths[flexible] = Math.max(8, (widths[flexible] ?? 0) - (total() - width));
  if (total() > width) gap = ' ';
  return all.map((row) =>
    (
      indent +
      columns
        .map((c, i) => {
          const cell = shorten(row[i] ?? '', widths[i] ?? 0, c.cut);
          return c.align === 'right' ? cell.padStart(widths[i] ?? 0) : i === columns.length - 1 ? cell : cell.padEnd(widths[i] ?? 0);
        })
        .join(gap)
    ).trimEnd(),
  );
}

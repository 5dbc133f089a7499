/** Lays out a report sheet top to bottom: title lines, figure lists and tables, each table followed by its Total row. */
import { FORMATS, rowHeight } from '../generate/formats';
import type { CellStyle, PlanCell, PlanColumn, RangePlan, SheetPlan, TablePlan } from '../generate/plan';
import { columnLetter } from '../values/a1';

export const AMOUNT_FORMAT = FORMATS.amount;
export const SHARE_FORMAT = '0.0 %';
export const TABLE_STYLE = 'TableStyleMedium2';

const TITLE: CellStyle = { bold: true, fontSize: 14, fontColor: '#1F3864' };
const SUBTITLE: CellStyle = { italic: true, fontColor: '#595959' };
const SECTION: CellStyle = { bold: true, fontSize: 12, fontColor: '#1F3864' };
const NOTE: CellStyle = { italic: true, fontColor: '#595959' };
const TOTAL: CellStyle = { bold: true, fill: '#F2F2F2', border: true };

export interface ReportColumn extends Omit<PlanColumn, 'width'> {
  /** The value of the Total row under this column (a label, a sum), absent for an empty cell. */
  readonly total?: PlanCell;
}

/**
 * Tables stacked on one sheet share its columns: each column letter has one width (`widths`, then `defaultWidth`),
 * and rows whose wrapped cells need several lines get their height (no reader refits rows on open).
 */
export class SheetBuilder {
  private readonly blocks: (TablePlan | RangePlan)[] = [];
  private readonly heights: Record<number, number> = {};
  private row = 1;

  constructor(
    private readonly name: string,
    private readonly widths: Readonly<Record<string, number>>,
    private readonly defaultWidth = 16,
  ) {}

  private widthOf(index: number): number {
    return this.widths[columnLetter(index + 1)] ?? this.defaultWidth;
  }

  private fit(row: number, cells: readonly PlanCell[], wraps: (index: number) => boolean): void {
    const texts = cells.flatMap((cell, i) => (typeof cell === 'string' && wraps(i) ? [{ text: cell, width: this.widthOf(i) }] : []));
    const height = rowHeight(texts, 6);
    if (height !== undefined) this.heights[row] = height;
  }

  /** The next free row (1-based). */
  get nextRow(): number {
    return this.row;
  }

  title(text: string): this {
    return this.line(text, TITLE);
  }

  subtitle(text: string): this {
    return this.line(text, SUBTITLE);
  }

  section(text: string): this {
    this.row += this.row > 1 ? 1 : 0;
    return this.line(text, SECTION);
  }

  /** A paragraph in short lines, one a row, across the sheet's first columns (no cell is merged or wrapped). */
  note(text: string): this {
    const width = [0, 1, 2, 3].reduce((sum, i) => sum + this.widthOf(i), 0);
    let line = '';
    for (const word of text.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        this.line(line, NOTE);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    return this.line(line, NOTE);
  }

  line(text: string, style?: CellStyle): this {
    this.blocks.push({ kind: 'range', anchor: `A${this.row}`, values: [[text]], ...(style ? { style } : {}) });
    this.row += 1;
    return this;
  }

  /** Label / value pairs, one a row: the headline figures. */
  figures(rows: readonly (readonly [string, PlanCell, string | null])[]): this {
    if (rows.length === 0) return this;
    this.blocks.push({
      kind: 'range',
      anchor: `A${this.row}`,
      values: rows.map(([label, value]) => [label, value]),
      numberFormats: rows.map(([, , format]) => [null, format]),
      columnStyles: { 0: { bold: true } },
    });
    this.row += rows.length;
    return this;
  }

  /** An Excel table, then a Total row under it when a column has a total. */
  table(name: string, columns: readonly ReportColumn[], rows: readonly (readonly PlanCell[])[]): this {
    const anchor = `A${this.row}`;
    const planned = columns.map(({ total: _total, ...c }, i): PlanColumn => ({ ...c, width: this.widthOf(i) }));
    this.blocks.push({ kind: 'table', name, anchor, style: TABLE_STYLE, columns: planned, rows });
    this.fit(this.row, columns.map((c) => c.header), () => true);
    rows.forEach((cells, r) => this.fit(this.row + 1 + r, cells, (i) => columns[i]?.wrap === true));
    this.row += 1 + Math.max(rows.length, 1);
    if (columns.some((c) => c.total !== undefined)) {
      this.blocks.push({
        kind: 'range',
        anchor: `A${this.row}`,
        values: [columns.map((c) => c.total ?? null)],
        numberFormats: [columns.map((c) => (c.total === undefined ? null : (c.numberFormat ?? null)))],
        style: TOTAL,
      });
      this.row += 1;
    }
    this.row += 1;
    return this;
  }

  build(extra: Partial<SheetPlan> = {}): SheetPlan {
    return { name: this.name, owned: true, blocks: this.blocks, columnWidths: { ...this.widths }, rowHeights: this.heights, ...extra };
  }
}

/** Euros for a cell, from exact cents (the writer stores numbers; the format shows two decimals). */
export const eurosCell = (cents: number | null): PlanCell => (cents === null ? null : cents / 100);

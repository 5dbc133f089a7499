/**
 * Range.getCellProperties / setCellProperties (ExcelApi 1.9) for the fake Excel, limited to `format.fill`
 * (color, pattern), added to FakeRange from outside until test/excel/fake-excel/api.ts has them.
 * Reads like Excel: an unfilled cell reports white and pattern `None`.
 */
import { FakeRange } from '../fake-excel/api';
import type { FakeRequestContext } from '../fake-excel/api';
import type { FakeSheet, Rect } from '../fake-excel/state';
import { FakeOfficeError } from '../fake-excel/state';

interface RangeInternals {
  readonly ctx: FakeRequestContext;
  live(): { sheet: FakeSheet; rect: Rect };
}

interface FillOptions {
  readonly format?: { readonly fill?: { readonly color?: boolean; readonly pattern?: boolean } };
}

interface FillProperties {
  readonly format?: { readonly fill?: { readonly color?: string; readonly pattern?: string } };
}

function each(rect: Rect, visit: (row: number, column: number, r: number, c: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row += 1) for (let column = rect.left; column <= rect.right; column += 1) visit(row, column, row - rect.top, column - rect.left);
}

const prototype = FakeRange.prototype as unknown as Record<string, unknown>;

if (typeof prototype.getCellProperties !== 'function') {
  prototype.getCellProperties = function getCellProperties(this: RangeInternals, options: FillOptions): { readonly value: unknown[][] } {
    const wanted = options.format?.fill ?? {};
    let value: unknown[][] | undefined;
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.live();
      const rows: unknown[][] = Array.from({ length: rect.bottom - rect.top + 1 }, () => []);
      each(rect, (row, column, r) => {
        const fill = sheet.at(row, column)?.fill ?? null;
        rows[r]!.push({ format: { fill: { ...(wanted.color ? { color: fill ?? '#FFFFFF' } : {}), ...(wanted.pattern ? { pattern: fill ? 'Solid' : 'None' } : {}) } } });
      });
      value = rows;
    });
    return {
      get value(): unknown[][] {
        if (value === undefined) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is not available before context.sync()');
        return value;
      },
    };
  };
}

if (typeof prototype.setCellProperties !== 'function') {
  prototype.setCellProperties = function setCellProperties(this: RangeInternals, rows: FillProperties[][]): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.live();
      if (rows.length !== rect.bottom - rect.top + 1 || rows.some((row) => row.length !== rect.right - rect.left + 1)) {
        throw new FakeOfficeError('InvalidArgument', 'setCellProperties: the array does not match the size of the range');
      }
      each(rect, (row, column, r, c) => {
        const fill = rows[r]?.[c]?.format?.fill;
        if (!fill) return;
        if (fill.pattern === 'None') sheet.at(row, column, true).fill = null;
        else if (fill.color !== undefined) sheet.at(row, column, true).fill = fill.color.toUpperCase();
      });
    });
  };
}

/**
 * How big a workbook the reader accepts (README « Limites »): checked before anything is inflated, and again
 * while inflating (declared sizes can lie), so memory and time follow the content and stay bounded.
 */
export interface ReadLimits {
  /** Size of the .xlsx file itself (compressed). */
  readonly fileBytes: number;
  /** Files inside the zip archive. */
  readonly entries: number;
  /** One XML part once inflated (a sheet, the shared strings…). */
  readonly partBytes: number;
  /** Every part the reader inflates, added up. */
  readonly totalBytes: number;
  /** Cells holding a value, on one sheet. */
  readonly cellsPerSheet: number;
  /** Cells holding a value, on every sheet added up. */
  readonly cells: number;
}

/** A real CLS workbook holds a few thousand cells and weighs well under 5 MB. */
export const READ_LIMITS: ReadLimits = {
  fileBytes: 100 * 1024 * 1024,
  entries: 10_000,
  partBytes: 150 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  cellsPerSheet: 2_000_000,
  cells: 3_000_000,
};

/**
 * The import mapping: which area of the source feeds which contract table, which source column (or
 * header band) feeds which contract column, and how source values map to the contract's lists.
 * Serialisable to JSON and validated with zod, so that a saved mapping can be reused or edited.
 */
import { z } from 'zod';
import { ACTION_STATUSES, FUNDING_NATURES, FUNDING_OBJECTS, FUNDING_STATUSES } from '../workbook/lists';
import { ACTION_FICHE_FIELDS, ACTION_LIST_FIELDS, EVALUATION_FIELDS, FUNDING_LIST_FIELDS, contractHeader } from './vocabulary';
import type { Lang } from '../report';
import { importReport as en } from '../../texts/en/import-report';
import { importReport as fr } from '../../texts/fr/import-report';

export const MAPPING_VERSION = 1;

/** zod's messages in each language, for a parse only (no global configuration). */
const ZOD_ERRORS = { fr: z.locales.fr().localeError, en: z.locales.en().localeError } as const;
const TEXTS = { fr, en } as const;

/** The mapping's only pattern: a column letter (its message comes from the catalogue, in the parse's language). */
const column = z.string().regex(/^[A-Z]{1,3}$/);
const row = z.number().int().min(1);
const year = z.number().int().min(1990).max(2100);

const areaBase = {
  /** Stable id, `Feuille!A3:K20`, used by the report. */
  id: z.string().min(1),
  sheet: z.string().min(1),
  headerRow: row,
  firstRow: row,
  lastRow: row,
  /** False to leave the area out of the import (its money is listed as skipped). */
  include: z.boolean(),
};

const partnerColumn = z.object({
  column,
  /** The header as read (`Coll locale`). */
  header: z.string(),
  /** The `CLS_Financeurs` entry the column's money goes to. */
  funder: z.string().min(1),
  /** From the merged year band above the column, or null: then the mapping's year. */
  year: year.nullable(),
});

const ignoredColumn = z.object({
  column,
  header: z.string(),
  /** Why the column's numbers are not commitments. */
  role: z.enum(['remaining', 'total', 'budget', 'ratio', 'no-header']),
});

export const partnerMatrixAreaSchema = z.object({
  kind: z.literal('partner-matrix'),
  ...areaBase,
  /** Label columns on the left, the first holding the action number (or the whole label). */
  labelColumns: z.array(column).min(1),
  partnerColumns: z.array(partnerColumn).min(1),
  /** Remaining, total, budget and ratio columns: listed, never commitments (a budget column feeds Budget prévisionnel). */
  otherColumns: z.array(ignoredColumn),
  nature: z.enum(FUNDING_NATURES),
  status: z.enum(FUNDING_STATUSES),
});

const columnsOf = <const T extends readonly [string, ...string[]]>(fields: T) => z.partialRecord(z.enum(fields), column);

export const fundingListAreaSchema = z.object({
  kind: z.literal('funding-list'),
  ...areaBase,
  columns: columnsOf(FUNDING_LIST_FIELDS),
});

export const actionListAreaSchema = z.object({
  kind: z.literal('action-list'),
  ...areaBase,
  columns: columnsOf(ACTION_LIST_FIELDS),
});

export const evaluationGridAreaSchema = z.object({
  kind: z.literal('evaluation-grid'),
  ...areaBase,
  columns: columnsOf(EVALUATION_FIELDS),
});

/** The value cell of one label/value line of a fiche action. */
const ficheLine = z.object({
  /** Row of the label and its value. */
  row,
  /** Column of the value (a merged value is read in its first cell). */
  column,
  /** The label as read (`Pilotage de l'action`). */
  label: z.string(),
});

/** One sheet per fiche action: label/value lines (headerRow: the first label line) feeding one `CLS_Actions` row. */
export const actionFicheAreaSchema = z.object({
  kind: z.literal('action-fiche'),
  ...areaBase,
  lines: z.partialRecord(z.enum(ACTION_FICHE_FIELDS), ficheLine),
  /** The action number read in the sheet's name (`Fiche 1.1.1`), used when no « N° action » line gives one. */
  sheetNumber: z.string().min(1).nullable(),
});

export const mappingAreaSchema = z.discriminatedUnion('kind', [partnerMatrixAreaSchema, fundingListAreaSchema, actionListAreaSchema, actionFicheAreaSchema, evaluationGridAreaSchema]);

/** Source value (as typed) → contract value. */
const valueMap = <T extends z.ZodType>(target: T) => z.record(z.string(), target);

export const importMappingSchema = z
  .object({
    version: z.literal(MAPPING_VERSION),
    /** Year of the money without a year band or a year column (`--year`, or the contract's first year). */
    year: year.nullable(),
    areas: z.array(mappingAreaSchema),
    /** Partner names as typed in the source → `CLS_Financeurs` entry (unknown names stay their own partner). */
    funders: valueMap(z.string().min(1)),
    values: z.object({
      fundingStatus: valueMap(z.enum(FUNDING_STATUSES)),
      fundingNature: valueMap(z.enum(FUNDING_NATURES)),
      fundingObject: valueMap(z.enum(FUNDING_OBJECTS)),
      actionStatus: valueMap(z.enum(ACTION_STATUSES)),
      evaluationTool: valueMap(z.string().min(1)),
    }),
  })
  .superRefine((mapping, ctx) => {
    mapping.areas.forEach((area, index) => {
      // No message here: the parse's error map says the conflict in the parse's language.
      for (const conflict of areaConflicts(area)) ctx.addIssue({ code: 'custom', path: ['areas', index], params: { conflict } });
    });
  });

export type ImportMapping = z.infer<typeof importMappingSchema>;
export type MappingArea = z.infer<typeof mappingAreaSchema>;
export type PartnerMatrixArea = z.infer<typeof partnerMatrixAreaSchema>;
export type FundingListArea = z.infer<typeof fundingListAreaSchema>;
export type ActionListArea = z.infer<typeof actionListAreaSchema>;
export type EvaluationGridArea = z.infer<typeof evaluationGridAreaSchema>;
export type ActionFicheArea = z.infer<typeof actionFicheAreaSchema>;

export type MatrixOtherRole = z.infer<typeof ignoredColumn>['role'];

/** What a source column or a fiche's cell was given to, in the workbook's words. */
export type ConflictUse =
  /** A contract column, by its header (`Montant (€)`). */
  | { readonly kind: 'field'; readonly header: string }
  /** The action label columns of a partner matrix. */
  | { readonly kind: 'label' }
  | { readonly kind: 'funder'; readonly funder: string }
  | { readonly kind: 'role'; readonly role: MatrixOtherRole };

/** Why a mapping cannot be applied; said in the user's language by the import report's texts. */
export type ImportConflict =
  | { readonly kind: 'fiche-rows'; readonly area: string; readonly firstRow: number; readonly lastRow: number }
  | { readonly kind: 'rows-before-header'; readonly area: string; readonly firstRow: number; readonly lastRow: number; readonly headerRow: number }
  | { readonly kind: 'cell-shared'; readonly area: string; readonly cell: string; readonly uses: readonly ConflictUse[] }
  | { readonly kind: 'column-shared'; readonly area: string; readonly column: string; readonly uses: readonly ConflictUse[] }
  /** Found by the detection: two source columns for one contract column. */
  | { readonly kind: 'two-columns'; readonly sheet: string; readonly row: number; readonly header: string; readonly columns: readonly { readonly letter: string; readonly name: string }[] };

const fieldUse = (kind: Exclude<MappingArea['kind'], 'partner-matrix'>, field: string): ConflictUse => ({ kind: 'field', header: contractHeader(kind, field) });

function sharedUses(area: MappingArea): Map<string, ConflictUse[]> {
  const uses = new Map<string, ConflictUse[]>();
  const use = (key: string, what: ConflictUse): void => {
    uses.set(key, [...(uses.get(key) ?? []), what]);
  };
  if (area.kind === 'action-fiche') {
    for (const [field, line] of Object.entries(area.lines)) if (line !== undefined) use(`${line.column}${line.row}`, fieldUse(area.kind, field));
  } else if (area.kind === 'partner-matrix') {
    area.labelColumns.forEach((c) => use(c, { kind: 'label' }));
    area.partnerColumns.forEach((p) => use(p.column, { kind: 'funder', funder: p.funder }));
    area.otherColumns.forEach((o) => use(o.column, { kind: 'role', role: o.role }));
  } else {
    for (const [field, col] of Object.entries(area.columns)) if (col !== undefined) use(col, fieldUse(area.kind, field));
  }
  return uses;
}

/** One source column (or fiche cell) feeding two fields, or rows out of order: a mapping that cannot be applied. */
export function areaConflicts(area: MappingArea): ImportConflict[] {
  const problems: ImportConflict[] = [];
  const { id, firstRow, lastRow, headerRow } = area;
  if (area.kind === 'action-fiche') {
    // A fiche has no header row: its lines run from the first label (headerRow = firstRow) to the last.
    if (firstRow < headerRow || lastRow < firstRow) problems.push({ kind: 'fiche-rows', area: id, firstRow, lastRow });
  } else if (firstRow <= headerRow || lastRow < firstRow) {
    problems.push({ kind: 'rows-before-header', area: id, firstRow, lastRow, headerRow });
  }
  for (const [key, uses] of sharedUses(area)) {
    if (uses.length < 2) continue;
    problems.push(area.kind === 'action-fiche' ? { kind: 'cell-shared', area: id, cell: key, uses } : { kind: 'column-shared', area: id, column: key, uses });
  }
  return problems;
}

/** Parses a saved mapping; the reasons, in `lang` (French by default), when it is not one. */
export function parseMapping(json: unknown, lang: Lang = 'fr'): { ok: true; mapping: ImportMapping } | { ok: false; problems: string[] } {
  const texts = TEXTS[lang];
  const parsed = importMappingSchema.safeParse(json, {
    error: (issue) => {
      if (issue.code === 'invalid_format' && issue.format === 'regex') return texts.mappingColumnLetter;
      const conflict = issue.code === 'custom' ? (issue.params as { conflict?: ImportConflict } | undefined)?.conflict : undefined;
      return conflict ? texts.conflict(conflict) : ZOD_ERRORS[lang](issue);
    },
  });
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}${texts.colon}` : ''}${i.message}`) };
}

/** The JSON Schema of the mapping file (published as docs/import-mapping.schema.json). */
export const mappingJsonSchema = (): unknown => z.toJSONSchema(importMappingSchema, { io: 'input', unrepresentable: 'any' });

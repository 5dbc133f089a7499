/**
 * What `cls-workbook validate --format json` prints, as zod schemas: the report of one workbook (CONTRACT §3), the
 * object of a single file that cannot be read, and the review of several workbooks. They describe the output of
 * json-report.ts and review-json.ts; docs/validate-report.schema.json is generated from them
 * (test/cli/report-schema.test.ts checks both against the command's real output).
 */
import { z } from 'zod';
import type { ProfileId } from '../domain/report';
import { PROFILE_IDS } from '../domain/report';
import type { Severity } from '../domain/rules/ids';
import { RULE_IDS, SEVERITIES } from '../domain/rules/ids';
import { COORDINATION_RULES } from '../domain/statement/coordination';

const euros = z.number().describe('euros, exact to the cent');
const count = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');
const profile = z.enum(PROFILE_IDS as readonly [ProfileId, ...ProfileId[]]);
const ruleId = z.enum(RULE_IDS);
const severityCounts = z.strictObject({ error: count, warning: count, info: count });

/** A finding: where (sheet, table, and the cell and row when it concerns one), what (message, value), what to do. */
export const jsonFindingSchema = z.strictObject({
  rule: ruleId,
  severity: z.enum(SEVERITIES as readonly [Severity, ...Severity[]]),
  sheet: z.string(),
  table: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/).optional().describe('A1 reference; absent for a finding about a whole table or workbook'),
  row: z.number().int().min(1).optional(),
  column: z.string().optional(),
  message: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional().describe('the cell as read'),
  suggestion: z.string().min(1).optional(),
});

/** Financier money by status: committed = secured (Acquis) + requested (Sollicité); forecast (Prévisionnel) apart. */
const statusTotals = z.strictObject({ secured: euros, requested: euros, forecast: euros });

/** The report of one workbook (CONTRACT §3). */
export const jsonFileReportSchema = z.strictObject({
  file: z.string(),
  profile,
  asOf: isoDay,
  summary: severityCounts,
  findings: z.array(jsonFindingSchema),
  totals: z.strictObject({
    committed: euros.describe('Financier commitments, Acquis or Sollicité'),
    byFunder: z.record(z.string(), euros),
    byYear: z.record(z.string(), euros),
    byAction: z.array(
      z.strictObject({
        action: z.string(),
        budget: euros.nullable(),
        committed: euros,
        remaining: euros.nullable(),
        secured: euros,
        requested: euros,
        forecast: euros,
      }),
    ),
    secured: euros,
    requested: euros,
    forecast: euros,
    valued: euros.describe('Humain valorisé and Matériel valorisé, outside committed'),
    byFunderStatus: z.record(z.string(), statusTotals),
    byYearStatus: z.record(z.string(), statusTotals),
    unlistedFunders: z.record(z.string(), euros).describe('committed under a Financeur that is no partner of the list, as typed'),
  }),
});

/** A single input that could not be read: its name and why, in the user's language. */
export const jsonUnusableFileSchema = z.strictObject({
  file: z.string(),
  unusable: z.literal(true),
  message: z.string().min(1),
});

/** Money of a CLS or of the review: the statuses, committed, and the valued contributions apart. */
const clsMoney = { committed: euros, secured: euros, requested: euros, forecast: euros, valued: euros };

/** One CLS of a review. */
const clsSchema = z.strictObject({
  file: z.string(),
  name: z.string().nullable(),
  territory: z.string().nullable(),
  profile,
  summary: severityCounts,
  ...clsMoney,
  budget: euros,
  remaining: euros,
  ars: euros,
  arsShare: z.number().nullable().describe('the ARS share of committed, 0..1'),
  coordination: z.array(
    z.strictObject({
      year: z.number().int(),
      ars: euros,
      others: euros,
      ok: z.boolean(),
      checks: z.array(z.strictObject({ rule: z.enum(COORDINATION_RULES), applies: z.boolean(), ok: z.boolean(), amount: euros, limit: euros.nullable() })),
    }),
  ),
  themes: z.array(z.strictObject({ theme: z.string(), status: z.enum(['present', 'missing', 'not-required']) })),
  lateActions: count,
  undatedIndicators: count,
  byPartner: z.record(z.string(), euros),
  unlisted: euros,
});

const partnerStatus = z.strictObject({ committed: euros, secured: euros, requested: euros, forecast: euros });

/** Several workbooks (or a folder, or --summary): each one's report, one line per CLS, what was set aside, the totals. */
export const jsonReviewSchema = z.strictObject({
  asOf: isoDay,
  files: z.array(jsonFileReportSchema),
  cls: z.array(clsSchema),
  duplicates: z.array(z.strictObject({ name: z.string(), territory: z.string().nullable(), kept: z.string(), ignored: z.array(z.string()) })),
  unusable: z.array(z.strictObject({ file: z.string(), message: z.string().min(1) })),
  skipped: z.array(
    z.union([
      z.strictObject({ file: z.string(), reason: z.literal('own-report') }),
      z.strictObject({ file: z.string(), reason: z.literal('older-version'), kept: z.string() }),
    ]),
  ),
  totals: z.strictObject({
    workbooks: count,
    withErrors: count,
    summary: severityCounts,
    ...clsMoney,
    budget: euros,
    remaining: euros,
    ars: euros,
    lateActions: count,
    undatedIndicators: count,
    byPartner: z.record(z.string(), partnerStatus),
    unlisted: euros,
    byYear: z.record(z.string(), partnerStatus),
  }),
});

/** Everything `validate --format json` may print: one workbook's report, an unusable file, or a review. */
export const validateJsonSchema = z.union([jsonFileReportSchema, jsonUnusableFileSchema, jsonReviewSchema]);

/** The JSON Schema published as docs/validate-report.schema.json. */
export const validateJsonSchemaDocument = (): Record<string, unknown> => ({
  $id: 'https://tableaux-cls/validate-report.schema.json',
  title: 'Tableaux CLS — rapport JSON de « cls-workbook validate »',
  description:
    'What `cls-workbook validate --format json` prints: the report of one workbook (CONTRACT §3), a file that cannot be read, or the review of several workbooks. Amounts in euros.',
  ...(z.toJSONSchema(validateJsonSchema, { io: 'output', reused: 'ref' }) as Record<string, unknown>),
});

/** The columns of an area with a choice per column: the contract column it feeds, or for a partner column, the partner and the year. */
import { Select } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { MappingArea } from '../../domain/import';
import type { MappingEdit } from '../../domain/import/edit';
import { fieldsOf, headerColumns } from '../../domain/import/edit';
import type { PartnerMatrixArea } from '../../domain/import/mapping';
import { contractHeader } from '../../domain/import/vocabulary';
import type { Lang } from '../../domain/report';
import { quoted } from '../../domain/values/format';
import { DEFAULT_FUNDERS } from '../../domain/workbook/lists';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { ConversionTranslate } from './texts';
import { TitledTable, useImportTableLook } from './TitledTable';
import { useImportStyles } from './useImportStyles.styles';

const YEAR_CHOICES = (around: number): number[] => Array.from({ length: 11 }, (_, i) => around - 5 + i);

type PartnerColumn = PartnerMatrixArea['partnerColumns'][number];

export interface EditableColumnsProps {
  readonly area: MappingArea;
  readonly snapshot: WorkbookSnapshot;
  /** The mapping's year, for money without a year of its own. */
  readonly year: number | null;
  readonly t: ConversionTranslate;
  readonly lang: Lang;
  readonly caption: string;
  readonly onEdit: (edit: MappingEdit) => void;
}

/** A partner matrix's columns get a partner and a year each; any other area's columns, the contract column they feed. */
export function EditableColumns({ area, snapshot, year, t, lang, caption, onEdit }: EditableColumnsProps): ReactElement {
  return area.kind === 'partner-matrix' ? (
    <PartnerColumns area={area} year={year} t={t} lang={lang} caption={caption} onEdit={onEdit} />
  ) : (
    <FieldColumns area={area} snapshot={snapshot} t={t} lang={lang} caption={caption} onEdit={onEdit} />
  );
}

/** Each partner column of a matrix, with its partner and its year to choose. */
function PartnerColumns({ area, year, t, lang, caption, onEdit }: Omit<EditableColumnsProps, 'area' | 'snapshot'> & { readonly area: PartnerMatrixArea }): ReactElement {
  const look = useImportTableLook();
  const funders = [...new Set([...DEFAULT_FUNDERS.map((f) => f.name), ...area.partnerColumns.map((p) => p.funder)])];
  const years = YEAR_CHOICES(year ?? area.partnerColumns.find((p) => p.year !== null)?.year ?? 2026);
  return (
    <TitledTable title={caption} level={5} classNames={look}>
      <thead>
        <tr>
          <th scope="col">{t('colSource')}</th>
          <th scope="col">{`${t('colPartner')}, ${t('colYear').toLowerCase()}`}</th>
        </tr>
      </thead>
      <tbody>
        {area.partnerColumns.map((p) => (
          <tr key={p.column}>
            <th scope="row">{`${p.column} ${quoted(p.header.replace(/\s+/g, ' ').trim(), lang)}`}</th>
            <td>
              <PartnerChoices area={area.id} column={p} funders={funders} years={years} year={year} t={t} onEdit={onEdit} />
            </td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}

interface PartnerChoicesProps {
  /** The area's id. */
  readonly area: string;
  readonly column: PartnerColumn;
  /** The partners to choose from: the default list and those of the matrix. */
  readonly funders: readonly string[];
  readonly years: readonly number[];
  /** The mapping's year, said by the « no year of its own » choice. */
  readonly year: number | null;
  readonly t: ConversionTranslate;
  readonly onEdit: (edit: MappingEdit) => void;
}

/** The partner and the year of one matrix column. */
function PartnerChoices({ area, column, funders, years, year, t, onEdit }: PartnerChoicesProps): ReactElement {
  const styles = useImportStyles();
  return (
    // Stacked, so that both choices fit the task pane's 320 px.
    <div className={styles.stack}>
      <Select size="small" aria-label={t('partnerOf', { column: column.column })} value={column.funder} onChange={(_, data) => onEdit({ kind: 'partner', area, column: column.column, funder: data.value })}>
        {funders.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </Select>
      <Select
        size="small"
        aria-label={t('yearOf', { column: column.column })}
        value={column.year === null ? '' : String(column.year)}
        onChange={(_, data) => onEdit({ kind: 'partner-year', area, column: column.column, year: data.value === '' ? null : Number(data.value) })}
      >
        <option value="">{year === null ? t('yearNone') : t('yearDefault', { year: String(year) })}</option>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Each column under an area's header row, with the contract column it feeds to choose (or none). */
function FieldColumns({ area, snapshot, t, lang, caption, onEdit }: Omit<EditableColumnsProps, 'area' | 'year'> & { readonly area: Exclude<MappingArea, PartnerMatrixArea> }): ReactElement {
  const look = useImportTableLook();
  const fields = fieldsOf(area);
  const fed = area.kind === 'action-fiche' ? {} : (area.columns as Readonly<Record<string, string | undefined>>);
  const fieldOf = (column: string): string => Object.entries(fed).find(([, c]) => c === column)?.[0] ?? '';
  return (
    <TitledTable title={caption} level={5} classNames={look}>
      <thead>
        <tr>
          <th scope="col">{t('colHeader')}</th>
          <th scope="col">{t('colTarget')}</th>
        </tr>
      </thead>
      <tbody>
        {headerColumns(snapshot, area).map((h) => (
          <tr key={h.column}>
            <th scope="row">{`${h.column} ${quoted(h.header, lang)}`}</th>
            <td>
              <Select size="small" aria-label={t('targetOf', { column: h.column })} value={fieldOf(h.column)} onChange={(_, data) => onEdit({ kind: 'field-column', area: area.id, column: h.column, field: data.value === '' ? null : data.value })}>
                <option value="">{t('notImported')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {contractHeader(area.kind as 'funding-list', f)}
                  </option>
                ))}
              </Select>
            </td>
          </tr>
        ))}
      </tbody>
    </TitledTable>
  );
}

/**
 * The import report's sentences in French, shared by the command line, the page and the pane: what was recognised,
 * the mapping, the conservation of money, what was skipped and why. Each medium adds its own wording for how the
 * user gives a year (`--year` on the command line, a field on the page).
 */
import type { ImportNote, MappingArea, SkipReason } from '../../domain/import';
import type { ConflictUse, ImportConflict, MatrixOtherRole } from '../../domain/import/mapping';
import { IMPORT_SCAN_CELLS } from '../../domain/import/grid';
import { quoted } from '../../domain/values/format';

export type { MatrixOtherRole };

export interface ImportReportTexts {
  /** `label : value` in French, `label: value` in English. */
  readonly colon: string;
  /** A text as typed: « x » in French, "x" in English. */
  readonly quoted: (text: string) => string;
  readonly lookedFor: string;
  /** A saved mapping's column that is not a column letter. */
  readonly mappingColumnLetter: string;
  readonly firstRows: (sheet: string) => string;
  readonly emptySheet: string;
  readonly conflict: (conflict: ImportConflict) => string;
  readonly sheetMissing: (sheet: string) => string;
  /** A sheet left out: its used range reaches too far (a stray value, a formatted row to the end of the sheet). */
  readonly tooLarge: (sheet: string, range: string) => string;
  /** Why an import into the open workbook stopped before writing (the pane's « Importer dans ce classeur »). */
  readonly stopped: { readonly readOnly: string; readonly changed: string; readonly tablesMissing: (tables: readonly string[]) => string };
  /** Without the way to give a year: each medium appends it. */
  readonly yearMissing: (areas: readonly string[]) => string;
  readonly unbalanced: (area: string) => string;
  readonly areasTitle: string;
  readonly kind: Readonly<Record<MappingArea['kind'], string>>;
  readonly headerLine: (row: number, first: number, last: number) => string;
  readonly excluded: string;
  readonly labels: string;
  readonly partners: string;
  readonly otherColumns: string;
  readonly role: Readonly<Record<MatrixOtherRole, string>>;
  readonly natureStatus: (nature: string, status: string) => string;
  readonly noYear: string;
  readonly conservationTitle: string;
  readonly conservationLine: (area: string, source: string, imported: string, budget: string, skipped: string, numbers: number, balanced: boolean) => string;
  readonly skippedTitle: string;
  readonly reason: Readonly<Record<SkipReason, string>>;
  readonly cells: (count: number) => string;
  readonly rowsTitle: string;
  readonly counts: (actions: number, fundings: number, indicators: number, funders: readonly string[]) => string;
  /** The same counts before anything is written (the pane's preview). */
  readonly found: (actions: number, fundings: number, indicators: number, funders: readonly string[]) => string;
  readonly notesTitle: string;
  /** `yearGiven`: how the medium names a year the user gave (`option --year`, `année indiquée`). */
  readonly note: (note: ImportNote, yearGiven: string) => string;
}

export const importReport: ImportReportTexts = {
  colon: ' : ',
  mappingColumnLetter: 'une lettre de colonne (A, B… AA)',
  quoted: (text) => quoted(text, 'fr'),
  lookedFor:
    'Cherché sur chaque feuille : une matrice des partenaires (une colonne par financeur : ARS, CAF, CPAM…), une liste d’engagements (Financeur, Montant et Statut, Nature ou Année), un tableau de bord des actions (N° ou Intitulé, et Pilote/Porteur, Échéance, Statut ou Budget), une fiche action par feuille (au moins 4 lignes libellé/valeur : Intitulé, Contexte, Objectif, Descriptif, Pilotage, Partenaires, Public visé, Budget…), une grille d’évaluation (Indicateur, et Résultats attendus, Outils, Qui évalue, Quand).',
  firstRows: (s) => `Premières lignes de la feuille « ${s} », telles que lues :`,
  emptySheet: '(feuille vide)',
  conflict: (c) => conflictFr(c),
  sheetMissing: (s) => `la feuille « ${s} » du mapping n’existe pas dans le classeur`,
  tooLarge: (s, r) =>
    `feuille « ${s} » non lue : sa plage utilisée (${r}) est trop étendue pour être parcourue (plus de ${(IMPORT_SCAN_CELLS / 1_000_000).toLocaleString('fr-FR')} millions de cellules) ; supprimez les cellules isolées loin du tableau (ou les lignes et colonnes vides mises en forme), enregistrez, puis relancez`,
  stopped: {
    readOnly: 'Ce classeur est en lecture seule : l’import ne peut pas y écrire.',
    changed: 'Le classeur a changé depuis l’aperçu : l’import n’est plus possible tel quel ; relisez le classeur.',
    tablesMissing: (t) => `Tableaux absents après création : ${t.join(', ')} ; rien n’a été importé.`,
  },
  yearMissing: (a) => `${a.join(', ')} : aucune année (ni bandeau d’années, ni colonne Année)`,
  unbalanced: (a) => `${a} : les montants importés et écartés ne retombent pas sur la source au centime près (erreur interne, signalez-la)`,
  areasTitle: 'Zones reconnues (mapping) :',
  kind: {
    'partner-matrix': 'Matrice des partenaires',
    'funding-list': 'Liste d’engagements',
    'action-list': 'Tableau de bord des actions',
    'action-fiche': 'Fiche action',
    'evaluation-grid': 'Grille d’évaluation',
  },
  headerLine: (h, f, l) => `en-tête ligne ${h}, lignes ${f} à ${l}`,
  excluded: 'exclue de l’import',
  labels: 'libellés',
  partners: 'financeurs',
  otherColumns: 'colonnes non importées',
  role: {
    remaining: 'restant à trouver',
    total: 'total',
    budget: 'budget',
    ratio: 'taux',
    'no-header': 'sans en-tête',
  },
  natureStatus: (n, s) => `nature ${n}, statut ${s}`,
  noYear: 'sans année',
  conservationTitle: 'Conservation des montants (au centime) :',
  conservationLine: (a, s, i, b, k, n, ok) => `${a} : source ${s} = importé ${i} + budget ${b} + écarté ${k} ${ok ? '✓' : '✗'} (${n} nombres)`,
  skippedTitle: 'Montants et cellules écartés :',
  reason: {
    total: 'ligne de total',
    'total-column': 'colonne de total',
    remaining: 'restant à trouver',
    zero: 'zéro',
    blank: 'ligne vide',
    'not-a-number': 'texte, pas un montant',
    'excel-error': 'erreur Excel',
    'axis-title': 'titre d’axe',
    'year-title': 'titre d’année',
    'objective-title': 'titre d’objectif',
    'header-repeat': 'en-tête répété',
    'no-label': 'sans libellé d’action',
    'no-amount': 'sans montant',
    'no-action': 'sans numéro ni intitulé d’action',
    'no-indicator': 'sans indicateur',
    'budget-not-action': 'budget hors action',
    'budget-duplicate': 'budget de l’action déjà donné par le tableau de bord',
    'area-excluded': 'zone exclue',
  },
  cells: (n) => `${n} cellule${n > 1 ? 's' : ''}`,
  rowsTitle: 'Lignes écartées :',
  counts: (a, f, i, funders) =>
    `Importé : ${a} action${a > 1 ? 's' : ''}, ${f} engagement${f > 1 ? 's' : ''}, ${i} indicateur${i > 1 ? 's' : ''}${funders.length > 0 ? ` ; partenaires ajoutés à la liste : ${funders.join(', ')}` : ''}`,
  found: (a, f, i, funders) =>
    `Trouvé dans vos feuilles : ${a} action${a > 1 ? 's' : ''}, ${f} engagement${f > 1 ? 's' : ''}, ${i} indicateur${i > 1 ? 's' : ''}${funders.length > 0 ? ` ; partenaires à ajouter à la liste : ${funders.join(', ')}` : ''}`,
  notesTitle: 'À savoir :',
  note: (n, yearGiven) => {
    switch (n.kind) {
      case 'year-assumed':
        return `${n.area} : sans année indiquée, montants comptés en ${n.year} (${n.from === 'option' ? yearGiven : 'première année du contrat, d’après la date de signature du classeur'})`;
      case 'number-assigned':
        return `${n.sheet}!${n.cell} « ${n.title} » : sans numéro, numéro ${n.number} attribué`;
      case 'value-kept':
        return `${n.field} « ${n.value} » (${n.count}×) : hors de la liste du contrat, gardé tel quel (le contrôle le signalera)`;
      case 'status-assumed':
        return `${n.area} : sans colonne de statut, engagements importés comme Acquis`;
      case 'action-filled-down':
        return `${n.sheet}!${n.cell} : indicateur rattaché à l’action ${n.action} de la ligne au-dessus`;
    }
  },
};


function useFr(use: ConflictUse): string {
  switch (use.kind) {
    case 'field':
      return quoted(use.header, 'fr');
    case 'label':
      return 'libellé d’action';
    case 'funder':
      return `financeur ${use.funder}`;
    case 'role':
      return `colonne ${importReport.role[use.role]}`;
  }
}

function conflictFr(c: ImportConflict): string {
  switch (c.kind) {
    case 'fiche-rows':
      return `zone ${c.area} : les lignes ${c.firstRow} à ${c.lastRow} ne forment pas une fiche`;
    case 'rows-before-header':
      return `zone ${c.area} : les lignes ${c.firstRow} à ${c.lastRow} doivent suivre la ligne d’en-tête ${c.headerRow}`;
    case 'cell-shared':
      return `zone ${c.area} : la cellule ${c.cell} est affectée à la fois à ${c.uses.map(useFr).join(' et à ')}`;
    case 'column-shared':
      return `zone ${c.area} : la colonne ${c.column} est affectée à la fois à ${c.uses.map(useFr).join(' et à ')}`;
    case 'two-columns': {
      const columns = c.columns.map((col) => `${col.letter} ${quoted(col.name, 'fr')}`).join(' et ');
      return `${c.sheet}, ligne ${c.row} : deux colonnes pour ${quoted(c.header, 'fr')} (${columns}) ; choisissez-en une dans un mapping (--mapping)`;
    }
  }
}

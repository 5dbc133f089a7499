/** The words of the partner statement, in French, for the command line, the page and the .xlsx export. */
import type { CoordinationRuleId } from '../../domain/statement/coordination';
import type { LineBasis } from '../../domain/statement/statement';
import { ARS_COORDINATION_SHARE } from '../../domain/totals';
import { formatPercent } from '../../domain/values/format';

export interface StatementTexts {
  title(partner: string): string;
  readonly sheet: string;
  readonly wholeContract: string;
  year(year: number): string;
  /** `Situation au 23/11/2026`. */
  asOf(date: string): string;
  readonly profile: string;
  readonly period: string;
  readonly contractYears: string;
  readonly committed: string;
  readonly committedShort: string;
  readonly secured: string;
  readonly requested: string;
  readonly forecast: string;
  readonly forecastNote: string;
  readonly valued: string;
  readonly valuedNote: string;
  readonly clsCommitted: string;
  readonly shareOfCls: string;
  /** `acquis 3 000,00 € + sollicité 0,00 € ; prévisionnel 0,00 € (non compté) ; valorisé 0,00 € (hors engagé)`. */
  breakdown(secured: string, requested: string, forecast: string, valued: string): string;
  /** `41,7 % des 378 937,50 € engagés par tous les partenaires du CLS`. */
  shareOfClsOf(share: string, clsCommitted: string): string;
  readonly ruleColumn: string;
  readonly actionOrObject: string;
  readonly notCounted: string;
  readonly byYear: string;
  readonly byAction: string;
  readonly action: string;
  readonly title_: string;
  readonly budget: string;
  readonly allPartners: string;
  readonly shareOfBudget: string;
  readonly total: string;
  readonly lines: string;
  readonly sheetColumn: string;
  readonly cell: string;
  readonly object: string;
  readonly actionNumber: string;
  readonly yearColumn: string;
  readonly nature: string;
  readonly status: string;
  readonly amount: string;
  readonly counted: string;
  readonly basis: Readonly<Record<LineBasis, string>>;
  readonly noLine: string;
  readonly otherSpellings: string;
  otherSpellingsNote(partner: string): string;
  readonly typed: string;
  readonly coordination: string;
  readonly coordinationNote: string;
  readonly rule: Readonly<Record<CoordinationRuleId, string>>;
  readonly arsAmount: string;
  readonly limit: string;
  readonly others: string;
  readonly verdict: string;
  readonly met: string;
  readonly notMet: string;
  readonly notApplicable: string;
  readonly noYear: string;
}

export const statement: StatementTexts = {
  title: (p) => `Relevé partenaire — ${p}`,
  sheet: 'Relevé',
  wholeContract: 'toute la durée du contrat',
  year: (y) => `année ${y}`,
  asOf: (d) => `Situation au ${d}`,
  profile: 'Profil',
  period: 'Période',
  contractYears: 'Années du contrat',
  committed: 'Engagé (acquis + sollicité)',
  committedShort: 'Engagé',
  secured: 'Acquis',
  requested: 'Sollicité',
  forecast: 'Prévisionnel',
  forecastNote: 'Prévisionnel (non compté dans l’engagé)',
  valued: 'Valorisé',
  valuedNote: 'Humain et matériel valorisés (hors engagé)',
  clsCommitted: 'Engagé par l’ensemble des partenaires du CLS',
  shareOfCls: 'Part du partenaire dans l’engagé du CLS',
  breakdown: (s, r, f, v) => `acquis ${s} + sollicité ${r}\u00a0; prévisionnel ${f} (non compté)\u00a0; humain et matériel valorisés ${v} (hors engagé)`,
  shareOfClsOf: (share, total) => `Part du CLS : ${share} des ${total} engagés par l’ensemble des partenaires`,
  ruleColumn: 'Règle',
  actionOrObject: 'Action ou objet',
  notCounted: 'non compté',
  byYear: 'Par année',
  byAction: 'Par action',
  action: 'Action ou objet',
  title_: 'Intitulé',
  budget: 'Budget prévisionnel',
  allPartners: 'Engagé, tous partenaires',
  shareOfBudget: 'Part du budget',
  total: 'Total',
  lines: 'Lignes du tableau CLS_Financements',
  sheetColumn: 'Feuille',
  cell: 'Cellule',
  object: 'Objet',
  actionNumber: 'N° action',
  yearColumn: 'Année',
  nature: 'Nature',
  status: 'Statut',
  amount: 'Montant',
  counted: 'Compté comme',
  basis: {
    committed: 'engagé',
    forecast: 'prévisionnel',
    valued: 'valorisé',
    'not-counted': 'non compté',
  },
  noLine: 'Aucun engagement de ce partenaire sur la période.',
  otherSpellings: 'Lignes écrites autrement (non comptées)',
  otherSpellingsNote: (p) =>
    `Ces lignes désignent sans doute ${p} mais le financeur n’y est pas écrit comme dans la liste des partenaires : le tableau d’engagement ne les compte pas dans sa colonne, ce relevé non plus. Harmonisez les noms pour les compter.`,
  typed: 'Financeur saisi',
  coordination: 'Poste de coordination : règles de l’ARS',
  coordinationNote: 'Chaque verdict est celui du contrôle du classeur, avec les montants comparés.',
  rule: {
    'funding.ars-coordination-cap': 'ARS ≤ plafond annuel',
    'funding.ars-coordination-share': `ARS ≤ ${formatPercent(ARS_COORDINATION_SHARE, 'fr')} du coût du poste`,
    'funding.coordination-cofinancing': 'Autres partenaires ≥ ARS',
  },
  arsAmount: 'ARS',
  limit: 'Limite',
  others: 'Autres partenaires',
  verdict: 'Verdict',
  met: 'respectée',
  notMet: 'non respectée',
  notApplicable: 'sans objet',
  noYear: 'non renseignée',
};

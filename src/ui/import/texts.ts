/**
 * The conversion view's own sentences, French first (the report's sentences come from domain/messages/import.ts,
 * shared with the command line). Loaded with the view, only when a workbook not laid out as the contract is dropped.
 */
import type { Lang } from '../../domain/report';
import type { ValueCategory } from './summary';

const fr = {
  title: 'Convertir « {name} » au format du contrat',
  intro:
    'Ce classeur n’a pas les tableaux du contrat (actions, financements, évaluation) : voici ce qui y a été reconnu et le classeur CLS que la conversion produirait. Le fichier déposé n’est pas modifié : la conversion en écrit un nouveau.',
  settings: 'Réglages de la conversion',
  profileLabel: 'Profil régional du nouveau classeur',
  yearLabel: 'Année des montants sans année',
  yearHint: 'Quatre chiffres, par exemple 2025. Sert aux matrices dont les colonnes ne portent pas d’année.',
  yearApply: 'Recalculer avec cette année',
  yearInvalid: 'Indiquez une année sur quatre chiffres, entre 1990 et 2100.',
  yearAsked: 'Indiquez l’année de ces montants ci-dessous, puis « Recalculer avec cette année ».',
  yearGiven: 'année indiquée sur la page',
  refusedTitle: 'Conversion impossible en l’état',
  refusedIntro: 'Rien n’est converti tant que ces points ne sont pas réglés :',
  nothingTitle: 'Rien de reconnaissable dans ce classeur',
  nothingIntro: 'Aucune zone de ce classeur ne ressemble aux tableaux d’un CLS : rien ne peut être converti.',
  nothingAdvice: 'Pour partir de zéro, téléchargez un classeur CLS vide plus bas.',
  row: 'Ligne',
  areaPlace: 'Feuille « {sheet} », plage {range}',
  columnsCaption: 'Colonnes de « {sheet} » et ce qu’elles deviennent',
  colSource: 'Colonne',
  colHeader: 'En-tête lu',
  colTarget: 'Devient',
  targetLabel: 'Numéro et intitulé de l’action',
  targetFunder: 'Engagement de {funder} ({year})',
  targetIgnored: 'Non importée : {role}',
  noHeader: '(vide)',
  valuesTitle: 'Noms et valeurs convertis',
  valuesCaption: 'Mots du classeur remplacés par ceux des listes du contrat',
  colCategory: 'Donnée',
  colRead: 'Lu dans le classeur',
  colContract: 'Dans le contrat',
  colCount: 'Lignes',
  conservationIntro: 'Chaque montant des zones financières est soit importé, soit écarté avec sa raison :',
  skippedCellsOf: 'Cellules : {cells}',
  downloadTitle: 'Nouveau classeur',
  downloadButton: 'Télécharger le classeur converti',
  downloading: 'Préparation du classeur converti…',
  downloaded: 'Classeur « {name} » téléchargé. Contrôle du classeur converti : {summary}.',
  downloadFailed: 'Le classeur converti n’a pas pu être préparé : {reason}',
  openConverted: 'Contrôler le classeur converti',
  scrollHint: 'Tableau défilant',
  includeArea: 'Importer cette zone',
  previewTitle: 'Aperçu des lignes',
  previewActions: 'Actions',
  previewFundings: 'Engagements (financeur · année · montant · statut · action)',
  previewIndicators: 'Indicateurs',
  previewMore: '… et {count} autres',
  editColumns: 'Modifier les colonnes',
  editColumnsDone: 'Voir le résultat',
  colPartner: 'Partenaire',
  colYear: 'Année',
  partnerOf: 'Partenaire de la colonne {column}',
  yearOf: 'Année de la colonne {column}',
  targetOf: 'Colonne du contrat alimentée par la colonne {column}',
  notImported: 'Non importée',
  yearDefault: 'Année du classeur ({year})',
  yearNone: 'Année à indiquer',
} as const;

export type ConversionTextKey = keyof typeof fr;

const en: Record<ConversionTextKey, string> = {
  title: 'Convert “{name}” to the contract’s layout',
  intro:
    'This workbook does not have the contract’s tables (actions, funding, evaluation): here is what was recognised in it and the CLS workbook the conversion would produce. The dropped file is not changed: the conversion writes a new one.',
  settings: 'Conversion settings',
  profileLabel: 'Regional profile of the new workbook',
  yearLabel: 'Year of amounts without a year',
  yearHint: 'Four digits, e.g. 2025. Used for matrices whose columns show no year.',
  yearApply: 'Recompute with this year',
  yearInvalid: 'Enter a four-digit year between 1990 and 2100.',
  yearAsked: 'Enter the year of these amounts below, then “Recompute with this year”.',
  yearGiven: 'year entered on the page',
  refusedTitle: 'Cannot convert as it stands',
  refusedIntro: 'Nothing is converted until these points are settled:',
  nothingTitle: 'Nothing recognisable in this workbook',
  nothingIntro: 'No area of this workbook looks like the tables of a CLS: nothing can be converted.',
  nothingAdvice: 'To start from scratch, download an empty CLS workbook below.',
  row: 'Row',
  areaPlace: 'Sheet “{sheet}”, range {range}',
  columnsCaption: 'Columns of “{sheet}” and what they become',
  colSource: 'Column',
  colHeader: 'Header as read',
  colTarget: 'Becomes',
  targetLabel: 'Action number and title',
  targetFunder: 'Commitment of {funder} ({year})',
  targetIgnored: 'Not imported: {role}',
  noHeader: '(empty)',
  valuesTitle: 'Names and values converted',
  valuesCaption: 'Words of the workbook replaced by those of the contract’s lists',
  colCategory: 'Data',
  colRead: 'Read in the workbook',
  colContract: 'In the contract',
  colCount: 'Rows',
  conservationIntro: 'Every amount of the money areas is either imported or skipped with its reason:',
  skippedCellsOf: 'Cells: {cells}',
  downloadTitle: 'New workbook',
  downloadButton: 'Download the converted workbook',
  downloading: 'Preparing the converted workbook…',
  downloaded: 'Workbook “{name}” downloaded. Check of the converted workbook: {summary}.',
  downloadFailed: 'The converted workbook could not be prepared: {reason}',
  openConverted: 'Check the converted workbook',
  scrollHint: 'Scrollable table',
  includeArea: 'Import this area',
  previewTitle: 'Rows preview',
  previewActions: 'Actions',
  previewFundings: 'Commitments (partner · year · amount · status · action)',
  previewIndicators: 'Indicators',
  previewMore: '… and {count} more',
  editColumns: 'Change the columns',
  editColumnsDone: 'Show the result',
  colPartner: 'Partner',
  colYear: 'Year',
  partnerOf: 'Partner of column {column}',
  yearOf: 'Year of column {column}',
  targetOf: 'Contract column fed by column {column}',
  notImported: 'Not imported',
  yearDefault: 'Workbook year ({year})',
  yearNone: 'Year to be given',
};

export const CATEGORY_LABELS: Readonly<Record<Lang, Readonly<Record<ValueCategory, string>>>> = {
  fr: { funder: 'Partenaire', fundingStatus: 'Statut du financement', fundingNature: 'Nature', fundingObject: 'Objet', actionStatus: 'Statut de l’action' },
  en: { funder: 'Partner', fundingStatus: 'Funding status', fundingNature: 'Nature', fundingObject: 'Purpose', actionStatus: 'Action status' },
};

const TEXTS: Readonly<Record<Lang, Record<ConversionTextKey, string>>> = { fr, en };

export type ConversionTranslate = (key: ConversionTextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** `{name}` placeholders replaced from `vars`. */
export function conversionTranslator(lang: Lang): ConversionTranslate {
  const dictionary = TEXTS[lang];
  return (key, vars) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

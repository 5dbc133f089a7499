/** What the Excel adapter says when Excel fails, in French: the operation, then what the user can do. */
import type { ExcelOperation } from '../../excel/run';

const advice = {
  AccessDenied:
    'Excel refuse la modification : une feuille ou le classeur est protégé, ou le fichier est ouvert en lecture seule. Ôtez la protection ou enregistrez une copie modifiable, puis recommencez.',
  InvalidOperationInCellEditMode: 'une cellule est en cours de saisie : validez-la (Entrée) ou quittez-la (Échap), puis recommencez.',
  RequestPayloadSizeLimitExceeded:
    'la demande dépasse la taille qu’Excel sur le web accepte en une fois : ouvrez le classeur dans Excel sur ordinateur, ou réduisez le nombre de constats (filtre par tableau), puis recommencez.',
  ResponsePayloadSizeLimitExceeded:
    'la réponse dépasse la taille qu’Excel sur le web accepte en une fois : ouvrez le classeur dans Excel sur ordinateur, puis recommencez.',
  Conflict: 'un co-auteur modifie le classeur au même moment : attendez la fin de l’enregistrement automatique, puis recommencez.',
  MergedRangeConflict: 'un tableau ne peut pas recouvrir des cellules fusionnées : annulez la fusion de ces cellules (Accueil › Fusionner), puis recommencez.',
  ItemAlreadyExists: 'une feuille, un tableau ou un nom défini porte déjà ce nom : renommez-le, puis recommencez.',
  ItemNotFound: 'une feuille, un tableau ou un nom a été supprimé ou renommé pendant l’opération : recommencez.',
  InsertDeleteConflict:
    'Excel ne peut pas décaler des cellules à cause d’un tableau, d’un filtre ou de cellules fusionnées voisins : libérez les cellules à droite du tableau, puis recommencez.',
  FilteredRangeConflict: 'un filtre est actif sur le tableau : effacez le filtre (Données › Effacer), puis recommencez.',
  OperationCellsExceedLimit:
    'l’opération touche trop de cellules pour Excel sur le web : supprimez les cellules remplies loin à droite des tableaux, ou utilisez Excel sur ordinateur.',
  InactiveWorkbook: 'le classeur n’est plus actif (fermé ou en arrière-plan) : revenez-y, puis recommencez.',
  RequestAborted: 'Excel a interrompu la demande : recommencez.',
};

/** The Office error codes that come with advice. */
export type AdvisedCode = keyof typeof advice;

export interface ExcelTexts {
  /** What could not be done. */
  readonly operations: Readonly<Record<ExcelOperation, string>>;
  /**
   * What the user can do, by Office error code. Office's own `message` "isn't intended for consumption by end users;
   * you should use the error code" (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling);
   * codes from https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcodes.
   */
  readonly advice: Readonly<Record<AdvisedCode, string>>;
  failed(operation: string, detail: string): string;
  withCode(advice: string, code: string): string;
  unknownCode(code: string): string;
  /** Appended when some changes were written before the failure. */
  readonly partial: string;
  readonly unavailable: string;
  sheetMissing(sheet: string): string;
}

export const excel: ExcelTexts = {
  operations: {
    read: 'Lecture du classeur impossible',
    apply: 'Création des tableaux impossible',
    select: 'Sélection de la cellule impossible',
    highlight: 'Surlignage des cellules impossible',
    clearHighlights: 'Effacement du surlignage impossible',
    writeControl: 'Écriture de la feuille « Contrôle » impossible',
    rewrite: 'Harmonisation des noms impossible',
    import: 'Import des lignes impossible',
  },
  advice,
  failed: (operation, detail) => `${operation} : ${detail}`,
  withCode: (advice, code) => `${advice} (code Excel : ${code})`,
  unknownCode: (code) => `Excel a refusé l’opération (code ${code}). Recommencez ; si cela persiste, enregistrez le classeur et rouvrez-le.`,
  partial: ' Une partie des changements a pu être écrite : relancez « Créer », qui complète sans rien dupliquer ni écraser.',
  unavailable: 'Excel n’est pas disponible (le complément doit être ouvert dans Excel).',
  sheetMissing: (sheet) => `la feuille « ${sheet} » est introuvable.`,
};

/** Every string of the page shell, French first; the English record is typed so a missing key fails tsc. */
import type { Lang } from '../domain/report';

const fr = {
  documentTitle: 'Tableaux CLS — contrôle d’un classeur',
  pageTitle: 'Tableaux CLS — contrôle d’un classeur',
  privacy: 'Votre fichier reste sur votre ordinateur : rien n’est envoyé.',
  pageIntro:
    'Déposez le classeur de suivi d’un Contrat local de santé (.xlsx) pour le contrôler sans Excel ni complément : mêmes règles, mêmes totaux que dans Excel. Le classeur n’est jamais modifié.',
  languageLabel: 'Langue de la page',
  languageFr: 'Français',
  languageEn: 'English',
  pickTitle: 'Contrôler un classeur',
  dropHint: 'Glissez-déposez votre classeur ici (ou plusieurs, ou un dossier, pour une revue), ou',
  pickButton: 'Choisir un classeur (.xlsx)',
  pickOther: 'Choisir un autre classeur',
  dropOtherHint: 'ou déposez-en un autre sur la page.',
  dropActive: 'Relâchez pour contrôler ce classeur.',
  reading: 'Lecture de « {name} »…',
  openedLabel: 'Classeur ouvert',
  openedFile: '« {name} » ({size}), ouvert en lecture seule.',
  reviewFiles: '{n} classeurs en revue, ouverts en lecture seule.',
  reviewLoading: 'Préparation de la revue de {n} classeurs…',
  unusableTitle: 'Ce fichier ne peut pas être contrôlé',
  readFailed: 'La lecture du fichier a échoué : {reason}',
  downloadTitle: 'Télécharger un classeur CLS',
  downloadIntro: 'Pas encore de classeur ? Téléchargez un classeur neuf, avec tous les tableaux du contrat, prêt à remplir dans Excel ou LibreOffice.',
  downloadLoading: 'Chargement du formulaire…',
  downloadButton: 'Télécharger un classeur CLS',
  downloading: 'Préparation du classeur…',
  downloaded: 'Classeur « {name} » téléchargé.',
  downloadFailed: 'Le classeur n’a pas pu être préparé : {reason}',
  sizeKo: '{n} Ko',
  sizeMo: '{n} Mo',
  pickerTypes: 'Classeurs',
  rereadDone: 'Fichier relu sur le disque : contrôle de la version enregistrée le {date}.',
  rereadUnchanged: 'Fichier relu sur le disque : inchangé depuis son enregistrement du {date}. Après une correction, enregistrez le classeur avant de relancer le contrôle.',
  rereadAsOpened:
    'Ce navigateur ne peut pas relire « {name} » sur le disque : le contrôle porte sur le fichier tel qu’il a été ouvert. Si vous l’avez modifié, déposez à nouveau le fichier modifié (ou choisissez-le).',
} as const;

export type TextKey = keyof typeof fr;

const en: Record<TextKey, string> = {
  documentTitle: 'Tableaux CLS — check a workbook',
  pageTitle: 'Tableaux CLS — check a workbook',
  privacy: 'Your file stays on your computer: nothing is sent.',
  pageIntro:
    'Drop the tracking workbook of a Contrat local de santé (.xlsx) to check it without Excel or the add-in: same rules, same totals as in Excel. The workbook is never changed.',
  languageLabel: 'Page language',
  languageFr: 'Français',
  languageEn: 'English',
  pickTitle: 'Check a workbook',
  dropHint: 'Drag and drop your workbook here (or several, or a folder, for a review), or',
  pickButton: 'Choose a workbook (.xlsx)',
  pickOther: 'Choose another workbook',
  dropOtherHint: 'or drop another one on the page.',
  dropActive: 'Release to check this workbook.',
  reading: 'Reading “{name}”…',
  openedLabel: 'Open workbook',
  openedFile: '“{name}” ({size}), open read-only.',
  reviewFiles: '{n} workbooks under review, open read-only.',
  reviewLoading: 'Preparing the review of {n} workbooks…',
  unusableTitle: 'This file cannot be checked',
  readFailed: 'Reading the file failed: {reason}',
  downloadTitle: 'Download a CLS workbook',
  downloadIntro: 'No workbook yet? Download a new one with every table of the contract, ready to fill in with Excel or LibreOffice.',
  downloadLoading: 'Loading the form…',
  downloadButton: 'Download a CLS workbook',
  downloading: 'Preparing the workbook…',
  downloaded: 'Workbook “{name}” downloaded.',
  downloadFailed: 'The workbook could not be prepared: {reason}',
  sizeKo: '{n} KB',
  sizeMo: '{n} MB',
  pickerTypes: 'Workbooks',
  rereadDone: 'File read again from disk: checking the version saved on {date}.',
  rereadUnchanged: 'File read again from disk: unchanged since it was saved on {date}. After a fix, save the workbook before running the check again.',
  rereadAsOpened: 'This browser cannot read “{name}” again from disk: the check is of the file as it was opened. If you changed it, drop the modified file again (or choose it).',
};

const TEXTS: Readonly<Record<Lang, Record<TextKey, string>>> = { fr, en };

export type WebTranslate = (key: TextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for the page shell: `{name}` placeholders are replaced from `vars`. */
export function webTranslator(lang: Lang): WebTranslate {
  const dictionary = TEXTS[lang];
  return (key, vars) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

/** `12 Ko` / `1,4 Mo`, the way the reader writes sizes. */
export function fileSize(bytes: number, lang: Lang, t: WebTranslate): string {
  if (bytes < 1024 * 1024) return t('sizeKo', { n: Math.max(1, Math.round(bytes / 1024)) });
  const mb = (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();
  return t('sizeMo', { n: lang === 'fr' ? mb.replace('.', ',') : mb });
}

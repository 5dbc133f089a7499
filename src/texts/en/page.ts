/** Every string of the page's shell (index.html), in English. */
import type { page as fr } from '../fr/page';
import type { Catalogue } from '../catalogue';

export const page: Catalogue<typeof fr> = {
  documentTitle: 'Tableaux CLS — check a workbook',
  pageTitle: 'Tableaux CLS — check a workbook',
  privacy: 'Your file stays on your computer: nothing is sent.',
  privacyLink: 'Privacy',
  rereadFailed: '“{name}” could not be read again from disk (moved, renamed or deleted?): drop the modified file on the page again.',
  privacyLinkLabel: 'Privacy (opens in a new tab)',
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
  rereadAsOpened:
    'This browser cannot read “{name}” again from disk: the check is of the file as it was opened. If you changed it, drop the modified file again (or choose it).',
};

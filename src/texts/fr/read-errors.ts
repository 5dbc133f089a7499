/** Why a file cannot be read as a CLS workbook, in French: one line, never a stack trace. */
import { formatNumber } from '../../domain/values/format';
import type { Damage, Oversize, UnusableReason } from '../../xlsx/read-errors';

export interface ReadErrorTexts {
  /** The file's name when reading a buffer. */
  readonly defaultFile: string;
  /** What is too large. */
  oversize(o: Oversize): string;
  /** What is broken inside an archive that opens. */
  damage(d: Damage): string;
  /** The line for each reason; `detail` is what `oversize` or `damage` said, for `too-large` and `damaged`. */
  readonly reasons: { readonly [R in UnusableReason]: (file: string, detail: string | undefined) => string };
}

const MIB = 1024 * 1024;
const mib = (bytes: number): string => formatNumber(Math.ceil((bytes / MIB) * 10) / 10, 'fr');
const count = (n: number): string => formatNumber(n, 'fr');

export const readErrors: ReadErrorTexts = {
  defaultFile: 'le fichier',
  oversize: (o) => {
    switch (o.kind) {
      case 'file':
        return `le fichier pèse ${mib(o.bytes)} Mo (au plus ${mib(o.limit)} Mo)`;
      case 'entries':
        return `l'archive contient ${count(o.count)} fichiers (au plus ${count(o.limit)})`;
      case 'part':
        return `${o.part} occupe ${mib(o.bytes)} Mo une fois décompressé (au plus ${mib(o.limit)} Mo)`;
      case 'total':
        return `plus de ${mib(o.limit)} Mo une fois décompressé`;
      case 'sheet-cells':
        return `la feuille « ${o.sheet} » a plus de ${count(o.limit)} cellules remplies`;
      case 'cells':
        return `plus de ${count(o.limit)} cellules remplies en tout`;
    }
  },
  damage: (d) => {
    switch (d.kind) {
      case 'crc':
        return `la somme de contrôle de ${d.part} ne correspond pas à son contenu`;
      case 'size':
        return `${d.part} n'a pas la taille que l'archive annonce`;
      case 'compression':
        return `${d.part} est compressé de façon illisible`;
      case 'xml':
        return `${d.part} n'est pas un XML bien formé`;
      case 'doctype':
        return `${d.part} contient une déclaration DOCTYPE, interdite dans un classeur (refusée par sécurité)`;
      case 'content-types':
        return `la liste des contenus [Content_Types].xml manque`;
      case 'missing-part':
        return `${d.part} manque`;
      case 'duplicate-entry':
        return `${d.part} figure deux fois dans l'archive`;
      case 'cell-address':
        return `${d.part} désigne la cellule « ${d.address} », hors d'une feuille Excel`;
      case 'shared-strings':
        return `${count(d.cells)} cellules renvoient à des textes partagés (xl/sharedStrings.xml) absents`;
    }
  },
  reasons: {
    missing: (f) => `${f} : fichier introuvable`,
    'not-a-file': (f) => `${f} n'est pas un fichier`,
    unreadable: (f) => `${f} : lecture impossible (droits d'accès ?)`,
    empty: (f) => `${f} est vide (0 octet) : ce n'est pas un classeur .xlsx`,
    'not-zip': (f) => `${f} n'est pas un classeur .xlsx (le contenu n'est pas une archive Excel)`,
    corrupt: (f) => `${f} est un classeur .xlsx tronqué ou corrompu : rouvrez-le et réenregistrez-le dans Excel`,
    'encrypted-or-xls': (f) =>
      `${f} est protégé par un mot de passe (chiffré) ou au format Excel 97-2003 (.xls) : enregistrez-le sans mot de passe au format .xlsx`,
    'not-xlsx': (f) => `${f} est une archive zip mais pas un classeur .xlsx (aucune feuille de calcul)`,
    'too-large': (f, d) => `${f} : classeur trop volumineux${d === undefined ? '' : ` : ${d}`} ; découpez-le ou supprimez les feuilles inutiles`,
    damaged: (f, d) =>
      `${f} est un classeur endommagé${d === undefined ? '' : ` (${d})`} : rouvrez-le dans Excel, qui propose de le réparer, et réenregistrez-le`,
  },
};

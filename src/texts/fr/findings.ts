/** The findings' messages in French (the default language), one per rule id. */
import { ARS_COORDINATION_CAP_CENTS, ARS_COORDINATION_SHARE } from '../../domain/totals';
import { formatEuros, formatNumber, formatPercent } from '../../domain/values/format';
import type { Messages } from '../../domain/messages/types';
import { d, n, p } from '../../domain/messages/types';

const eur = (cents: number): string => formatEuros(cents, 'fr');
const num = (value: number): string => formatNumber(value, 'fr');
const date = (x: Parameters<typeof p>[0], key: string): string => d(x, key, 'fr');

export const findings: Messages = {
  'structure.table-missing': (x) => ({
    message: `Le tableau ${p(x, 'table')} est introuvable (ni tableau Excel de ce nom, ni feuille « ${p(x, 'sheet')} » avec ses en-têtes).`,
    suggestion: 'Créez les tableaux avec le bouton « Créer » du volet Tableaux CLS, ou renommez le tableau existant.',
  }),
  'structure.column-missing': (x) => ({
    message: `La colonne obligatoire « ${p(x, 'header')} » est absente.`,
    suggestion: `Ajoutez une colonne intitulée « ${p(x, 'header')} » (ou corrigez l’en-tête renommé).`,
  }),
  'structure.column-duplicate': (x) => ({
    message: `La colonne « ${p(x, 'header')} » apparaît deux fois : seule la première est lue.`,
    suggestion: 'Renommez ou supprimez la colonne en double.',
  }),
  'structure.column-unknown': (x) => ({
    message: `Colonne « ${p(x, 'header')} » hors modèle : conservée telle quelle, non contrôlée.`,
    suggestion: 'Rien à faire si cette colonne vous sert ; si c’est une colonne du modèle renommée, rendez-lui son nom exact.',
  }),
  'structure.blank-row': (x) =>
    x['rows'] === undefined
      ? { message: 'Ligne vide au milieu du tableau.', suggestion: 'Supprimez la ligne vide pour garder un tableau continu.' }
      : { message: `${num(n(x, 'rows'))} lignes vides au milieu du tableau (lignes ${p(x, 'first')} à ${p(x, 'last')}).`, suggestion: 'Supprimez les lignes vides pour garder un tableau continu.' },
  'cell.formula-error': (x) => ({
    message: `La cellule contient l’erreur ${p(x, 'code')}.`,
    suggestion: 'Corrigez la formule (une référence supprimée donne #REF!).',
  }),
  'cell.formula-uncalculated': () => ({
    message: 'Formule non calculée : le classeur a été enregistré sans son résultat, qui n’est ni contrôlé ni compté dans les totaux.',
    suggestion: 'Ouvrez et enregistrez le classeur dans Excel ou LibreOffice.',
  }),
  'cell.not-number': (x) => ({
    message:
      x['outOfRange'] === undefined
        ? 'Texte à la place d’un nombre : il ne sera pas compté dans les totaux.'
        : `Nombre hors limites (${p(x, 'outOfRange')}, au-delà de ${num(n(x, 'limit'))}) : il ne sera pas compté dans les totaux.`,
    suggestion:
      x['suggestion'] !== undefined
        ? `Saisissez le nombre ${x['year'] === undefined ? num(n(x, 'suggestion')) : p(x, 'suggestion')} (valeur numérique, sans texte).`
        : x['outOfRange'] !== undefined
          ? 'Vérifiez le nombre saisi : une touche de trop ?'
          : 'Saisissez un nombre seul, sans texte ni unité (par exemple 1500,50).',
  }),
  'cell.not-date': (x) => ({
    message: x['outOfRange'] === undefined ? 'Cette valeur n’est pas une date.' : `Le nombre ${p(x, 'outOfRange')} est hors des dates possibles (numéros de série de 1 à ${num(n(x, 'limit'))}, soit jusqu’au 31/12/9999).`,
    suggestion: x['suggestion'] === undefined ? 'Saisissez une date au format jj/mm/aaaa.' : `Saisissez ${p(x, 'suggestion')}.`,
  }),
  'cell.not-in-list': (x) => ({
    message: 'Valeur hors de la liste autorisée.',
    suggestion: x['suggestion'] === undefined ? `Choisissez parmi : ${p(x, 'list')}.` : `Vouliez-vous dire « ${p(x, 'suggestion')} » ? Choisissez-le dans la liste déroulante.`,
  }),
  'cell.required-missing': (x, f) =>
    x['parameter'] === undefined
      ? {
          message: `« ${f.column ?? ''} » n’est pas renseigné : c’est un item obligatoire de la fiche action.`,
          suggestion: `Complétez « ${f.column ?? ''} » pour cette ligne.`,
        }
      : { message: `Le paramètre « ${p(x, 'parameter')} » n’est pas renseigné.`, suggestion: `Renseignez « ${p(x, 'parameter')} » dans la feuille Paramètres.` },
  'params.duration-out-of-range': (x) => ({
    message: `La durée du CLS doit être comprise entre ${p(x, 'min')} et ${p(x, 'max')} ans.`,
    suggestion: 'Indiquez une durée de 3, 4 ou 5 ans.',
  }),
  'params.population-below-minimum': (x) => ({
    message: `Population couverte inférieure au minimum recommandé de ${num(n(x, 'minimum'))} habitants (ARS Centre-Val de Loire).`,
    suggestion: 'Vérifiez la population du territoire dans Paramètres ; en dessous de ce seuil, le périmètre du CLS est à discuter avec l’ARS.',
  }),
  'action.number-malformed': () => ({
    message: 'Numéro d’action mal formé : attendu objectif général.objectif spécifique.action, par exemple 12.1.1.',
    suggestion: 'Numérotez l’action avec trois nombres séparés par des points : objectif général, objectif spécifique, action (12.1.1).',
  }),
  'action.number-duplicate': (x) => ({ message: `Ce numéro d’action est déjà utilisé en ${p(x, 'first')}.`, suggestion: 'Donnez un numéro unique à chaque action.' }),
  'action.hierarchy-mismatch': (x) => ({
    message: `${p(x, 'child')} ne prolonge pas ${p(x, 'parent')} (${p(x, 'parentColumn')}).`,
    suggestion: `Le numéro doit commencer par ${p(x, 'parent')}. suivi d’un seul niveau.`,
  }),
  'action.dates-inverted': (x) => ({
    message: `La fin (${date(x, 'end')}) précède le début (${date(x, 'start')}).`,
    suggestion: 'Corrigez la date de début ou la date de fin : la fin suit le début.',
  }),
  'action.dates-outside-contract': (x) => ({
    message: `La date ${date(x, 'date')} est hors de la période du contrat (du ${date(x, 'start')} au ${date(x, 'end')}).`,
    suggestion: 'Ramenez la date dans la période du contrat, ou vérifiez la date de signature et la durée dans Paramètres.',
  }),
  'action.late': (x) => ({
    message: `Action en retard : fin prévue le ${date(x, 'end')}, statut « ${p(x, 'status') || 'non renseigné'} » au ${date(x, 'asOf')}.`,
    suggestion: 'Mettez à jour le statut (Réalisée, Reportée…) ou la date de fin.',
  }),
  'action.status-progress-mismatch': (x) => ({
    message: `Statut « ${p(x, 'status')} » incohérent avec un avancement de ${p(x, 'percent')} %.`,
    suggestion: 'Accordez le statut et l’avancement : « Réalisée » va avec 100 %, « Non démarrée » avec 0 %.',
  }),
  'action.pilot-is-coordinator': (x) => ({
    message: `Le pilote (${p(x, 'pilot')}) est le coordinateur du CLS : admis seulement si sa fiche de poste le prévoit.`,
    suggestion: 'Désignez un pilote expert de la thématique ; le coordinateur peut être co-pilote.',
  }),
  'action.fiche-item-missing': (x) => ({
    message: `Fiche action : l’item « ${p(x, 'item')} » (colonne « ${p(x, 'column')} ») n’est pas renseigné.`,
    suggestion: x['item'] === 'Financements' ? 'Indiquez le budget prévisionnel ou au moins un engagement dans Financements.' : 'Complétez la cellule.',
  }),
  'plan.theme-missing': (x) => ({
    message: `Aucune action sur le volet « ${p(x, 'theme')} », obligatoire pour tout CLS signé ou renouvelé depuis le ${date(x, 'since')}.`,
    suggestion: 'Ajoutez au moins une action à ce volet (colonne « Thématique »).',
  }),
  'funding.action-required': () => ({
    message: 'Objet « Action » sans numéro d’action : l’engagement ne peut être rattaché.',
    suggestion: 'Indiquez le numéro de l’action financée, ou choisissez un autre objet (Coordination, Diagnostic, Évaluation…).',
  }),
  'funding.action-unknown': (x) => ({
    message: `L’action ${p(x, 'action')} n’existe pas dans le plan d’action.`,
    suggestion: `Corrigez le numéro (il doit figurer dans le plan d’action), ou ajoutez l’action ${p(x, 'action')} au plan d’action.`,
  }),
  'funding.funder-unknown': (x) => ({
    message: `Le financeur « ${p(x, 'funder')} » n’est pas dans la liste des partenaires : cet engagement n’est compté dans aucune colonne du tableau d’engagement des partenaires (seulement dans son total).`,
    suggestion:
      x['partner'] === undefined
        ? 'Ajoutez-le au tableau CLS_Financeurs ou choisissez un partenaire de la liste.'
        : `C’est un partenaire connu des guides (« ${p(x, 'partner')} ») : ajoutez-le au tableau CLS_Financeurs sous ce nom, puis régénérez le tableau d’engagement.`,
  }),
  'funding.funder-spelling': (x) => ({
    message: `Le financeur « ${p(x, 'funder')} » est écrit autrement que dans la liste des partenaires : cet engagement n’est compté dans aucune colonne du tableau d’engagement des partenaires.`,
    suggestion: `Vouliez-vous dire « ${p(x, 'suggestion').split('\n').join(' » ou « ')} » ? Écrivez le nom exactement comme dans la liste (tableau CLS_Financeurs).`,
  }),
  'funding.amount-not-counted': (x) => ({
    message: 'Montant saisi en texte : il n’est pas compté dans le tableau d’engagement des partenaires ni dans les totaux.',
    suggestion: x['suggestion'] === undefined ? 'Saisissez le montant comme un nombre, sans texte.' : `Saisissez le nombre ${num(n(x, 'suggestion'))}.`,
  }),
  'funding.year-not-counted': (x) => ({
    message: 'Année saisie en texte : l’engagement compte dans le total « Toutes » du tableau d’engagement des partenaires, mais dans aucune année.',
    suggestion: x['suggestion'] === undefined ? 'Saisissez l’année comme un nombre (aaaa).' : `Saisissez ${p(x, 'suggestion')} comme un nombre.`,
  }),
  'funding.value-spelling': (x) => ({
    message: `« ${p(x, 'typed')} » n’est pas compté dans le tableau d’engagement des partenaires : ses formules attendent « ${p(x, 'expected')} » exactement (espaces et accents compris).`,
    suggestion: `Écrivez « ${p(x, 'expected')} ».`,
  }),
  'funding.amount-negative': (x) => ({
    message: `Montant négatif (${eur(n(x, 'amountCents'))}).`,
    suggestion: 'Saisissez le montant en positif ; une réduction se note en diminuant le montant engagé.',
  }),
  'funding.year-outside-contract': (x) => ({
    message: `L’année ${p(x, 'year')} est hors du contrat (${p(x, 'first')}–${p(x, 'last')}).`,
    suggestion: `Corrigez l’année (de ${p(x, 'first')} à ${p(x, 'last')}), ou vérifiez la date de signature et la durée dans Paramètres.`,
  }),
  'funding.line-duplicate': (x) => ({
    message: `Engagement en double (même objet, action, financeur, nature et année qu’en ligne ${p(x, 'firstRow')}).`,
    suggestion: 'Regroupez les deux montants sur une seule ligne.',
  }),
  'funding.action-underfunded': (x) => ({
    message: `Action ${p(x, 'action')} : ${eur(n(x, 'committedCents'))} engagés sur ${eur(n(x, 'budgetCents'))} de budget ; restant à trouver ${eur(n(x, 'remainingCents'))}.`,
    suggestion: `Cherchez ${eur(n(x, 'remainingCents'))} de cofinancement, ou revoyez le budget prévisionnel de l’action.`,
  }),
  'funding.action-overfunded': (x) => ({
    message: `Action ${p(x, 'action')} : ${eur(n(x, 'committedCents'))} engagés pour ${eur(n(x, 'budgetCents'))} de budget (dépassement de ${eur(n(x, 'excessCents'))}).`,
    suggestion: `Vérifiez les engagements de l’action, ou portez son budget prévisionnel à ${eur(n(x, 'committedCents'))}.`,
  }),
  'funding.ars-coordination-cap': (x) => ({
    message:
      n(x, 'posts') > 1
        ? `${p(x, 'year')} : l’ARS finance la coordination à hauteur de ${eur(n(x, 'arsCents'))}, au-delà du plafond de ${eur(n(x, 'capCents'))} (${eur(ARS_COORDINATION_CAP_CENTS)} par an pour chaque poste, ${p(x, 'posts')} postes).`
        : `${p(x, 'year')} : l’ARS finance la coordination à hauteur de ${eur(n(x, 'arsCents'))}, au-delà du plafond annuel de ${eur(n(x, 'capCents'))}.`,
    suggestion: 'Le plafond est annuel, quel que soit le temps de travail du poste : ramenez la part de l’ARS à ce montant et complétez par d’autres partenaires.',
  }),
  'funding.ars-coordination-share': (x) => ({
    message: `${p(x, 'year')} : la part ARS de la coordination (${eur(n(x, 'arsCents'))}) dépasse ${formatPercent(ARS_COORDINATION_SHARE, 'fr')} du coût annuel du poste (${eur(n(x, 'shareCapCents'))} pour ${eur(n(x, 'costCents'))}, ${num(n(x, 'fte'))} ETP).`,
    suggestion: `Ramenez la part de l’ARS à ${eur(n(x, 'shareCapCents'))} au plus, et complétez par d’autres partenaires.`,
  }),
  'funding.coordination-cofinancing': (x) => ({
    message: `En ${p(x, 'year')}, cofinancement de la coordination insuffisant : ${eur(n(x, 'othersCents'))} des autres partenaires (dont ${eur(n(x, 'othersValuedCents'))} de moyens valorisés) pour ${eur(n(x, 'arsCents'))} de l’ARS.`,
    suggestion: `Il manque ${eur(n(x, 'missingCents'))} de cofinancement (collectivité ou autres partenaires) pour une part égale.`,
  }),
  'funding.diagnostic-cap': (x) => ({
    message: `Diagnostic par un prestataire externe : la part ARS (${eur(n(x, 'arsCents'))}) dépasse ${eur(n(x, 'capCents'))}.`,
    suggestion: `Ramenez la part de l’ARS à ${eur(n(x, 'capCents'))} au plus ; le reste du diagnostic est à financer par d’autres partenaires.`,
  }),
  'funding.evaluation-cap': (x) => ({
    message: `Évaluation finale par un prestataire externe : la part ARS (${eur(n(x, 'arsCents'))}) dépasse ${eur(n(x, 'capCents'))}.`,
    suggestion: `Ramenez la part de l’ARS à ${eur(n(x, 'capCents'))} au plus ; le reste de l’évaluation est à financer par d’autres partenaires.`,
  }),
  'funding.paid-exceeds-amount': (x) => ({
    message: `Montant versé (${eur(n(x, 'paidCents'))}) supérieur au montant engagé (${eur(n(x, 'amountCents'))}) de ${eur(n(x, 'excessCents'))}.`,
    suggestion: 'Corrigez le montant versé, ou portez le montant engagé à ce qui a été accordé.',
  }),
  'evaluation.action-without-indicator': (x) => ({
    message: `L’action ${p(x, 'action')} n’a aucun indicateur dans la grille d’évaluation.`,
    suggestion: 'Ajoutez au moins un indicateur (processus et, si possible, résultat).',
  }),
  'evaluation.action-unknown': (x) => ({
    message: `L’action ${p(x, 'action')} n’existe pas dans le plan d’action.`,
    suggestion: `Corrigez le numéro (il doit figurer dans le plan d’action), ou ajoutez l’action ${p(x, 'action')} au plan d’action.`,
  }),
  'evaluation.no-result-indicator': (x) => ({
    message: `L’action ${p(x, 'action')} n’a que des indicateurs de processus.`,
    suggestion: 'Ajoutez si possible un indicateur de résultat.',
  }),
  'evaluation.when-imprecise': () => ({
    message: '« Quand évaluer » doit préciser le mois et l’année.',
    suggestion: 'Par exemple 03/2026 ou « mars 2026 ».',
  }),
  'evaluation.target-missing': () => ({ message: 'Indicateur quantitatif sans valeur cible.', suggestion: 'Indiquez la valeur attendue dans la colonne « Valeur cible ».' }),
  'evaluation.measure-not-number': (x) => ({
    message: `Réalisé année ${p(x, 'year')} : un indicateur quantitatif attend un nombre.`,
    suggestion: x['suggestion'] === undefined ? 'Saisissez le nombre mesuré, sans texte ; un commentaire va dans une autre colonne.' : `Saisissez ${num(n(x, 'suggestion'))}.`,
  }),
  'evaluation.final-not-in-last-year': (x) => ({
    message: `Évaluation financée en ${p(x, 'year')} : l’évaluation finale se fait au cours de la dernière année du CLS (du ${date(x, 'from')} au ${date(x, 'to')}).`,
    suggestion: 'Vérifiez l’année de l’engagement, ou choisissez un autre objet s’il ne s’agit pas de l’évaluation finale.',
  }),
  'governance.log-missing': (x) => ({
    message: `Pas de journal des instances (tableau ${p(x, 'table')}, feuille « ${p(x, 'sheet')} ») : la revue annuelle (COPIL, COTECH, dialogue de gestion) ne peut pas être contrôlée.`,
    suggestion: 'Créez le tableau avec le bouton « Créer » et consignez-y chaque instance avec sa date.',
  }),
  'governance.instance-frequency': (x) => ({
    message: `Année ${p(x, 'year')} du contrat (du ${date(x, 'from')} au ${date(x, 'to')}) : ${p(x, 'count')} ${p(x, 'instance')} consigné(s), au moins ${p(x, 'minimum')} attendu(s).`,
    suggestion: 'Ajoutez les instances tenues au journal des instances, avec leur date.',
  }),
};

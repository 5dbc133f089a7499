/** How English joins the parts of a sentence. */
import type { Catalogue } from '../catalogue';
import type { punctuation as fr } from '../fr/punctuation';

export const punctuation: Catalogue<typeof fr> = {
  colon: ': ',
  separator: '; ',
  dateAtTime: (date, time) => `${date}, ${time}`,
};

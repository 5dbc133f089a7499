/** How French joins the parts of a sentence: a space before the colon and the semicolon, « à » before a time. */
export const punctuation = {
  /** `label : value`. */
  colon: ' : ',
  /** Between the items of a list of clauses. */
  separator: ' ; ',
  /** `23/11/2026 à 10:02`. */
  dateAtTime: (date: string, time: string): string => `${date} à ${time}`,
};

/** How every locale's section is typed from the French one, so that a missing or extra translation fails tsc. */

/** The shape of a French section for another locale: the same keys; a string for a string, the same signature for a function. */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => infer R
      ? (...args: A) => R
      : T[K] extends object
        ? Catalogue<T[K]>
        : T[K];
};

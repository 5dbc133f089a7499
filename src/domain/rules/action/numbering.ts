/** Action numbers `n.n.n`: objectif général 12 → objectif spécifique 12.1 → action 12.1.1 (seed 004_6c4d6d0ed7a0af23.txt:1021-1023). */
export const ACTION_NUMBER = /^\d+\.\d+\.\d+$/;

/** Does `child` extend `parent` by exactly one numbered level (`12.1` → `12.1.1`)? */
export const extendsNumber = (child: string, parent: string): boolean =>
  child.startsWith(`${parent}.`) && /^\d+$/.test(child.slice(parent.length + 1));

/** Numbers typed as text, the French or the English way (CONTRACT §2 `cell.not-number`). */

const SPACES = /[\s\u00a0\u202f\u2007']/g;

/**
 * Parses `25 000 €`, `25.000,50`, `25,000.50`, `1,5`, `-300` into a number; null when the text is
 * not a plain amount (`1 234,5 k€`, `environ 300`, `12/03`). Never throws.
 */
export function parseNumberText(text: string): number | null {
  let s = text.trim().replace(/\u2212/g, '-');
  s = s.replace(/\s*(€|eur|euros?)$/i, '').replace(/^€\s*/, '');
  s = s.replace(SPACES, '');
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[+-]/, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const [decimal, group] = lastComma > lastDot ? [',', '.'] : ['.', ','];
    if (!isGrouped(s.slice(0, s.lastIndexOf(decimal)), group)) return null;
    // The decimals hold no mark: the decimal mark is the last of the two, and the grouped part only digits and groups.
    normalized = s.slice(0, s.lastIndexOf(decimal)).split(group).join('') + '.' + s.slice(s.lastIndexOf(decimal) + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = s.split(mark);
    if (parts.length > 2) {
      // `1.234.567` or `1,234,567`: grouping only.
      if (!isGrouped(s, mark)) return null;
      normalized = parts.join('');
    } else if ((parts[1] ?? '').length === 3 && (parts[0] ?? '') !== '' && (parts[0] ?? '') !== '0') {
      // `25.000` or `25,000`: a single mark followed by three digits groups thousands.
      normalized = parts.join('');
    } else {
      normalized = `${parts[0] === '' ? '0' : parts[0]}.${parts[1] ?? ''}`;
    }
  } else {
    normalized = s;
  }
  // Digits and at most one `.` by now, at least one digit: Number reads it.
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Are the groups after the first exactly three digits long? */
function isGrouped(integerPart: string, group: string): boolean {
  const groups = integerPart.split(group);
  // Always two groups or more: both callers have the group mark in the text.
  return groups.every((g, i) => /^\d+$/.test(g) && (i === 0 ? g.length <= 3 : g.length === 3));
}

/** Parses a percentage typed as text: `40 %`, `40%`, `0,4` (a fraction when ≤ 1 without `%`). */
export function parsePercentText(text: string): number | null {
  const trimmed = text.trim();
  const hasSign = trimmed.endsWith('%');
  const value = parseNumberText(hasSign ? trimmed.slice(0, -1) : trimmed);
  if (value === null) return null;
  return hasSign ? value / 100 : value > 1 ? value / 100 : value;
}

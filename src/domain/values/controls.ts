/**
 * Control characters a workbook can carry (`_x001B_` escapes, CR, C1 controls, bidi overrides) made visible, so
 * that printing a cell or a file name can neither drive a terminal nor reorder or overwrite what is shown.
 */

/** C0 controls (tab and newline included: every text we print is one line), DEL, C1, bidi marks and overrides, line separators. */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';
const CONTROL = new RegExp(`[${CONTROLS}]`, 'g');
const ANY_CONTROL = new RegExp(`[${CONTROLS}]`);

const hex = (char: string): string => (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** The sign shown for one control: its Unicode control picture (␛, ␍, ␊…) for C0 and DEL, else `<U+202E>`. */
function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${hex(char)}>`;
}

/** The text with every control character replaced by a visible sign. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, picture);
}

const SGR = '\\u001b\\[[0-9;]*m';
const OUTPUT = new RegExp(`${SGR}|[${CONTROLS}]`, 'g');
const SGR_ONLY = new RegExp(`^${SGR}$`);

/**
 * Text about to reach a terminal, neutralised as a last line of defence: newline and tab kept, colour codes kept when
 * `colors` (our own, on a terminal), every other control made visible.
 */
export function safeOutput(text: string, colors: boolean): string {
  return text.replace(OUTPUT, (match) => {
    if (match === '\n' || match === '\t') return match;
    if (colors && SGR_ONLY.test(match)) return match;
    return visibleText(match);
  });
}

/** Whether the text holds a control character `visibleText` would replace. */
export function hasControl(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** Characters JSON.stringify leaves raw although they drive terminals or reorder text: C1, DEL, bidi, line separators. */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON.stringify, with the controls it leaves raw escaped as `\uXXXX` (they only occur inside strings, so the value is unchanged). */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(JSON_RAW, (char) => `\\u${hex(char).toLowerCase()}`);
}

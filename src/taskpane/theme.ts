/** Language and theme choices, from Office or the browser, as pure functions the entry points share. */
import type { Lang } from '../domain/report';

export type ThemeName = 'light' | 'dark';

/** English when the display language starts with `en`, French otherwise (French first). */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^en\b/i.test(locale.trim()) ? 'en' : 'fr';
}

/** True for a `#RRGGBB` (or `#RGB`) colour whose relative luminance is below one half. */
export function isDarkColor(color: string | null | undefined): boolean {
  if (typeof color !== 'string') return false;
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const channel = (start: number): number => {
    const value = parseInt(full.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.5;
}

/** Office's body background decides: dark background → dark theme. */
export const themeFromBackground = (bodyBackgroundColor: string | null | undefined): ThemeName =>
  isDarkColor(bodyBackgroundColor) ? 'dark' : 'light';

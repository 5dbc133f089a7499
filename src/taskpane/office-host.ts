/**
 * What the entry point needs from Office before rendering: whether we run in Excel, the display language and
 * the theme. Office.js may not load at all (offline, a plain browser): never wait for it more than a few seconds.
 */
import type { Lang } from '../domain/report';
import type { ThemeName } from './theme';
import { langFromLocale, themeFromBackground } from './theme';

export const OFFICE_READY_TIMEOUT_MS = 3000;

export interface OfficeHostInfo {
  /** True only inside Excel; false when Office.js is missing, times out, or runs in another host. */
  readonly inExcel: boolean;
  readonly lang: Lang | undefined;
  readonly theme: ThemeName | undefined;
}

const OUTSIDE: OfficeHostInfo = { inExcel: false, lang: undefined, theme: undefined };

/** Waits for Office.onReady at most `timeoutMs`. */
export async function detectOfficeHost(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<OfficeHostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return OUTSIDE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (!info || info.host !== Office.HostType.Excel) return OUTSIDE;
    const context = Office.context as Office.Context | undefined;
    return {
      inExcel: true,
      lang: langFromLocale(context?.displayLanguage),
      theme: context?.officeTheme ? themeFromBackground(context.officeTheme.bodyBackgroundColor) : undefined,
    };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

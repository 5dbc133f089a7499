/** The web entry (dist/index.html): the task pane over a workbook picked in the browser; exceljs loads on demand. */
import { createRoot } from 'react-dom/client';
import type { Lang } from '../domain/report';
import { langFromLocale } from '../taskpane/theme';
import type { ThemeName } from '../taskpane/theme';
import { WebPage } from './WebPage';

/** `?lang=en` wins; otherwise the browser's language, French first. */
function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return asked === 'en' || asked === 'fr' ? asked : langFromLocale(navigator.language);
}

const systemTheme = (): ThemeName => (typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(<WebPage initialLang={initialLang()} theme={systemTheme()} />);

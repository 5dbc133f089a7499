/** Screenshot harness (not shipped): Créer on a workbook where a defined name already bears a table's name. */
import { createRoot } from 'react-dom/client';
import { App } from '../../../src/taskpane/App';
import { createMemoryPort } from '../../../src/taskpane/memory-port';

const port = createMemoryPort({
  sheets: [{ name: "Plan d'action", top: 1, left: 1, values: [['N° action', 'Intitulé'], ['1.1.1', 'Maison de santé']] }],
  tables: [],
  names: [{ name: 'CLS_Actions', ref: "'Plan d''action'!$A$1:$B$2" }],
});
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
const root = document.getElementById('root');
if (root) createRoot(root).render(<App port={port} lang={lang} />);

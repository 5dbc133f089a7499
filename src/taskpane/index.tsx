/** The Office entry: Excel port inside Excel; otherwise the in-memory sample workbook, clearly marked as a preview. */
import { createRoot } from 'react-dom/client';
import { createExcelPort, excelRequirementStatus } from '../excel';
import { App } from './App';
import type { AppProps } from './App.types';
import { detectOfficeHost } from './office-host';

async function start(container: HTMLElement): Promise<void> {
  const host = await detectOfficeHost();
  const props: AppProps = host.inExcel
    ? (() => {
        const status = excelRequirementStatus();
        return {
          port: createExcelPort(),
          ...(host.lang ? { lang: host.lang } : {}),
          ...(host.theme ? { theme: host.theme } : {}),
          ...(status.reason === 'api-too-old' ? { notice: { kind: 'api-too-old', requirement: status.requirement } as const } : {}),
        };
      })()
    : // Outside Excel only: the sample workbook and the generator that builds it are not part of the pane's load.
      { port: (await import('./memory-port.js')).createSamplePort() };
  createRoot(container).render(<App {...props} />);
}

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
void start(container);

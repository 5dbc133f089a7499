/** The .xlsx adapter as the web page loads it: on demand, so exceljs sits in its own lazy chunk. */
export { readWorkbookBuffer } from '../xlsx/read';
export { writePlanToBuffer } from '../xlsx/write';
export { hasContractTables } from './layout';

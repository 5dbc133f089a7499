/** The page's review, statement, comparison and charts, loaded on demand: several workbooks dropped, or one opened. */
export { ReviewView } from './ReviewView';
export { WorkbookExtras } from './WorkbookExtras';

/** The conversion view and the import domain, as the web page loads them: on demand, in their own chunk. */
export { ConversionView } from './ConversionView';

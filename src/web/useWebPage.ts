/** State of the web page: language, the picked workbook (read once, up front) and why a file could not be used. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/report';
import type { WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { DownloadHandler, WorkbookOptions } from '../taskpane/types';
import type { FilePort } from './file-port';
import { createFilePort } from './file-port';
import type { SaveFile } from './download';
import { downloadWorkbook, saveWithLink } from './download';
import type { WebTranslate } from './texts';
import { webTranslator } from './texts';
import type { Conversion, ConversionLoader } from './conversion-loader';
import { loadConversion } from './conversion-loader';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';

/**
 * What the page holds: nothing yet, a file being read, a workbook laid out as the contract (checked), a
 * coordinator's own workbook (conversion proposed), or a file that cannot be used.
 */
export type Workbook =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'open'; readonly port: FilePort; readonly name: string; readonly size: number; readonly id: number }
  | { readonly kind: 'convert'; readonly snapshot: WorkbookSnapshot; readonly conversion: Conversion; readonly name: string; readonly size: number; readonly id: number }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

export interface WebPageDeps {
  /** Loads the .xlsx adapter; default: the lazy webpack chunk. */
  readonly loadXlsx?: XlsxLoader;
  /** Hands a generated workbook to the user; default: a download link. */
  readonly saveFile?: SaveFile;
  /** Loads the conversion view; default: the lazy webpack chunk. */
  readonly loadConversion?: ConversionLoader;
}

export interface WebPageState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: WebTranslate;
  readonly workbook: Workbook;
  /** Name of the file kept when several were dropped at once. */
  readonly onlyFirstOf: string | null;
  /** True while a file is dragged over the page. */
  readonly dragging: boolean;
  readonly openFiles: (files: FileList | readonly File[] | null) => void;
  /** Opens bytes made in the page (the converted workbook) as if they had been dropped. */
  readonly openBytes: (file: { readonly name: string; readonly bytes: Uint8Array }) => void;
  readonly loadXlsx: XlsxLoader;
  readonly saveFile: SaveFile;
  readonly onDownload: DownloadHandler;
  /** Same as onDownload, with the saved file's name (for the page's own download section). */
  readonly download: (options: WorkbookOptions) => Promise<string>;
}

/** The file's bytes; FileReader where `Blob.arrayBuffer` is missing (Safari before 14). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('FileReader gave no bytes')));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function useWebPage(initialLang: Lang, deps: WebPageDeps = {}): WebPageState {
  const load = deps.loadXlsx ?? loadXlsx;
  const save = deps.saveFile ?? saveWithLink;
  const loadView = deps.loadConversion ?? loadConversion;
  const [lang, setLang] = useState<Lang>(initialLang);
  const [workbook, setWorkbook] = useState<Workbook>({ kind: 'none' });
  const [onlyFirstOf, setOnlyFirstOf] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const opened = useRef(0);
  const t = useMemo(() => webTranslator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('documentTitle');
  }, [lang, t]);

  const openBuffer = useCallback(
    async (name: string, size: number, bytes: () => Promise<ArrayBuffer>) => {
      const id = ++opened.current;
      setWorkbook({ kind: 'reading', name });
      try {
        const port = createFilePort({ name, bytes: await bytes() }, load);
        // Read up front: an unusable file is reported here, in the page, before the task pane shows.
        const snapshot = await port.read();
        // The layout check travels with the reader (the lazy chunk): the page's first load stays small.
        if ((await load()).hasContractTables(snapshot)) {
          if (id === opened.current) setWorkbook({ kind: 'open', port, name, size, id });
          return;
        }
        // Not the contract's layout: propose the conversion, not five missing tables and 0,00 €.
        const conversion = await loadView();
        if (id === opened.current) setWorkbook({ kind: 'convert', snapshot, conversion, name, size, id });
      } catch (error) {
        if (id === opened.current) setWorkbook({ kind: 'failed', name, error });
      }
    },
    [load, loadView],
  );
  const openFile = useCallback((file: File) => openBuffer(file.name, file.size, () => readBytes(file)), [openBuffer]);
  const openBytes = useCallback(
    (file: { readonly name: string; readonly bytes: Uint8Array }) => {
      setOnlyFirstOf(null);
      // A copy the page owns: the converted bytes stay those that were downloaded.
      void openBuffer(file.name, file.bytes.byteLength, () => Promise.resolve(file.bytes.slice().buffer));
    },
    [openBuffer],
  );

  const openFiles = useCallback(
    (files: FileList | readonly File[] | null) => {
      const list = files ? Array.from(files) : [];
      const first = list[0];
      if (!first) return;
      setOnlyFirstOf(list.length > 1 ? first.name : null);
      void openFile(first);
    },
    [openFile],
  );

  // The whole page takes dropped files: a file dropped beside the zone must not make the browser leave the page.
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      openFiles(event.dataTransfer?.files ?? null);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFiles]);

  const download = useCallback((options: WorkbookOptions) => downloadWorkbook(options, save, load), [save, load]);
  const onDownload = useCallback<DownloadHandler>(async (options) => {
    await download(options);
  }, [download]);

  return { lang, setLang, t, workbook, onlyFirstOf, dragging, openFiles, openBytes, loadXlsx: load, saveFile: save, onDownload, download };
}

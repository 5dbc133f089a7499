/** State of the web page: language, the picked workbook (read once, up front) and why a file could not be used. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../domain/report';
import type { DownloadHandler, WorkbookOptions } from '../taskpane/types';
import type { FilePort } from './file-port';
import { createFilePort } from './file-port';
import type { SaveFile } from './download';
import { downloadWorkbook, saveWithLink } from './download';
import type { WebTranslate } from './texts';
import { webTranslator } from './texts';
import type { XlsxLoader } from './xlsx-loader';
import { loadXlsx } from './xlsx-loader';

/** What the page holds: nothing yet, a file being read, an open workbook, or a file that cannot be used. */
export type Workbook =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'open'; readonly port: FilePort; readonly name: string; readonly size: number; readonly id: number }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

export interface WebPageDeps {
  /** Loads the .xlsx adapter; default: the lazy webpack chunk. */
  readonly loadXlsx?: XlsxLoader;
  /** Hands a generated workbook to the user; default: a download link. */
  readonly saveFile?: SaveFile;
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

  const openFile = useCallback(
    async (file: File) => {
      const id = ++opened.current;
      setWorkbook({ kind: 'reading', name: file.name });
      try {
        const port = createFilePort({ name: file.name, bytes: await readBytes(file) }, load);
        // Read up front: an unusable file is reported here, in the page, before the task pane shows.
        await port.read();
        if (id === opened.current) setWorkbook({ kind: 'open', port, name: file.name, size: file.size, id });
      } catch (error) {
        if (id === opened.current) setWorkbook({ kind: 'failed', name: file.name, error });
      }
    },
    [load],
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

  return { lang, setLang, t, workbook, onlyFirstOf, dragging, openFiles, onDownload, download };
}

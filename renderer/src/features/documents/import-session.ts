// The documents being added: each file read in its own worker, one after the other (the machine
// may be small), then held for review until the user adds them or gives up. A module-level store:
// the drop on the window, the menu and the buttons all feed the same session.
import { useSyncExternalStore } from 'react';
import type { ImportedDocument } from '../../../../electron/pipeline/generic';
import { rethemed } from '../../../../electron/pipeline/common/entry-themes';
import type { AppError } from '../../../../electron/shared/result';
import type { Entry } from '../../../../electron/shared/schema';
import { planReplacement } from '../../core/anchoring/reanchor';
import { namespaced, wholeDocumentEntry } from '../../core/imported-documents';
import {
  findDocument,
  replaceDocument,
  saveDocument,
  type DocumentHead,
  type DocumentRow,
} from '../../db/documents';
import type { FromImportWorker, ImportStage, ToImportWorker } from './protocol';

export interface ReviewEdits {
  title: string;
  /** Take the whole document as one entry instead of the entries found. */
  whole: boolean;
  /**
   * The entries as the user reshapes them (renamed, merged, split, facts corrected, sections
   * re-keyed: core/import-review); titles as typed, settled by `reviewedEntries`.
   */
  entries: Entry[];
  /** For a file already added: replace the stored one (false: this file is left out). */
  replace: boolean;
}

export type Job =
  | { key: number; file: File; status: 'waiting' }
  | { key: number; file: File; status: 'reading'; stage: ImportStage }
  | { key: number; file: File; status: 'failed'; error: AppError }
  | { key: number; file: File; status: 'cancelled' }
  | {
      key: number;
      file: File;
      status: 'ready';
      document: ImportedDocument;
      existing: DocumentRow | null;
      /** « Remplacer par une nouvelle version »: the document this file replaces. */
      replaces: DocumentHead | null;
      edits: ReviewEdits;
    };

export interface Session {
  jobs: Job[];
  /** Set once the entries went into the catalogue. */
  added: {
    documents: number;
    entries: number;
    /** Highlights of replaced documents found again in the new text, and those left orphans. */
    moved: number;
    orphaned: number;
    replaced: number;
  } | null;
  saving: boolean;
  saveError: string | null;
}

const EMPTY: Session = { jobs: [], added: null, saving: false, saveError: null };
let session: Session = EMPTY;
const listeners = new Set<() => void>();
let nextKey = 1;
let current: { key: number; worker: Worker } | null = null;
/** Jobs reading a new version of a stored document, by job key. */
const replacing = new Map<number, DocumentHead>();

function set(next: Session): void {
  session = next;
  listeners.forEach((l) => l());
}

function updateJob(key: number, job: Job): void {
  set({ ...session, jobs: session.jobs.map((j) => (j.key === key ? job : j)) });
}

export function useImportSession(): Session {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => session,
  );
}

export function importSession(): Session {
  return session;
}

/**
 * Queues files to read; a session already reviewed and added starts afresh. With `replaces`, the
 * one file is a new version of that stored document: once reviewed it takes its place.
 */
export function addFiles(files: readonly File[], replaces: DocumentHead | null = null): void {
  if (files.length === 0) return;
  const base = session.added ? EMPTY : session;
  const jobs: Job[] = (replaces ? files.slice(0, 1) : files).map((file) => ({
    key: nextKey++,
    file,
    status: 'waiting',
  }));
  if (replaces) replacing.set(jobs[0]!.key, replaces);
  set({ ...base, added: null, saveError: null, jobs: [...base.jobs, ...jobs] });
  pump();
}

/** The review as it starts: the entries as found, nothing edited. */
export function freshEdits(document: ImportedDocument, replace: boolean): ReviewEdits {
  return { title: document.source.title, whole: false, entries: document.entries, replace };
}

function isOurs(message: unknown): message is FromImportWorker {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'progress' || type === 'failed' || type === 'done';
}

function pump(): void {
  if (current) return;
  const job = session.jobs.find((j) => j.status === 'waiting');
  if (!job) return;
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  current = { key: job.key, worker };
  const finish = (next: Job) => {
    worker.terminate();
    if (current?.worker === worker) current = null;
    updateJob(job.key, next);
    pump();
  };
  updateJob(job.key, { key: job.key, file: job.file, status: 'reading', stage: 'received' });
  worker.addEventListener('message', (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (current?.worker !== worker) return;
    // pdf.js, inline in the worker, posts messages of its own: only ours are read.
    if (!isOurs(message)) return;
    if (message.type === 'progress')
      updateJob(job.key, { key: job.key, file: job.file, status: 'reading', stage: message.stage });
    else if (message.type === 'failed')
      finish({ key: job.key, file: job.file, status: 'failed', error: message.error });
    else {
      const document = message.document;
      const replaces = replacing.get(job.key) ?? null;
      const ready = (existing: DocumentRow | null): Job => {
        const edits = freshEdits(document, existing === null || replaces !== null);
        // A new version keeps the title the user gave the document.
        return {
          key: job.key,
          file: job.file,
          status: 'ready',
          document,
          existing: existing?.id === replaces?.id ? null : existing,
          replaces,
          edits: replaces ? { ...edits, title: replaces.title } : edits,
        };
      };
      void findDocument(document.sha256).then(
        (existing) => current?.worker === worker && finish(ready(existing)),
        () => finish(ready(null)),
      );
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({
      key: job.key,
      file: job.file,
      status: 'failed',
      error: { code: 'worker', message: 'La lecture du document s’est interrompue : il n’a pas été ajouté.' },
    });
  });
  void job.file.arrayBuffer().then(
    (bytes) => {
      if (current?.worker !== worker) return;
      const message: ToImportWorker = { name: job.file.name, bytes };
      worker.postMessage(message, [bytes]);
    },
    () =>
      finish({
        key: job.key,
        file: job.file,
        status: 'failed',
        error: { code: 'unreadable', message: 'Ce fichier n’a pas pu être ouvert : il n’a pas été lu.' },
      }),
  );
}

/** « Annuler »: stops the reading under way and every file still waiting. */
export function cancelReading(): void {
  if (current) {
    current.worker.terminate();
    current = null;
  }
  set({
    ...session,
    jobs: session.jobs.map((j) =>
      j.status === 'waiting' || j.status === 'reading'
        ? { key: j.key, file: j.file, status: 'cancelled' }
        : j,
    ),
  });
}

export function editJob(key: number, edit: Partial<ReviewEdits>): void {
  const job = session.jobs.find((j) => j.key === key);
  if (job?.status !== 'ready') return;
  updateJob(key, { ...job, edits: { ...job.edits, ...edit } });
}

/** Forgets the session (after adding, or when the user gives up the review). */
export function closeSession(): void {
  cancelReading();
  replacing.clear();
  set(EMPTY);
}

/** Applies an operation of core/import-review to a job's entries. */
export function editEntries(key: number, change: (entries: Entry[]) => Entry[]): void {
  const job = session.jobs.find((j) => j.key === key);
  if (job?.status !== 'ready') return;
  updateJob(key, { ...job, edits: { ...job.edits, entries: change(job.edits.entries) } });
}

/** A title left blank falls back to the one found, then to the entry's first heading. */
function settledTitle(entry: Entry, found: ReadonlyMap<string, string>): string {
  return (
    entry.title.replace(/\s+/g, ' ').trim() ||
    found.get(entry.id) ||
    entry.sections[0]?.heading.replace(/\s+/g, ' ').trim() ||
    'Fiche sans titre'
  );
}

/** The entries a reviewed document will add, as the review shows them. */
export function reviewedEntries(document: ImportedDocument, edits: ReviewEdits): Entry[] {
  const found = new Map(document.entries.map((e) => [e.id, e.title]));
  const titled = edits.entries.map((e) => ({ ...e, title: settledTitle(e, found) }));
  return edits.whole && titled.length > 0
    ? [wholeDocumentEntry(titled, edits.title.trim() || document.source.title)]
    : titled;
}

/** The row a reviewed document is stored as. */
export function documentRow(job: Extract<Job, { status: 'ready' }>, now: number): DocumentRow {
  const { document, edits } = job;
  const title = edits.title.replace(/\s+/g, ' ').trim() || document.source.title;
  // The review may have merged, split or re-keyed parts, renamed an entry or made one of the
  // whole document: each entry's themes and their passages are read again from its parts as
  // stored (an entry left as read gets the same themes).
  const { source, entries } = namespaced(
    document.sha256,
    document.source,
    reviewedEntries(document, edits).map(rethemed),
    title,
  );
  return {
    id: document.sha256,
    fileName: job.file.name,
    title,
    format: document.format,
    pages: document.pages,
    size: job.file.size,
    text: document.text,
    pageMarks: document.pageMarks,
    extractor: document.extractor,
    parser: document.parser,
    source,
    entries,
    warnings: document.warnings,
    addedAt: now,
    updatedAt: now,
  };
}

/** « Ajouter au catalogue »: every reviewed document kept, each stored with its file or not at all. */
export async function addReviewed(): Promise<void> {
  const ready = session.jobs.filter(
    (j): j is Extract<Job, { status: 'ready' }> => j.status === 'ready' && j.edits.replace,
  );
  if (ready.length === 0 || session.saving) return;
  set({ ...session, saving: true, saveError: null });
  let entries = 0;
  let documents = 0;
  const moved = { moved: 0, orphaned: 0, replaced: 0 };
  try {
    for (const job of ready) {
      const row = documentRow(job, Date.now());
      if (job.replaces) {
        const outcome = await replaceDocument(job.replaces.id, row, job.file, planReplacement);
        moved.moved += outcome.moved;
        moved.orphaned += outcome.orphaned;
        moved.replaced++;
      } else await saveDocument(row, job.file);
      entries += row.entries.length;
      documents++;
    }
    replacing.clear();
    set({ jobs: [], added: { documents, entries, ...moved }, saving: false, saveError: null });
  } catch (error) {
    set({
      ...session,
      // What was saved stays saved; those documents leave the review.
      jobs: session.jobs.filter((j) => !ready.slice(0, documents).includes(j as never)),
      saving: false,
      saveError: `L’enregistrement a échoué (${String(error)}) : ${documents} document(s) ajouté(s), les autres restent à ajouter.`,
    });
  }
}

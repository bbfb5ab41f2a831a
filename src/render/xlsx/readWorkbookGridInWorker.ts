import { Worker } from 'node:worker_threads';
import { precheckWorkbook, type WorkbookGrid } from './readWorkbookGrid.js';
import { WorkbookLimitError, WorkbookReadError, type WorkbookLimitBreach } from './workbookErrors.js';

/** What the worker answers: the grid, or why the workbook was refused. */
export type WorkbookGridReply = { grid: WorkbookGrid } | { limit: WorkbookLimitBreach } | { readError: string };

const BOOT = new URL('./tsWorkerBoot.mjs', import.meta.url);
const ENTRY = new URL('./workbookGridWorker.ts', import.meta.url).href;
/** exceljs holds a 20 MB sheet (the most {@link WORKBOOK_LIMITS} lets through) in well under this. */
const WORKER_HEAP_MB = 1024;
/** 360,000 cells parse in about 5 s on one core; a workbook within the limits that takes longer is refused. */
const WORKER_TIME_LIMIT_MS = 60_000;

/** Workbooks wait here so that one worker at a time parses: two cores serve HTTP, HJ 212 and the imports. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * {@link readWorkbookGrid} in a worker thread, so that a large workbook (seconds of exceljs) never blocks the event
 * loop that answers other users and the data loggers. One workbook at a time; each in a fresh worker with a capped
 * heap, which ends with it and so returns its memory. Throws what readWorkbookGrid throws; what the zip's directory
 * shows (a bomb declares its size) is refused at once, without waiting for a worker.
 */
export async function readWorkbookGridInWorker(bytes: Uint8Array): Promise<WorkbookGrid> {
  precheckWorkbook(bytes);
  const run = queue.then(() => readInFreshWorker(bytes));
  queue = run.catch(() => undefined);
  return run;
}

function readInFreshWorker(bytes: Uint8Array): Promise<WorkbookGrid> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const timer = setTimeout(() => {
      reject(new WorkbookReadError(`文件不是有效的 Excel 工作簿（.xlsx）：解析超过 ${WORKER_TIME_LIMIT_MS / 1000} 秒，已停止`));
      void worker.terminate();
    }, WORKER_TIME_LIMIT_MS);
    // resolve and reject settle once: whatever comes after the first of these events changes nothing.
    worker.once('message', (reply: WorkbookGridReply) => {
      if ('grid' in reply) resolve(reply.grid);
      else if ('limit' in reply) reject(new WorkbookLimitError(reply.limit));
      else reject(new WorkbookReadError(reply.readError));
      void worker.terminate();
    });
    worker.on('error', (e: Error & { code?: string }) =>
      reject(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkbookReadError('文件不是有效的 Excel 工作簿（.xlsx）：内容过大，解析时超出内存限制', { cause: e })
          : e,
      ),
    );
    worker.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`工作簿解析线程意外退出（退出码 ${code}）`));
    });
    worker.postMessage(bytes);
  });
}

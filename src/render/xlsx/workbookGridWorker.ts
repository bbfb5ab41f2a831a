import { parentPort } from 'node:worker_threads';
import { readWorkbookGrid } from './readWorkbookGrid.js';
import { WorkbookLimitError, WorkbookReadError } from './workbookErrors.js';
import type { WorkbookGridReply } from './readWorkbookGridInWorker.js';

/** Worker thread: reads one workbook per message and answers with its grid or the reason it was refused. */
parentPort!.on('message', async (bytes: Uint8Array) => {
  let reply: WorkbookGridReply;
  try {
    reply = { grid: await readWorkbookGrid(bytes) };
  } catch (e) {
    if (e instanceof WorkbookLimitError) reply = { limit: e.breach };
    else if (e instanceof WorkbookReadError) reply = { readError: e.message };
    else throw e;
  }
  parentPort!.postMessage(reply);
});

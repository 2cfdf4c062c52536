/**
 * A worker thread that indexes search parts one at a time (index-parts.ts runs a few of them, one
 * Pagefind process each, so parts are indexed side by side on the machine's cores). Messages in:
 * a part to index, or "close"; out: `{ id, pages }` or `{ id, error }` per part, then `{ closed }`.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { indexPart, type SearchPart } from "./index-part.ts";

export type WorkerRequest = { part: SearchPart; language: string } | "close";
export type WorkerReply = { id: string; pages: number } | { id: string; error: string } | { closed: true };

const port = parentPort!;
port.on("message", async (request: WorkerRequest) => {
  if (request === "close") {
    await pagefind.close(); // stop this thread's Pagefind process
    port.postMessage({ closed: true } satisfies WorkerReply);
    return;
  }
  try {
    port.postMessage({ id: request.part.id, pages: await indexPart(request.part, request.language) } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ id: request.part.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});

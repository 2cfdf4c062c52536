import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { childProcessesCpuMs } from "../measure/child-processes-cpu.ts";
import type { SearchPart } from "./index-part.ts";
import type { WorkerReply, WorkerRequest } from "./index-part-worker.ts";

export interface IndexPartsResult {
  pages: number;
  /** CPU time of the Pagefind processes (ms), which the build's own CPU time does not include. */
  pagefindCpuMs: number;
}

/** A worker thread (index-part-worker.ts) and a way to hand it one request and await the reply. */
function startWorker(): { ask(request: WorkerRequest): Promise<WorkerReply>; close(): Promise<void> } {
  const worker = new Worker(new URL("./index-part-thread.mjs", import.meta.url));
  let pending: { resolve(reply: WorkerReply): void; reject(error: Error): void } | undefined;
  worker.on("message", (reply: WorkerReply) => pending?.resolve(reply));
  worker.on("error", (error) => pending?.reject(error));
  worker.on("exit", (code) => pending?.reject(new Error(`a search-indexing thread stopped (exit code ${code})`)));
  const ask = (request: WorkerRequest) => {
    const reply = new Promise<WorkerReply>((resolve, reject) => (pending = { resolve, reject }));
    worker.postMessage(request);
    return reply;
  };
  return {
    ask,
    close: async () => {
      await ask("close").catch(() => undefined); // Pagefind's process stops with the thread's request
      await worker.terminate();
    },
  };
}

/**
 * Indexes the parts in worker threads, `parallel` at a time (one Pagefind process each; by
 * default one per core, at most two), largest first so that the threads finish together.
 * Every part's error is reported, one after the other; the first failure fails the whole.
 */
export async function indexParts(parts: SearchPart[], language: string, parallel = Math.min(2, availableParallelism())): Promise<IndexPartsResult> {
  if (parts.length === 0) return { pages: 0, pagefindCpuMs: 0 };
  const queue = [...parts].sort((a, b) => b.records.length - a.records.length || a.id.localeCompare(b.id));
  const workers = Array.from({ length: Math.max(1, Math.min(parallel, queue.length)) }, startWorker);
  let pages = 0;
  const failures: string[] = [];
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let part = queue.shift(); part && failures.length === 0; part = queue.shift()) {
          const reply = await worker.ask({ part, language });
          if ("error" in reply) failures.push(`${part.id}: ${reply.error}`);
          else if ("pages" in reply) pages += reply.pages;
        }
      }),
    );
    const pagefindCpuMs = childProcessesCpuMs(); // before the Pagefind processes stop
    if (failures.length) throw new Error(`Search index failed:\n${failures.join("\n")}`);
    return { pages, pagefindCpuMs };
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}

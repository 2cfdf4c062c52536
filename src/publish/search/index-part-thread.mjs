// The entry of a search-indexing worker thread: worker threads do not inherit the TypeScript
// loader of the thread that starts them, so this registers it and loads the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./index-part-worker.ts");

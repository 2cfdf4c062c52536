/**
 * `npm run serve:nginx [-- --port 8081] [-- --root _site]`: serves the built
 * site with real nginx and deploy/nginx.conf on 127.0.0.1, as production
 * would. Ctrl-C (SIGINT) or SIGTERM stops nginx gracefully and removes its
 * private prefix; so does the death of the process that started it (npm).
 * No nginx process is left behind.
 */
import { parseArgs } from "node:util";
import { startNginx } from "./start-nginx.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT || "8081" }, root: { type: "string", default: "_site" } },
});

process.stdout.on("error", () => {}); // a closed terminal must not crash us before nginx is stopped
try {
  const nginx = await startNginx({ root: values.root!, port: Number(values.port) });
  console.log(`nginx (pid ${nginx.pid}) serves ${values.root} on ${nginx.url}/ with deploy/nginx.conf — Ctrl-C stops it`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping nginx…`);
    await nginx.stop();
    console.log("nginx stopped");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => void stop(signal));
  // npm forwards SIGTERM only to the shell it started, which dies without passing it on: when
  // this process is orphaned that way, stop too, rather than leave nginx serving.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop("parent exited"), 250).unref();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

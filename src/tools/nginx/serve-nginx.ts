/**
 * `npm run serve:nginx [-- --port 8081] [-- --root _site]`: serves the built
 * site with real nginx and deploy/nginx.conf on 127.0.0.1, as production
 * would. Ctrl-C (SIGINT) or SIGTERM stops nginx gracefully and removes its
 * private prefix; no nginx process is left behind.
 */
import { parseArgs } from "node:util";
import { startNginx } from "./start-nginx.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT || "8081" }, root: { type: "string", default: "_site" } },
});

try {
  const nginx = await startNginx({ root: values.root!, port: Number(values.port) });
  console.log(`nginx (pid ${nginx.pid}) serves ${values.root} on ${nginx.url}/ with deploy/nginx.conf — Ctrl-C stops it`);
  const stop = async (signal: string) => {
    console.log(`${signal}: stopping nginx…`);
    await nginx.stop();
    console.log("nginx stopped");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => void stop(signal));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

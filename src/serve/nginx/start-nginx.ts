import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../free-port.ts";
import { renderNginxConfig } from "./render-nginx-config.ts";

/** Debian's nginx unless NGINX_PATH names another. */
export const nginxPath = process.env.NGINX_PATH || "/usr/sbin/nginx";

export interface NginxOptions {
  /** The built site folder to serve. */
  root: string;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** How long to wait for nginx to accept connections, in ms. */
  startTimeoutMs?: number;
}

export interface RunningNginx {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** The private prefix: nginx.conf, nginx.pid, logs/, temp/. Removed by stop(). */
  prefix: string;
  pid: number;
  /** Graceful shutdown (SIGQUIT: finish requests, then exit); resolves once nginx has exited. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** True once something accepts TCP connections on 127.0.0.1:port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** Waits for the child to exit (or returns at once when it already has). */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once("exit", () => done()));
}

/** Starts nginx once; rejects with nginx's own words when it fails (e.g. the port is taken). */
async function startOnce(root: string, port: number, startTimeoutMs: number): Promise<RunningNginx> {
  const prefix = await mkdtemp(join(tmpdir(), "xc-nginx-"));
  await mkdir(join(prefix, "logs"));
  await mkdir(join(prefix, "temp"));
  // As root, workers would drop to `nobody`, which cannot read a private build folder (mkdtemp
  // makes 0700 folders). This is a local preview on 127.0.0.1: workers run as the starting user.
  // Production renders the template with --user www-data instead.
  const user = process.getuid?.() === 0 ? userInfo().username : "";
  await writeFile(join(prefix, "nginx.conf"), renderNginxConfig({ listen: `127.0.0.1:${port}`, root, user }));

  const child = spawn(nginxPath, ["-e", "stderr", "-p", `${prefix}/`, "-c", "nginx.conf"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  // If this process exits without calling stop(), do not leave nginx behind.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  const cleanUp = async () => {
    process.off("exit", killOnExit);
    await rm(prefix, { recursive: true, force: true });
  };

  // Ready when nginx has written its pid file (it does so after binding the port) and the port
  // answers: the port alone could be another server's.
  const pidFile = join(prefix, "nginx.pid");
  const ready = async () => existsSync(pidFile) && readFileSync(pidFile, "utf8").trim() === String(child.pid) && (await accepts(port));
  const deadline = Date.now() + startTimeoutMs;
  while (!(await ready())) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      await exited(child);
      const log = existsSync(join(prefix, "logs/error.log")) ? readFileSync(join(prefix, "logs/error.log"), "utf8") : "";
      await cleanUp();
      throw new Error(`nginx did not start on 127.0.0.1:${port}: ${(stderr + log).trim() || "no output"}`);
    }
    await sleep(50);
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    prefix,
    pid: child.pid!,
    stop: () =>
      (stopping ??= (async () => {
        child.kill("SIGQUIT");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000); // a stuck worker must not hang the caller
        await exited(child);
        clearTimeout(timer);
        await cleanUp();
      })()),
  };
}

/**
 * Starts Debian's nginx with deploy/nginx.conf in a private temporary prefix,
 * listening on 127.0.0.1 only, serving `root`. Resolves once nginx accepts
 * connections. Call stop() when done.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const { root, port = 0, startTimeoutMs = 15_000 } = options;
  if (!existsSync(nginxPath)) throw new Error(`nginx not found at ${nginxPath}: install it (apt-get install nginx) or set NGINX_PATH`);
  const folder = resolve(root);
  if (!existsSync(join(folder, "index.html"))) throw new Error(`${folder} has no index.html: build the site first (npm run build)`);
  // A free port can be taken between the check and nginx's bind: try a few.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(folder, port || (await freePort()), startTimeoutMs);
    } catch (error) {
      if (port || attempt >= 3 || !/Address already in use/.test(String(error))) throw error;
    }
  }
}

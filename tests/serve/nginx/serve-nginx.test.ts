import assert from "node:assert/strict";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { before, test } from "node:test";
import { projectSite } from "../../support/shared-build.ts";
import { freePort } from "../../../src/serve/free-port.ts";
import { httpGet } from "../../support/http-get.ts";

let root: string;

before(async () => {
  root = await projectSite();
});

/** Starts `npm run serve:nginx` in its own process group, as a terminal would; resolves with nginx's pid once it serves. */
async function startServe(port: number): Promise<{ child: ChildProcess; nginxPid: number; output: () => string }> {
  const child = spawn("npm", ["run", "--silent", "serve:nginx", "--", "--port", String(port), "--root", root], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!/nginx \(pid (\d+)\) serves/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`serve:nginx did not start: ${output}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return { child, nginxPid: Number(/nginx \(pid (\d+)\)/.exec(output)![1]), output: () => output };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once("exit", (code) => done(code)));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

for (const [signal, how, target] of [
  ["SIGINT", "Ctrl-C (SIGINT to the whole process group)", "group"],
  ["SIGTERM", "SIGTERM to npm alone, as a supervisor sends it", "npm"],
] as const) {
  test(`npm run serve:nginx serves the site with real nginx and stops it cleanly on ${how}`, async () => {
    const port = await freePort();
    const { child, nginxPid, output } = await startServe(port);
    const page = await httpGet(`http://127.0.0.1:${port}/`);
    assert.equal(page.status, 200);
    assert.match(String(page.headers["content-security-policy"]), /default-src 'self'/);
    const prefix = /-p (\S+)/.exec(execFileSync("ps", ["-o", "args=", "-p", String(nginxPid)], { encoding: "utf8" }))?.[1];
    assert.ok(prefix && existsSync(prefix), "nginx runs from a private prefix");

    process.kill(target === "group" ? -child.pid! : child.pid!, signal);
    await exitCode(child); // npm ends itself with the signal it got: its exit code says nothing
    const deadline = Date.now() + 15_000;
    while ((alive(nginxPid) || !/nginx stopped/.test(output())) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    assert.match(output(), /nginx stopped/);
    assert.equal(alive(nginxPid), false, "no nginx left running");
    assert.equal(existsSync(prefix!), false, "the prefix is removed");
    await assert.rejects(httpGet(`http://127.0.0.1:${port}/`), /ECONNREFUSED/);
  });
}

test("npm run serve:nginx explains a missing build instead of starting", async () => {
  const child = spawn("npm", ["run", "--silent", "serve:nginx", "--", "--root", "/nonexistent-site-folder"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  assert.equal(await exitCode(child), 1);
  assert.match(output, /has no index\.html: build the site first \(npm run build\)/);
});

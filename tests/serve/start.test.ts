import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { freePort } from "../../src/serve/free-port.ts";

/**
 * `npm start` in a copy of the project (so the test can edit code and content freely):
 * the served pages follow each kind of edit — content, settings, loader code.
 */
const copy = mkdtempSync(join(tmpdir(), "xc-start-"));
let server: ChildProcess;
let output = "";
let base = "";

/** Waits until `url`'s body satisfies `check` (the dev server rebuilds in the background); fails after `seconds`. */
async function waitForPage(url: string, check: (body: string) => boolean, seconds = 90): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      last = await (await fetch(url)).text();
      if (check(last)) return last;
    } catch {
      // not listening yet, or restarting
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} never showed the change in ${seconds} s; the server printed:\n${output.slice(-2000)}`);
}

before(async () => {
  for (const entry of ["src", ".eleventy.js", "package.json", "tsconfig.json"]) cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
  const port = await freePort();
  base = `http://localhost:${port}`;
  server = spawn("npm", ["start", "--", "--port", String(port)], { cwd: copy, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  await waitForPage(`${base}/`, (body) => body.includes("<title>首页"));
});

after(() => {
  if (server.pid) process.kill(-server.pid, "SIGTERM"); // npm, node --watch and the server: the whole group
  rmSync(copy, { recursive: true, force: true });
});

describe("npm start", () => {
  test("serves the built site with its search index", async () => {
    const list = await fetch(`${base}/pagefind/parts.json`); // the index in parts (src/publish/search/)
    assert.equal(list.status, 200);
    const { parts } = (await list.json()) as { parts: string[] };
    const response = await fetch(`${base}${parts[0]}pagefind.js`);
    assert.equal(response.status, 200);
  });

  test("shows a new article after it is saved", async () => {
    mkdirSync(join(copy, "src/content/articles"), { recursive: true });
    writeFileSync(join(copy, "src/content/articles/dev-edit.md"), "---\ntitle: 本地预览测试文章（虚构）\nchannel: tzgg\ndate: 2025-05-01 09:00\n---\n\n正文。\n");
    await waitForPage(`${base}/tzgg/`, (body) => body.includes("本地预览测试文章（虚构）"));
  });

  test("shows an edited setting on every page", async () => {
    const settings = join(copy, "src/settings/site.yaml");
    writeFileSync(settings, readFileSync(settings, "utf8").replace(/^ {2}phone: .*$/m, "  phone: 010-00001111"));
    await waitForPage(`${base}/about/`, (body) => body.includes("010-00001111"));
  });

  test("restarts with edited loader code, and serves what the new code produces", async () => {
    const loader = join(copy, "src/lib/feeds/build-feed.ts");
    writeFileSync(loader, readFileSync(loader, "utf8").replace('"全部栏目"', '"全部栏目（预览）"'));
    await waitForPage(`${base}/`, (body) => body.includes("全部栏目（预览）"));
  });
});

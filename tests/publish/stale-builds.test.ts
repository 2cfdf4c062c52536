import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { buildInto, removeTemp, tempOutput } from "../support/build-into.ts";

const article = `---\ntitle: 一篇文章\nchannel: gzdt\ndate: 2025-05-01 09:00\n---\n正文。\n`;

let content: string;
let output: string;
const children: ReturnType<typeof spawn>[] = [];

before(async () => {
  content = mkdtempSync(join(tmpdir(), "xc-stale-content-"));
  mkdirSync(join(content, "articles"));
  mkdirSync(join(content, "legacy"));
  writeFileSync(join(content, "articles/a.md"), article);
  output = await tempOutput("stale");
});

after(async () => {
  for (const child of children) child.kill("SIGKILL");
  rmSync(content, { recursive: true, force: true });
  await removeTemp(output);
});

const besideOutput = () => readdirSync(dirname(output)).filter((name) => name !== basename(output)).sort();

/** A child process that runs until killed: its pid stands for a concurrent build. */
function liveProcess(): number {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

test("a build killed while writing leaves its staging folder, and the next build removes it", async () => {
  const build = spawn(process.execPath, ["--import", "tsx", "src/publish/build.ts", "--content", content, "--output", output], { stdio: "ignore" });
  children.push(build);
  const staging = `${output}.staging-${build.pid}`;
  for (let waited = 0; !existsSync(staging); waited += 50) {
    assert.ok(waited < 120_000, "the build never created its staging folder");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  build.kill("SIGKILL");
  await new Promise((resolve) => build.on("exit", resolve));
  assert.ok(existsSync(staging), "the killed build left its staging folder");

  const { cleaned } = await buildInto(output, { contentDir: content });
  assert.deepEqual(besideOutput(), [], "nothing left beside the output");
  assert.ok(existsSync(join(output, "gzdt/2025/a/index.html")));
  assert.match(cleaned.join("\n"), new RegExp(`Removed .*staging-${build.pid}, left by a build \\(process ${build.pid}\\) that is no longer running`));
});

test("a concurrent build's staging folder is left alone while its process runs; other names are never touched", async () => {
  const live = `${basename(output)}.staging-${liveProcess()}`;
  const dead = `${basename(output)}.staging-${await deadPid()}`;
  const others = [`${basename(output)}.staging-notapid`, `other.staging-${await deadPid()}`];
  for (const name of [live, dead, ...others]) mkdirSync(join(dirname(output), name));
  await buildInto(output, { contentDir: content });
  assert.deepEqual(besideOutput(), [live, ...others].sort());
  for (const name of [live, ...others]) rmSync(join(dirname(output), name), { recursive: true });
});

test("a build killed between moving the old site aside and putting the new one in place: the old site comes back", async () => {
  const previous = `${output}.previous-${await deadPid()}`;
  rmSync(previous, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.rename(output, previous));
  assert.equal(existsSync(output), false, "as a killed swap leaves it: no site");
  writeFileSync(join(content, "articles/broken.md"), "---\ntitle: 坏的\nchannel: gzdt\ndate: 2025-02-30\n---\n正文\n");
  await assert.rejects(buildInto(output, { contentDir: content }));
  assert.ok(existsSync(join(output, "gzdt/2025/a/index.html")), "the last published site is served again even though this build failed");
  assert.deepEqual(besideOutput(), []);
  rmSync(join(content, "articles/broken.md"));
});

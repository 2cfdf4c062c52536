import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ensureBuilt, isBuildStale } from "../../src/build/ensure-built.ts";

describe("deciding whether the audit must build the site first", () => {
  it("builds when the output is missing, or a source is newer than the built pages, and not otherwise", async () => {
    const folder = await mkdtemp(join(tmpdir(), "a11y-audit-stale-"));
    try {
      const output = join(folder, "_site");
      const source = join(folder, "src", "page.njk");
      await mkdir(join(folder, "src"));
      await writeFile(source, "x");
      assert.equal(await isBuildStale(output, [join(folder, "src")]), true, "no output yet");

      await mkdir(output);
      await writeFile(join(output, "index.html"), "<!DOCTYPE html>");
      await writeFile(join(output, "sitemap.xml"), "<urlset/>");
      const old = new Date("2026-01-01T00:00:00Z");
      const newer = new Date("2026-02-01T00:00:00Z");
      await utimes(source, old, old);
      assert.equal(await isBuildStale(output, [join(folder, "src")]), false, "sources older than the build");

      await utimes(join(output, "index.html"), old, old);
      await utimes(join(output, "sitemap.xml"), newer, newer);
      await utimes(source, newer, newer);
      assert.equal(await isBuildStale(output, [join(folder, "src")]), true, "a source newer than the oldest built page");
      assert.equal(await isBuildStale(output, [join(folder, "missing"), join(folder, "src", "page.njk")]), true, "a source named as a file; a missing one is ignored");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("runs the config's build step only when the build is stale, and says so", async () => {
    const folder = await mkdtemp(join(tmpdir(), "a11y-audit-build-"));
    try {
      const output = join(folder, "out");
      const source = join(folder, "page.html");
      await writeFile(source, "<!DOCTYPE html>");
      const builds: string[] = [];
      const log: string[] = [];
      const build = {
        sources: [source],
        run: async (into: string) => {
          builds.push(into);
          await mkdir(into, { recursive: true });
          await writeFile(join(into, "index.html"), "<!DOCTYPE html>");
          await writeFile(join(into, "sitemap.xml"), "<urlset/>");
          return { pages: 1 };
        },
      };
      await ensureBuilt(output, build, (line) => log.push(line));
      assert.deepEqual(builds, [output]);
      assert.deepEqual(log, [`Building the site into ${output}/ (missing or older than its sources)…`, "Built 1 pages."]);
      await ensureBuilt(output, build, (line) => log.push(line));
      assert.deepEqual(builds, [output], "not again: nothing changed");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

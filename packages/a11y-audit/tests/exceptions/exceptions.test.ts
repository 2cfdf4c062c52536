import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { applyExceptions, loadExceptions } from "../../src/exceptions/exceptions.ts";
import type { Finding } from "../../src/types.ts";

let folder: string;
const file = (name: string) => join(folder, name);

const finding = (over: Partial<Finding>): Finding => ({ tool: "axe", mode: "desktop", page: "/news/", rule: "color-contrast", message: "m", ...over });

describe("the audit exceptions file", () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), "a11y-audit-exceptions-"));
  });
  after(async () => rm(folder, { recursive: true, force: true }));

  it("means no exceptions when it is missing or empty", async () => {
    assert.deepEqual(loadExceptions(file("missing.yaml")), []);
    await writeFile(file("empty.yaml"), "exceptions: []\n");
    assert.deepEqual(loadExceptions(file("empty.yaml")), []);
  });

  it("reads entries with their line", async () => {
    await writeFile(
      file("one.yaml"),
      `# comment\nexceptions:\n  - rule: color-contrast\n    pages: "/news/**"\n    tool: axe\n    reason: axe cannot see the colour behind the banner image\n    issue: "#42"\n`,
    );
    const [entry] = loadExceptions(file("one.yaml"));
    assert.equal(entry?.rule, "color-contrast");
    assert.equal(entry?.source, `${file("one.yaml")}:3`);
  });

  it("rejects an invalid file with one line per problem, naming file, line, field and what is expected", async () => {
    await writeFile(file("bad.yaml"), `exceptions:\n  - rule: color-contrast\n    pages: "/**"\n    reason: short\n    issue: soon\n    colour: red\n`);
    assert.throws(
      () => loadExceptions(file("bad.yaml")),
      (error: Error) => {
        const lines = error.message.split("\n").slice(1);
        assert.equal(lines.length, 3, error.message);
        assert.ok(lines.some((l) => l.includes("bad.yaml:4: exceptions.0.reason:") && l.includes("15 characters")));
        assert.ok(lines.some((l) => l.includes("bad.yaml:5: exceptions.0.issue:") && l.includes('"#number" or a URL')));
        assert.ok(lines.some((l) => l.includes("bad.yaml:6: exceptions.0.colour: is not a known field")));
        return true;
      },
    );
  });

  it("accepts the findings an entry matches by rule, page pattern, tool and mode, and keeps the rest", async () => {
    await writeFile(
      file("match.yaml"),
      `exceptions:\n  - rule: color-contrast\n    pages: "/news/**"\n    mode: forced-colors\n    reason: forced colours are the reader's own colours\n    issue: https://example.org/issues/7\n`,
    );
    const exceptions = loadExceptions(file("match.yaml"));
    const covered = finding({ mode: "forced-colors", page: "/news/2025/a/" });
    const otherMode = finding({ mode: "desktop", page: "/news/2025/a/" });
    const otherPage = finding({ mode: "forced-colors", page: "/events/" });
    const { kept, excepted, stale } = applyExceptions([covered, otherMode, otherPage], exceptions);
    assert.deepEqual(kept, [otherMode, otherPage]);
    assert.deepEqual(excepted.map((e) => e.finding), [covered]);
    assert.deepEqual(stale, []);
  });

  it("reports an entry that matches no finding as stale", async () => {
    await writeFile(
      file("stale.yaml"),
      `exceptions:\n  - rule: target-size\n    pages: "/"\n    reason: the old banner buttons, being replaced\n    issue: "#9"\n`,
    );
    const exceptions = loadExceptions(file("stale.yaml"));
    const { kept, stale } = applyExceptions([finding({})], exceptions);
    assert.equal(kept.length, 1);
    assert.deepEqual(stale.map((e) => e.rule), ["target-size"]);
  });

  it("takes the tool names of the site's page checks as tools, and names every tool it accepts otherwise", async () => {
    await writeFile(file("tool.yaml"), `exceptions:\n  - rule: contact-link-missing\n    pages: "/orphan/"\n    tool: contact\n    reason: the old notices page is being retired\n    issue: "#3"\n`);
    assert.equal(loadExceptions(file("tool.yaml"), ["contact"])[0]?.tool, "contact");
    assert.throws(
      () => loadExceptions(file("tool.yaml")),
      (error: Error) => {
        assert.deepEqual(error.message.split("\n").slice(1), [
          `  ${file("tool.yaml")}:4: exceptions.0.tool: is "contact"; expected one of axe, pa11y:htmlcs, pa11y:axe, layout, keyboard, html-validate, links, pages, browser, server`,
        ]);
        return true;
      },
    );
  });
});

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fingerprintAssets } from "../../../src/publish/fingerprint/fingerprint-assets.ts";

const folder = mkdtempSync(join(tmpdir(), "xc-fingerprint-"));
after(() => rmSync(folder, { recursive: true, force: true }));

test("gives each asset a content-named twin and points pages, stylesheets and feeds at it", async () => {
  mkdirSync(join(folder, "assets/icons"), { recursive: true });
  mkdirSync(join(folder, "gzdt"));
  writeFileSync(join(folder, "assets/icons/pointer.svg"), "<svg/>");
  writeFileSync(join(folder, "assets/site.css"), "body { cursor: url(/assets/icons/pointer.svg), auto }");
  writeFileSync(join(folder, "gzdt/index.html"), `<link rel="stylesheet" href="/assets/site.css"><a href="/assets/site.css.map">x</a>`);
  writeFileSync(join(folder, "feed.xml"), `<?xml-stylesheet href="/assets/site.css"?>`);

  const names = await fingerprintAssets(folder);
  const svg = names.get("/assets/icons/pointer.svg")!;
  const css = names.get("/assets/site.css")!;
  assert.match(svg, /^\/assets\/icons\/pointer\.[0-9a-f]{10}\.svg$/);
  assert.match(css, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
  assert.equal(readFileSync(join(folder, css), "utf8"), `body { cursor: url(${svg}), auto }`, "the stylesheet names the twin of the icon");
  assert.equal(readFileSync(join(folder, "gzdt/index.html"), "utf8"), `<link rel="stylesheet" href="${css}"><a href="/assets/site.css.map">x</a>`, "only exact names are rewritten");
  assert.equal(readFileSync(join(folder, "feed.xml"), "utf8"), `<?xml-stylesheet href="${css}"?>`);
  assert.equal(readFileSync(join(folder, "assets/icons/pointer.svg"), "utf8"), "<svg/>", "the plain name stays");

  const again = await fingerprintAssets(folder);
  assert.deepEqual(again, names, "running twice changes nothing: twins are not fingerprinted again");
});

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { listSiteFiles } from "../site-files.ts";

/** Files whose text may name other assets, rewritten before they are hashed themselves. */
const referencing = new Set([".css", ".js", ".mjs", ".xsl"]);
/** Published text files whose asset references point at the fingerprinted names. */
const pages = new Set([".html", ".xml", ".xsl", ".json", ".css", ".js", ".mjs"]);
/** A name that already carries a fingerprint: stem.0123456789.ext */
const fingerprinted = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

/** Every file under `folder` (none when it is missing), as paths including `folder`, sorted. */
const filesUnder = (folder: string) => (existsSync(folder) ? listSiteFiles(folder).map((file) => join(folder, file)) : []);

/** Replaces every `/assets/…` path that has a fingerprinted twin. */
function rewrite(text: string, names: Map<string, string>): string {
  return text.replace(/\/assets\/[A-Za-z0-9._/-]+/g, (path) => names.get(path) ?? path);
}

/**
 * Post-build step: gives every file under assets/ a twin whose name carries
 * a hash of its content (site.css → site.3f2a9c1d0b.css) and points pages,
 * feeds, stylesheets and scripts at the twins. nginx caches the twins for a
 * year (a new content is a new name) and the plain names for minutes; the
 * plain names stay, so nothing that links to them breaks. Deterministic:
 * the same input gives the same names.
 */
export async function fingerprintAssets(folder: string): Promise<Map<string, string>> {
  const assets = (filesUnder(join(folder, "assets"))).filter((file) => !fingerprinted.test(file));
  // Leaves first (images, fonts), then stylesheets and scripts, which may name them.
  const ordered = [...assets.filter((f) => !referencing.has(extname(f))), ...assets.filter((f) => referencing.has(extname(f)))];
  const names = new Map<string, string>();
  for (const file of ordered) {
    const extension = extname(file);
    let content = await readFile(file);
    if (referencing.has(extension)) {
      content = Buffer.from(rewrite(content.toString("utf8"), names));
      await writeFile(file, content);
    }
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
    const twin = `${file.slice(0, -extension.length)}.${hash}${extension}`;
    await writeFile(twin, content);
    const path = (f: string) => `/${f.slice(folder.length).replace(/^[\\/]+/, "").split(/[\\/]/).join("/")}`;
    names.set(path(file), path(twin));
  }
  if (names.size === 0) return names;
  for (const file of filesUnder(folder)) {
    if (!pages.has(extname(file)) || file.startsWith(join(folder, "assets"))) continue;
    const text = await readFile(file, "utf8");
    const rewritten = rewrite(text, names);
    if (rewritten !== text) await writeFile(file, rewritten);
  }
  return names;
}

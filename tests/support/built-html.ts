import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ContentSource } from "../../src/lib/load-site.ts";
import { buildSite } from "../../src/publish/build-site.ts";
import { listSiteFiles, pagePathOf } from "../../src/publish/site-files.ts";

/** Builds the site (or fixture content) into a fresh temp folder, or `output`; no post-build steps. */
export async function buildHtml(content?: Partial<ContentSource>, output = join(mkdtempSync(join(tmpdir(), "xc-build-")), "site")): Promise<string> {
  await buildSite({ output, content });
  return output;
}

/** Every HTML file of a built site: its site path (`/gzdt/`) and its text. */
export function htmlPages(folder: string): { path: string; file: string; html: string }[] {
  return listSiteFiles(folder, "**/*.html").map((file) => ({ path: pagePathOf(file), file, html: readFileSync(join(folder, file), "utf8") }));
}

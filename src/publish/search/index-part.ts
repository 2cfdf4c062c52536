import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { unusedUiFiles } from "./pagefind-options.ts";

/** One part of the search index: its folder and its pages' records ([URL, record HTML], sorted by URL). */
export interface SearchPart {
  id: string;
  outputPath: string;
  records: [url: string, html: string][];
}

/** Fails with every message Pagefind reported, one a line. */
function throwIfErrors(stage: string, errors: string[]): void {
  if (errors.length) throw new Error(`Search index (${stage}) failed:\n${errors.map((e) => `  ${e}`).join("\n")}`);
}

/**
 * Indexes one part with Pagefind's Node API (its bundled binary: no network, no CLI) into its
 * own folder, a complete Pagefind bundle the search page merges with the others (mergeIndex).
 * The records go in URL order, so the same pages give the same files. The part's index is
 * deleted from Pagefind's memory once written: a build holds one part at a time.
 */
export async function indexPart(part: SearchPart, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  throwIfErrors("start", errors);
  try {
    for (const [url, content] of part.records) {
      const added = await index!.addHTMLFile({ url, content });
      throwIfErrors(`reading ${url}`, added.errors);
    }
    const written = await index!.writeFiles({ outputPath: part.outputPath });
    throwIfErrors(`writing ${part.id}`, written.errors);
    await Promise.all(unusedUiFiles.map((name) => rm(join(part.outputPath, name), { force: true })));
    return part.records.length;
  } finally {
    await index!.deleteIndex();
  }
}

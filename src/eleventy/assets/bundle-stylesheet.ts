import { bundle, type Targets } from "lightningcss";
import { defaults } from "./options.ts";

/** One stylesheet from an entry and its @imports, minified; a CSS error names file, line and column. */
export function bundleStylesheet(entry: string, targets: Targets = defaults.cssTargets): string {
  try {
    return bundle({ filename: entry, minify: true, targets }).code.toString();
  } catch (error) {
    const { fileName, loc, message } = error as { fileName?: string; loc?: { line: number; column: number }; message: string };
    throw new Error(`${fileName ?? entry}:${loc ? `${loc.line}:${loc.column}` : ""}: ${message}`);
  }
}

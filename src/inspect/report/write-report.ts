import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { InspectionResult } from "../run-inspection.ts";
import { renderReport } from "./render-report.ts";

/** Writes the report into `folder`: index.html for the operator, inspect.json for tools. Returns the HTML file. */
export async function writeReport(folder: string, result: InspectionResult): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, "inspect.json"), `${JSON.stringify(result, null, 2)}\n`);
  const html = join(folder, "index.html");
  await writeFile(html, renderReport(result));
  return html;
}

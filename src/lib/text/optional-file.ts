import { existsSync } from "node:fs";
import { readTextFile } from "../content/read-text-file.ts";
import type { BuildProblem } from "../model/types.ts";

/**
 * The text of a settings or data file a site may go without: undefined when it is absent,
 * a problem when it is there but cannot be read as text (a pipe, a device, too big, not UTF-8).
 */
export function readOptionalFile(file: string): { text?: string | undefined; problem?: BuildProblem | undefined } {
  if (!existsSync(file)) return {};
  return readTextFile(file);
}

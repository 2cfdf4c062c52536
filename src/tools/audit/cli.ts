/**
 * `npm run audit [-- --folder DIR] [--report DIR] [--exceptions FILE]`
 * Audits the built site (building _site/ first when it is missing or stale) and
 * exits 1 on any problem, stale exception or crash. See README "Accessibility audit".
 */
import { parseArgs } from "node:util";
import { findInvalidInput } from "../build-errors.ts";
import { runAudit } from "./run-audit.ts";
import { formatSummary } from "./summary.ts";

const usage = "usage: npm run audit [-- --folder DIR] [--report DIR] [--exceptions FILE]";
let values: { folder?: string; report: string; exceptions?: string };
try {
  ({ values } = parseArgs({
    options: {
      folder: { type: "string" },
      report: { type: "string", default: "reports/a11y" },
      exceptions: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

try {
  const result = await runAudit({
    folder: values.folder ?? "_site",
    build: values.folder === undefined, // a folder named on the command line is audited as it is
    reportDir: values.report,
    ...(values.exceptions ? { exceptionsFile: values.exceptions } : {}),
  });
  for (const line of formatSummary(result)) console.log(line);
  console.log(`Report: ${values.report}/index.html (results.json beside it)`);
  process.exitCode = result.passed ? 0 : 1;
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  console.error("The audit did not complete: FAILED.");
  process.exitCode = 1;
}

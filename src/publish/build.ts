/**
 * `npm run build [-- --output DIR] [--content DIR] [--settings DIR] [--full] [--timings FILE]`:
 * builds the site atomically into _site/ (see build-site.ts), from the project's own content
 * unless told otherwise (the benchmark builds generated sites this way). When the published site
 * was built from the same code and settings, only what changed is rendered and indexed again
 * (incremental); --full renders everything. --timings writes where the time went as JSON.
 * Invalid input prints one line per problem and exits 1; the output is untouched.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { findInvalidInput } from "./build-errors.ts";
import { buildSite } from "./build-site.ts";
import { postBuildSteps } from "./post-build-steps.ts";

const usage = "usage: npm run build [-- --output DIR] [--content DIR] [--settings DIR] [--full] [--timings FILE]";
let values: { output: string; content?: string; settings?: string; full: boolean; timings?: string };
try {
  ({ values } = parseArgs({
    options: {
      output: { type: "string", default: "_site" },
      content: { type: "string" },
      settings: { type: "string" },
      full: { type: "boolean", default: false },
      timings: { type: "string" },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const started = performance.now();
try {
  const content = { contentDir: values.content, settingsDir: values.settings };
  const given = Object.fromEntries(Object.entries(content).filter(([, value]) => value !== undefined));
  const result = await buildSite({ output: values.output, steps: postBuildSteps, content: given, full: values.full });
  for (const line of result.cleaned) console.log(line);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const how = result.fullReason ? `full build: ${result.fullReason}` : `incremental: ${result.rendered} files rendered, ${result.kept} pages unchanged, the unchanged files linked from the published site`;
  console.log(`Built ${result.pages} pages into ${values.output}/ in ${seconds} s (${how})`);
  if (values.timings) writeFileSync(values.timings, `${JSON.stringify({ ...result, cleaned: undefined }, null, 2)}\n`);
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  console.error(`The previous ${values.output}/ (if any) was left as it was.`);
  process.exit(1);
}

/**
 * `npm run build [-- --output DIR] [--content DIR] [--settings DIR]`:
 * builds the site atomically into _site/ (see build-site.ts), from the project's own
 * content unless told otherwise (the benchmark builds generated sites this way).
 * Invalid input prints one line per problem and exits 1; the output is untouched.
 */
import { parseArgs } from "node:util";
import { findInvalidInput } from "./build-errors.ts";
import { buildSite } from "./build-site.ts";
import { postBuildSteps } from "./post-build-steps.ts";

const usage = "usage: npm run build [-- --output DIR] [--content DIR] [--settings DIR]";
let values: { output: string; content?: string; settings?: string };
try {
  ({ values } = parseArgs({
    options: {
      output: { type: "string", default: "_site" },
      content: { type: "string" },
      settings: { type: "string" },
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
  const { pages, cleaned } = await buildSite({ output: values.output, steps: postBuildSteps, content: given });
  for (const line of cleaned) console.log(line);
  console.log(`Built ${pages} pages into ${values.output}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  console.error(`The previous ${values.output}/ (if any) was left as it was.`);
  process.exit(1);
}

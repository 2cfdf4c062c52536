/**
 * `npm run build`: builds the site atomically into _site/ (see build-site.ts).
 * Invalid input prints one line per problem and exits 1; _site/ is untouched.
 */
import { findInvalidInput } from "./build-errors.ts";
import { buildSite } from "./build-site.ts";
import { postBuildSteps } from "./post-build-steps.ts";

const started = performance.now();
try {
  const { pages } = await buildSite({ output: process.env.SITE_OUTPUT || "_site", steps: postBuildSteps });
  console.log(`Built ${pages} pages into _site/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
  console.error("The previous _site/ (if any) was left as it was.");
  process.exit(1);
}

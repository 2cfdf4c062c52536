/**
 * `npm start [-- --port 8080]`: builds the site once as `npm run build` does (search index
 * included), then serves _site/ with Eleventy's development server and rebuilds the pages on
 * every edit of a template, an article or a setting. package.json runs this file under
 * `node --watch-path` for the loader and Eleventy code (src/lib, src/eleventy, .eleventy.js):
 * a running process cannot re-import an edited ES module, so an edit there restarts it.
 * The search index is not rebuilt on edits: run `npm run build` (or restart) for that.
 */
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { configure } from "../../.eleventy.js";
import { findInvalidInput } from "../publish/build-errors.ts";
import { buildSite } from "../publish/build-site.ts";
import { postBuildSteps } from "../publish/post-build-steps.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port is "${values.port}"; expected a port number, e.g. 8080`);
  process.exit(2);
}

try {
  const { pages } = await buildSite({ output: "_site", steps: postBuildSteps });
  console.log(`Built ${pages} pages into _site/.`);
} catch (error) {
  // Keep serving what there is: the author fixes the input and the watch rebuilds.
  const invalid = findInvalidInput(error);
  console.error(invalid ? invalid.message : error);
}

const eleventy = new Eleventy(undefined, "_site", { configPath: false, config: configure(), quietMode: true, runMode: "serve" });
await eleventy.init();
eleventy.setIgnoreInitial(true); // the build above wrote every page
await eleventy.watch();
await eleventy.serve(port); // prints "[11ty] Server at http://localhost:PORT/" (the next free port if PORT is taken)
process.on("SIGINT", async () => {
  await eleventy.stopWatch();
  process.exit(0);
});

/**
 * `npm run shots`: full-page screenshots of every page type (page-types.ts) at 320, 375 and 1280 px in
 * every look (shot-modes.ts) into reports/shots/, with reports/shots/index.html to review them side by
 * side. One build of the portal fixture (tests/fixtures/portal/, into .cache/shots-site/), served on
 * 127.0.0.1, photographed in Debian's Chromium (CHROME_PATH overrides). A page that fails to load
 * stops the run with its address: a missing shot would look like a reviewed one.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic } from "a11y-audit/serve-static";
import { buildSite } from "../publish/build-site.ts";
import { postBuildSteps } from "../publish/post-build-steps.ts";
import { indexPage, type Shot } from "./index-page.ts";
import { pageTypes } from "./page-types.ts";
import { shotModes, shotWidths } from "./shot-modes.ts";

const options = {
  content: { settingsDir: "tests/fixtures/portal/settings", contentDir: "tests/fixtures/portal/content" },
  site: resolve(".cache/shots-site"),
  output: resolve("reports/shots"),
  height: 800,
};

const storageKey = "xc-reading-aids";

console.log(`shots: building the portal fixture into ${options.site}`);
await buildSite({ output: options.site, steps: postBuildSteps, content: options.content });
rmSync(options.output, { recursive: true, force: true });
mkdirSync(options.output, { recursive: true });

const server = await serveStatic(options.site);
const browser = await launchChromium();
const shots: Shot[] = [];
try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  for (const mode of shotModes) {
    await tab.goto(`${server.url}/about/`);
    await tab.evaluate((key, value) => localStorage.setItem(key, value), storageKey, JSON.stringify(mode.choices));
    await cdp.send("Emulation.setEmulatedMedia", { features: mode.media ? [mode.media] : [] });
    for (const width of shotWidths) {
      await tab.setViewport({ width, height: options.height });
      for (const type of pageTypes) {
        const response = await tab.goto(server.url + type.path, { waitUntil: "networkidle0" });
        const status = response?.status() ?? 0;
        if (status !== 200 && !(type.path === "/404.html" && status === 404)) throw new Error(`shots: ${type.path} answered ${status}`);
        if (type.ready) {
          try {
            await tab.waitForFunction(type.ready, { timeout: 30_000 }); // a bound, so that a broken page stops the run instead of hanging it
          } catch {
            throw new Error(`shots: ${type.path} never showed ${type.ready}`);
          }
        }
        const file = `${type.slug}-${width}-${mode.slug}.png`;
        await tab.screenshot({ path: join(options.output, file), fullPage: true });
        shots.push({ type, width, mode, file });
      }
      console.log(`shots: ${mode.name} at ${width}px: ${pageTypes.length} pages`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(options.output, "index.html"), indexPage(shots, shotModes, shotWidths));
console.log(`shots: ${shots.length} screenshots, index at ${join(options.output, "index.html")}`);

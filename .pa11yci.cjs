// pa11y-ci configuration. CommonJS because pa11y-ci loads it with require() and this
// package is ESM. `npm run audit` passes the URLs (from the built sitemap.xml); by hand:
//   npx pa11y-ci --config .pa11yci.cjs --sitemap http://127.0.0.1:PORT/sitemap.xml \
//     --sitemap-find https://www.bjxch.gov.cn --sitemap-replace http://127.0.0.1:PORT
"use strict";

// The same Chromium, and the same flags, as every other browser tool of the project.
const { require: tsxRequire } = require("tsx/cjs/api");
const { chromiumLaunchOptions } = tsxRequire("./src/tools/chromium.ts", __filename);

module.exports = {
  defaults: {
    standard: "WCAG2AA",
    runners: ["htmlcs", "axe"],
    // Two pages at a time suits 2 cores. Incognito contexts off: with them, concurrency > 1
    // makes about half the pages fail with "Protocol error (Target.closeTarget)" (pa11y-ci#354).
    concurrency: 2,
    useIncognitoBrowserContext: false,
    chromeLaunchConfig: chromiumLaunchOptions(),
    timeout: 60000,
  },
  urls: [],
};

// The package's default pa11y-ci configuration; a site names another with `pa11y.configFile`
// or changes single options with `pa11y.options` in its audit.config.ts. CommonJS because
// pa11y-ci loads its configuration with require(). The audit passes the URLs (from the
// built sitemap.xml); by hand, from the project that installs the package:
//   npx pa11y-ci --config node_modules/a11y-audit/src/pa11y/pa11yci.cjs \
//     --sitemap http://127.0.0.1:PORT/sitemap.xml --sitemap-find https://www.example.org --sitemap-replace http://127.0.0.1:PORT
"use strict";

// The same Chromium, and the same flags, as the audit's own browser pass.
const { require: tsxRequire } = require("tsx/cjs/api");
const { chromiumLaunchOptions } = tsxRequire("../browser/chromium.ts", __filename);

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

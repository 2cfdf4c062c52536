/**
 * The accessibility audit's settings for this site (`npm run audit`; the audit itself is the
 * a11y-audit package in packages/a11y-audit/, which knows nothing of the site). Everything
 * here is what only this site has: its reading aids, the footer 国办发〔2017〕47号 requires, the 网页设计规范 meta tags,
 * its not-found page, how it is built and served. This file's content is part of the audit
 * cache key: editing it re-audits every page.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { AuditInputError, defineAuditConfig, type PageCheck, staticServer } from "a11y-audit/config";
import { footerProblems } from "./src/inspect/checks/footer-items.ts";
import { metaTagProblems } from "./src/inspect/checks/meta-tags.ts";

/**
 * A short hash of a check's source file. The audit's cache key holds this file and its checks'
 * descriptions, not the files they import: naming the version in the description re-audits
 * every page when a shared check changes.
 */
const versionOf = (file: string) => createHash("sha256").update(readFileSync(new URL(file, import.meta.url))).digest("hex").slice(0, 12);

/**
 * The footer 国办发〔2017〕47号 requires on every page (主办单位, 联系方式, 标识码, 找错, the ICP and
 * 公安备案 links): the same check `npm run inspect` runs (src/inspect/checks/footer-items.ts).
 */
const footerCheck: PageCheck = {
  tool: "footer",
  description: `the footer items of 国办发〔2017〕47号 (check ${versionOf("./src/inspect/checks/footer-items.ts")})`,
  check: ({ $ }) => footerProblems($).map(({ rule, message }) => ({ rule, message })),
};

/** The 网页设计规范 meta tags every page carries: the same check `npm run inspect` runs (src/inspect/checks/meta-tags.ts). */
const metaCheck: PageCheck = {
  tool: "meta",
  description: `the 网页设计规范 meta tags: site, column, and an item's title, date and source (check ${versionOf("./src/inspect/checks/meta-tags.ts")})`,
  check: ({ $ }) => metaTagProblems($).map(({ rule, message }) => ({ rule, message })),
};

export default defineAuditConfig({
  folder: "_site", // what `npm run build` writes
  exceptions: "audit-exceptions.yaml", // accepted findings, each with its reason and issue

  // The reading aids (阅读辅助) switch the site's CSS by attributes on <html>, so each is a display mode.
  extraDisplayModes: [
    {
      name: "large-text",
      description: "reading aid: extra-large text (data-xc-text=xlarge)",
      viewport: { width: 1280, height: 800 },
      htmlAttributes: { "data-xc-text": "xlarge" },
      checks: ["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text"],
    },
    {
      name: "elder",
      description: "reading aid: 长者模式 (data-xc-elder=on)",
      viewport: { width: 1280, height: 800 },
      htmlAttributes: { "data-xc-elder": "on" },
      checks: ["no-horizontal-scroll", "no-clipped-text", "no-overlapping-text", "targets-60"], // 适老化 长者模式: 60×60 targets
    },
    {
      name: "high-contrast",
      description: "reading aid: high contrast (data-xc-contrast=high)",
      viewport: { width: 1280, height: 800 },
      htmlAttributes: { "data-xc-contrast": "high" },
      checks: ["no-horizontal-scroll"],
    },
  ],

  // The 7:1 text contrast (WCAG 1.4.6, AAA) the site promises its elderly readers, not only AA's 4.5:1.
  axe: { rules: { "color-contrast-enhanced": { enabled: true } } },

  // The search form and the 复制链接 buttons show only where their script runs: not content to compare without JavaScript.
  scriptOnlyControls: "[data-xc-needs-script]",

  pageChecks: [footerCheck, metaCheck],

  // The not-found page is left out of sitemap.xml (excludeFromSitemap) but audited all the same. It answers
  // 404 where the server keeps it for errors only (deploy/nginx.conf marks it internal), 200 as a plain file.
  knownExtraPages: [{ path: "/404.html", statuses: [200, 404] }],

  // `npm run audit` builds _site/ first (as `npm run build` does) when it is missing or older than any of the sources.
  build: {
    run: async (output) => {
      const { buildSite } = await import("./src/publish/build-site.ts");
      const { postBuildSteps } = await import("./src/publish/post-build-steps.ts");
      const { findInvalidInput } = await import("./src/publish/build-errors.ts");
      try {
        return await buildSite({ output, steps: postBuildSteps });
      } catch (error) {
        const invalid = findInvalidInput(error); // the author's list of problems, not a stack trace
        throw invalid ? new AuditInputError(invalid.problems, "nothing was built") : error;
      }
    },
    sources: ["src", ".eleventy.js", "package-lock.json"],
  },

  // --server static (the package's own) or nginx: Debian's nginx with deploy/nginx.conf, its CSP and headers, as in production.
  servers: {
    static: staticServer,
    nginx: {
      start: async (folder) => {
        const { startNginx } = await import("./src/serve/nginx/start-nginx.ts");
        const nginx = await startNginx({ root: folder });
        return { url: nginx.url, close: () => nginx.stop() };
      },
      configFiles: ["deploy/nginx.conf"],
    },
  },
});

/**
 * The accessibility audit's settings for this site (`npm run audit`; the audit itself is the
 * a11y-audit package in packages/a11y-audit/, which knows nothing of the site). Everything
 * here is what only this site has: its reading aids, the footer 国办发〔2017〕47号 requires,
 * its not-found page, how it is built and served. This file's content is part of the audit
 * cache key: editing it re-audits every page.
 */
import { AuditInputError, defineAuditConfig, type PageCheck, staticServer } from "a11y-audit/config";
import { icpLookupUrl } from "./src/lib/site/official-links.ts";

/** The public-security filing lookup every 公安备案 number links to (its query string names the number). */
const publicSecurityLookup = "https://beian.mps.gov.cn/";

/**
 * The footer 国办发〔2017〕47号 requires on every page: the ICP filing number linked to
 * the MIIT lookup and the 公安备案 number linked to the MPS lookup.
 */
const footerCheck: PageCheck = {
  tool: "footer",
  description: "the ICP备案 and 公安备案 links of 国办发〔2017〕47号",
  check: ({ $ }) => {
    const footer = $("body footer").last();
    if (!footer.length) return [{ rule: "footer-missing", message: "The page has no <footer>: 主办单位, 标识码, ICP and 公安备案 are required on every page" }];
    const links = footer.find("a").toArray().map((a) => ({ href: $(a).attr("href") ?? "", text: $(a).text().trim() }));
    const linked = (lookup: string, number: RegExp) => links.some((link) => link.href.startsWith(lookup) && number.test(link.text));
    return [
      ...(linked(icpLookupUrl, /ICP备\d+号/) ? [] : [{ rule: "footer-icp-link", message: `The footer has no ICP备案 number (…ICP备…号) linked to ${icpLookupUrl}` }]),
      ...(linked(publicSecurityLookup, /公网安备\d+号?/) ? [] : [{ rule: "footer-public-security-link", message: `The footer has no 公安备案 number (…公网安备…号) linked to ${publicSecurityLookup}` }]),
    ];
  },
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

  pageChecks: [footerCheck],

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

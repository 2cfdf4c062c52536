import { spawnSync } from "node:child_process";
import * as cheerio from "cheerio";
import nunjucks from "nunjucks";
import { filters } from "../../src/eleventy/plugins/filters.ts";

/** The folder Eleventy looks up includes in, so `components/<name>/<name>.njk` resolves as in templates. */
const includes = "src/site/_includes";

let environment: nunjucks.Environment | undefined;

/** A Nunjucks environment like Eleventy's: autoescaping on, the site's filters, the includes folder. */
function nunjucksEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(includes), { autoescape: true, throwOnUndefined: false });
  for (const [name, filter] of Object.entries(filters)) environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  return environment;
}

/**
 * Renders one component's macro alone, without building the site: `macro` from
 * components/<component>/<component>.njk, called with `params`. Returns the HTML and it parsed.
 */
export function renderComponent(component: string, macro: string, params: unknown): { html: string; $: cheerio.CheerioAPI } {
  const template = `{% from "components/${component}/${component}.njk" import ${macro} %}{{ ${macro}(params) }}`;
  const html = nunjucksEnvironment().renderString(template, { params }).trim();
  return { html, $: cheerio.load(html, null, false) };
}

/**
 * What xmllint says is wrong with `markup` as XML (empty when it is well-formed): the feed
 * preview, an XSLT stylesheet, includes the components that pass this.
 */
export function xmlProblems(markup: string): string {
  const result = spawnSync("xmllint", ["--noout", "-"], { input: `<root>${markup}</root>`, encoding: "utf8" });
  if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
  return result.status === 0 ? result.stderr.trim() : result.stderr.trim() || `xmllint exited ${result.status}`;
}

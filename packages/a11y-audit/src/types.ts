/** The kinds of check the package runs itself; a site's page checks (see config) add their own names. */
export type BuiltInTool =
  | "pages" // the page list against the built files
  | "server" // the page could not be fetched from the audit's server
  | "browser" // the page failed to load or audit in Chromium, a script error, a third-party request
  | "pa11y:htmlcs"
  | "pa11y:axe"
  | "axe" // axe-core run directly, WCAG 2.2 tags
  | "layout" // reflow, clipped and overlapping text, target size, content without JavaScript
  | "keyboard" // skip link, focus visibility, focus in view, tab order
  | "html-validate"
  | "links";

/** Every built-in tool name, for the exceptions file's `tool` field. */
export const builtInTools: readonly BuiltInTool[] = ["axe", "pa11y:htmlcs", "pa11y:axe", "layout", "keyboard", "html-validate", "links", "pages", "browser", "server"];

/** One problem on one page. */
export interface Finding {
  /** A built-in tool, or the `tool` of the site's page check that found it. */
  tool: BuiltInTool | (string & {});
  /** The display mode the page was in, or "static" for checks on the built file. */
  mode: string;
  /** The page's path, e.g. "/news/". */
  page: string;
  /** The rule broken: an axe rule id, an HTML_CodeSniffer code, an html-validate rule or one of ours. */
  rule: string;
  message: string;
  /** CSS selector of the element, when there is one. */
  selector?: string;
  /** The element's HTML, shortened. */
  html?: string;
  /** WCAG success criteria, e.g. ["1.4.3"]. */
  wcag?: string[];
  helpUrl?: string;
  impact?: string;
}

/** A page to audit: its path on the site and the built file it comes from. */
export interface AuditPage {
  path: string;
  /** Path of the HTML file relative to the site folder, e.g. "news/index.html". */
  file: string;
}

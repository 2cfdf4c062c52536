import type { Browser, CDPSession, Page } from "puppeteer-core";
import type { DisplayMode } from "../config/display-modes.ts";
import { defaultAxeTags } from "../config/resolve-config.ts";
import { acceptedStatuses, type PageStatuses } from "../pages/accepted-statuses.ts";
import type { AuditPage, Finding } from "../types.ts";
import { runAxe, type AxeOptions } from "./axe-runner.ts";
import { launchChromium } from "./chromium.ts";
import { installInPageHelpers, readableText, setRootAttributes, settleAnimations } from "./in-page.ts";
import { checkKeyboard } from "./keyboard-checks.ts";
import { runLayoutChecks } from "./layout-checks.ts";

export interface BrowserPassOptions {
  /** Base URL of the served site, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  pages: readonly AuditPage[];
  modes: readonly DisplayMode[];
  /** Tabs working at once in the one browser. */
  concurrency?: number;
  /** Called when a page has been through every mode, with the same-origin URLs it requested (for the audit cache). */
  onPage?: (page: AuditPage, findings: Finding[], requested: string[]) => void;
  /** Skip the keyboard checks (the benchmark times axe alone). */
  keyboard?: boolean;
  /** axe-core's tags and extra rules (default: WCAG 2.2 AA and best practices, no extra rules). */
  axe?: AxeOptions;
  /** Pages that may answer other statuses than 200 (a not-found page: 404). */
  knownExtraPages?: readonly PageStatuses[];
  /** CSS selector of controls shown only when their script runs (left out of the no-JavaScript comparison). */
  scriptOnlyControls?: string | undefined;
  /** A browser to open the tabs in, left open (a test file shares one); by default one is launched and closed. */
  browser?: Browser;
}

/** Longest a page may take in one mode before it counts as not audited. */
const pageTimeoutSeconds = 60;

/** One tab of the shared browser and the mode it is set up for. */
interface Tab {
  page: Page;
  cdp: CDPSession;
  /** Where the tab is now, for findings raised by its event listeners. */
  current: { page: string; mode: string };
  events: Finding[];
  /** Same-origin URLs requested since the page's audit began. */
  requested: Set<string>;
}

async function openTab(browser: Browser, origin: string): Promise<Tab> {
  const page = await browser.newPage();
  await page.setBypassCSP(true); // the modes add a stylesheet; the site's CSP must not block the audit's own CSS
  const tab: Tab = { page, cdp: await page.createCDPSession(), current: { page: "", mode: "" }, events: [], requested: new Set<string>() };
  const add = (rule: string, message: string) => tab.events.push({ tool: "browser", ...tab.current, rule, message });
  page.on("pageerror", (error) => add("page-script-error", `A script on the page threw: ${String(error).split("\n")[0]}`));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(origin)) tab.requested.add(url);
    if (/^(data|blob|about):/.test(url) || url.startsWith(origin)) return;
    add("third-party-request", `The page requested ${url}: nothing may be loaded from another host`);
  });
  return tab;
}

/** Sets viewport, emulated media and JavaScript for a mode. */
async function configure(tab: Tab, mode: DisplayMode): Promise<void> {
  await tab.page.setViewport({ deviceScaleFactor: 1, isMobile: false, hasTouch: false, ...mode.viewport });
  await tab.page.setJavaScriptEnabled(mode.javaScript !== false);
  await tab.cdp.send("Emulation.setEmulatedMedia", { media: "", features: mode.media ?? [] });
}

/** Loads a page in the tab's current mode, fails on a non-200 answer, and applies the mode's CSS and attributes. */
async function load(tab: Tab, url: string, mode: DisplayMode, options: BrowserPassOptions): Promise<void> {
  const response = await tab.page.goto(url, { waitUntil: "load", timeout: 30_000 });
  const status = response?.status();
  if (status === undefined || !acceptedStatuses(decodeURI(new URL(url).pathname), options.knownExtraPages ?? []).includes(status)) throw new Error(`${url} answered HTTP ${status ?? "nothing"}`);
  await tab.page.evaluate(installInPageHelpers);
  if (mode.css) await tab.page.addStyleTag({ content: mode.css });
  if (mode.htmlAttributes) await tab.page.evaluate(setRootAttributes, mode.htmlAttributes);
  await tab.page.evaluate(settleAnimations);
  // The page has loaded and rendered without its scripts; switching script execution back on
  // runs none of them, but lets axe (which needs timers) run on the page as it is.
  if (mode.javaScript === false) await tab.page.setJavaScriptEnabled(true);
}

/** Rejects when `work` takes longer than `seconds`: a hung page fails the audit instead of stalling it. */
function withTimeout<T>(work: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Every mode, then the keyboard checks, for one page. */
async function auditPage(tab: Tab, options: BrowserPassOptions, page: AuditPage): Promise<Finding[]> {
  const url = `${options.baseUrl}${encodeURI(page.path)}`;
  tab.requested.clear();
  const findings: Finding[] = [];
  let textWithJavaScript: string[] | undefined;
  for (const mode of options.modes) {
    tab.current = { page: page.path, mode: mode.name };
    try {
      const modeFindings = await withTimeout(
        (async () => {
          await configure(tab, mode);
          await load(tab, url, mode, options);
          if (mode.javaScript !== false && !textWithJavaScript) textWithJavaScript = await tab.page.evaluate(readableText, options.scriptOnlyControls ?? null);
          const axe = await runAxe(tab.page, { page: page.path, mode }, options.axe ?? { tags: defaultAxeTags, rules: {} });
          return [...axe, ...(await runLayoutChecks(tab.page, { page: page.path, mode, textWithJavaScript, scriptOnlyControls: options.scriptOnlyControls ?? null }))];
        })(),
        pageTimeoutSeconds,
        `${mode.name} mode`,
      );
      findings.push(...modeFindings);
    } catch (error) {
      if (!tab.page.browser().connected) throw error; // a crashed browser ends the audit
      findings.push({ tool: "browser", mode: mode.name, page: page.path, rule: "page-not-audited", message: `Could not audit the page: ${String(error).split("\n")[0]}` });
    }
  }
  for (const mode of options.keyboard === false ? [] : options.modes.filter((m) => m.keyboard)) {
    tab.current = { page: page.path, mode: mode.name };
    try {
      await configure(tab, mode);
      const reload = () => load(tab, url, mode, options);
      findings.push(...(await withTimeout(checkKeyboard(tab.page, tab.current, reload), pageTimeoutSeconds * 2, `keyboard checks in ${mode.name} mode`)));
    } catch (error) {
      if (!tab.page.browser().connected) throw error;
      findings.push({ tool: "browser", mode: mode.name, page: page.path, rule: "page-not-audited", message: `Could not run the keyboard checks: ${String(error).split("\n")[0]}` });
    }
  }
  findings.push(...tab.events.splice(0));
  return findings;
}

/**
 * Audits every page in every display mode with axe-core and the layout and
 * keyboard checks, in one Chromium with `concurrency` tabs. If the browser
 * crashes or disconnects, the pass throws: an audit never passes by not running.
 */
export async function runBrowserPass(options: BrowserPassOptions): Promise<Finding[]> {
  const browser = options.browser ?? (await launchChromium());
  let crashed = false;
  const onDisconnected = () => (crashed = true);
  browser.on("disconnected", onDisconnected);
  const queue = [...options.pages];
  const findings: Finding[] = [];
  try {
    const origin = new URL(options.baseUrl).origin;
    const worker = async () => {
      const tab = await openTab(browser, origin);
      for (let next = queue.shift(); next; next = queue.shift()) {
        const pageFindings = await auditPage(tab, options, next);
        findings.push(...pageFindings);
        options.onPage?.(next, pageFindings, [...tab.requested]);
      }
      await tab.page.close();
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? 2, options.pages.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } catch (error) {
    if (crashed) throw new Error(`Chromium crashed or disconnected during the audit: ${String(error)}`);
    throw error;
  } finally {
    browser.off("disconnected", onDisconnected);
    if (!crashed && !options.browser) await browser.close();
  }
  return findings;
}

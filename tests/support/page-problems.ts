import type { Page } from "puppeteer-core";

export interface PageProblems {
  /** securitypolicyviolation events: directive, blocked URI, where. */
  violations: string[];
  /** console.error messages, uncaught exceptions, failed or 4xx/5xx requests. */
  errors: string[];
  /** HTTP status of the document. */
  status: number;
}

declare global {
  interface Window {
    __xcViolations?: string[];
  }
}

/**
 * Loads `url` in `page` and collects everything that says the page does not
 * work as served: CSP violations (listened for from before the first script
 * runs), console errors, uncaught exceptions and failed requests.
 * `expectedStatus` is the document's own status that is not an error (404 for the not-found page).
 */
export async function loadAndCollectProblems(page: Page, url: string, expectedStatus = 200): Promise<PageProblems> {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string; location(): { url?: string } }) => {
    // A Permissions-Policy feature Chromium does not know is only a warning, but means the header is wrong.
    const headerError = message.type() === "warn" && message.text().startsWith("Error with Permissions-Policy header");
    if (message.type() !== "error" && !headerError) return;
    // Chromium logs the document's own status as an error too; for the not-found page it is expected.
    if (expectedStatus !== 200 && message.location().url === url && message.text().includes(`status of ${expectedStatus}`)) return;
    errors.push(`console.error: ${message.text()} (${message.location().url ?? "?"})`);
  };
  const onPageError = (error: unknown) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
  const onRequestFailed = (request: { url(): string; failure(): { errorText: string } | null }) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  const onResponse = (response: { url(): string; status(): number }) => {
    if (response.status() >= 400 && !(response.url() === url && response.status() === expectedStatus)) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onRequestFailed);
  page.on("response", onResponse);
  const script = await page.evaluateOnNewDocument(() => {
    window.__xcViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__xcViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  try {
    // Scripts may act after load (the search page fetches its index): wait until the network is quiet,
    // then let the tasks already queued run, which report any violation (reports are asynchronous).
    const response = await page.goto(url, { waitUntil: "networkidle0" });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    const violations = await page.evaluate(() => window.__xcViolations ?? []);
    return { violations, errors, status: response?.status() ?? 0 };
  } finally {
    await page.removeScriptToEvaluateOnNewDocument(script.identifier);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("requestfailed", onRequestFailed);
    page.off("response", onResponse);
  }
}

import { existsSync } from "node:fs";
import puppeteer, { type Browser, type LaunchOptions } from "puppeteer-core";

/** The browser the audit (and a site's browser tests) drive: Debian's Chromium unless CHROME_PATH names another. No tool downloads one. */
export const chromiumPath = process.env.CHROME_PATH || "/usr/bin/chromium";

/**
 * Flags for a headless Chromium on a closed network as root: no sandbox (root),
 * and no background networking (it would keep trying hosts it cannot reach).
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Launch options for puppeteer-core (and pa11y's chromeLaunchConfig). */
export function chromiumLaunchOptions(extra: LaunchOptions = {}): LaunchOptions {
  return { executablePath: chromiumPath, headless: true, args: chromiumArgs, ...extra };
}

/** Starts Chromium, with a clear message when it is not installed. */
export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROME_PATH`);
  }
  return puppeteer.launch(chromiumLaunchOptions(extra));
}

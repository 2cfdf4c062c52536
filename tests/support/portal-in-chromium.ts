import { after, before } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "a11y-audit/chromium";
import { serveStatic, type StaticServer } from "a11y-audit/serve-static";
import { portalSite } from "../site/documents/portal-documents.ts";

/**
 * The built portal fixture served as static files and one Chromium tab, shared by a whole test
 * file: call it at the file's top level; its hooks start them before the tests and close them after.
 */
export function portalInChromium(): { readonly tab: Page; readonly url: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let tab: Page | undefined;
  before(async () => {
    server = await serveStatic(await portalSite());
    browser = await launchChromium();
    tab = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get tab() {
      return tab!;
    },
    get url() {
      return server!.url;
    },
  };
}

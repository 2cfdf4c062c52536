import { gzipSync } from "node:zlib";
import type { Browser } from "puppeteer-core";
import { splitContent } from "./content-range.ts";

/** Bytes as sent (no compression by our test server) and gzipped (zlib's default level 6). */
export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  name: string;
  url: string;
  requests: number;
  html: Size;
  css: Size;
  js: Size;
  other: Size;
  /** The content inside the HTML (article body, article lists), part of `html`. */
  content: Size;
  /** Images (an article's figures): content too, not part of the page's own weight, and not in `other`. */
  images: Size;
  /** HTML without the content, + CSS + JS, gzipped: the page's own weight. */
  ownGzip: number;
  /** Requests to any origin but the site's own. */
  otherOrigin: string[];
  /** Requests Chromium marks render-blocking (the one stylesheet is expected). */
  renderBlocking: string[];
  /** Every request: site-relative URL (absolute for another origin), DevTools resource type, bytes. */
  requestList: { url: string; type: string; bytes: number; status: number }[];
}

interface Seen {
  url: string;
  type: string;
  renderBlocking: boolean;
  status?: number;
  body?: Buffer;
}

const size = (bytes: Buffer): Size => (bytes.length ? { raw: bytes.length, gzip: gzipSync(bytes).length } : { raw: 0, gzip: 0 });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Size = { raw: 0, gzip: 0 };

/**
 * Loads one page in Chromium with the cache off and records every request
 * through the DevTools protocol: its type, whether Chromium treats it as
 * render-blocking, and its body, which is sized raw and gzipped here.
 */
export async function measurePageWeight(browser: Browser, name: string, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  try {
    const client = await page.createCDPSession();
    const seen = new Map<string, Seen>();
    const bodies: Promise<void>[] = [];
    client.on("Network.requestWillBeSent", (event) => {
      if (event.request.url.startsWith("data:")) return; // inline bytes, already counted in their document
      const blocking = event.renderBlockingBehavior === "Blocking" || event.renderBlockingBehavior === "InBodyParserBlocking";
      seen.set(event.requestId, { url: event.request.url, type: event.type ?? "Other", renderBlocking: blocking });
    });
    client.on("Network.responseReceived", (event) => {
      const entry = seen.get(event.requestId);
      if (entry) entry.status = event.response.status;
    });
    client.on("Network.loadingFinished", (event) => {
      const entry = seen.get(event.requestId);
      if (!entry) return;
      bodies.push(
        client.send("Network.getResponseBody", { requestId: event.requestId }).then(({ body, base64Encoded }) => {
          entry.body = Buffer.from(body, base64Encoded ? "base64" : "utf8");
        }),
      );
    });
    await client.send("Network.enable");
    await client.send("Network.setCacheDisabled", { cacheDisabled: true });
    const response = await page.goto(url, { waitUntil: "networkidle0" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await Promise.all(bodies);

    const origin = new URL(url).origin;
    const weight: PageWeight = { name, url, requests: seen.size, html: zero, css: zero, js: zero, other: zero, content: zero, images: zero, ownGzip: 0, otherOrigin: [], renderBlocking: [], requestList: [] };
    let ownHtml = zero;
    for (const entry of seen.values()) {
      const body = entry.body ?? Buffer.alloc(0);
      const sameOrigin = new URL(entry.url).origin === origin;
      weight.requestList.push({ url: sameOrigin ? entry.url.slice(origin.length) : entry.url, type: entry.type, bytes: body.length, status: entry.status ?? 0 });
      if (!sameOrigin) weight.otherOrigin.push(entry.url);
      if (entry.renderBlocking) weight.renderBlocking.push(entry.url);
      if (entry.type === "Document") {
        weight.html = add(weight.html, size(body));
        const { own, content } = splitContent(body.toString("utf8"));
        ownHtml = add(ownHtml, size(Buffer.from(own)));
        weight.content = add(weight.content, size(Buffer.from(content)));
      } else if (entry.type === "Stylesheet") weight.css = add(weight.css, size(body));
      else if (entry.type === "Script") weight.js = add(weight.js, size(body));
      else if (entry.type === "Image") weight.images = add(weight.images, size(body));
      else weight.other = add(weight.other, size(body));
    }
    weight.ownGzip = ownHtml.gzip + weight.css.gzip + weight.js.gzip;
    return weight;
  } finally {
    await page.close();
  }
}

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { type RunningNginx, startNginx } from "../../../src/serve/nginx/start-nginx.ts";
import { removeTemp, tempOutput } from "../../support/build-into.ts";
import { projectSite } from "../../support/shared-build.ts";
import { deployedCsp } from "../../support/deployed-csp.ts";
import { httpGet } from "../../support/http-get.ts";
import { siteFiles } from "../../support/site-files.ts";

/**
 * Files of kinds the site publishes through other parts of the build (feeds,
 * the Pagefind index). Written only where the build did not make them, so
 * every content type the config declares is requested from real nginx.
 */
const samples: Record<string, string | Buffer> = {
  "/feeds/rss.xml": `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>西城</title></channel></rss>\n`,
  "/feeds/atom.xml": `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>西城</title></feed>\n`,
  "/feeds/feed.json": `${JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "西城".repeat(200), items: [] })}\n`,
  "/assets/feed.xsl": `<?xml version="1.0" encoding="utf-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n`,
  "/pagefind/pagefind.js": `export const search = () => "西城".repeat(200);\n`,
  "/pagefind/pagefind-entry.json": `{"version":"1.6.0","languages":{"zh-cn":{"hash":"zh-cn_0a1b2c3d","wasm":"zh-cn","page_count":1}}}\n`,
  "/pagefind/wasm.zh-cn.pagefind": Buffer.alloc(2048, 1),
  "/pagefind/pagefind.zh-cn_0a1b2c3d.pf_meta": Buffer.alloc(2048, 2),
  "/pagefind/fragment/zh-cn_4e5f6a7b.pf_fragment": Buffer.alloc(2048, 3),
  "/pagefind/index/zh-cn_8c9d0e1f.pf_index": Buffer.alloc(2048, 4),
  "/pagefind/filter/zh-cn_2a3b4c5d.pf_filter": Buffer.alloc(2048, 5),
  // An article's attachments and image renditions, published beside its page (src/publish/article-files/)
  "/zcwj/2025/sample/form.docx": Buffer.alloc(2048, 6),
  "/zcwj/2025/sample/table.xlsx": Buffer.alloc(2048, 7),
  "/zcwj/2025/sample/rules.pdf": Buffer.alloc(2048, 8),
  "/zcwj/2025/sample/rules.ofd": Buffer.alloc(2048, 9),
  "/zcwj/2025/sample/data.csv": "街道,人数\n德胜,12\n",
  "/zcwj/2025/sample/files.zip": Buffer.alloc(2048, 10),
  "/zcwj/2025/sample/form.wps": Buffer.alloc(2048, 11),
  "/zcwj/2025/sample/chart-480.webp": Buffer.alloc(2048, 12),
  "/zcwj/2025/sample/photo-480.jpeg": Buffer.alloc(2048, 13),
};

/** The Content-Type nginx must send for a site path. */
function expectedType(path: string): string {
  if (/^\/feeds\/.+\.json$/.test(path)) return "application/feed+json; charset=utf-8";
  const extension = path.slice(path.lastIndexOf(".") + 1);
  const types: Record<string, string> = {
    html: "text/html; charset=utf-8",
    css: "text/css; charset=utf-8",
    js: "text/javascript; charset=utf-8",
    xml: "application/xml; charset=utf-8",
    json: "application/json; charset=utf-8",
    xsl: "application/xslt+xml; charset=utf-8",
    svg: "image/svg+xml; charset=utf-8",
    txt: "text/plain; charset=utf-8",
    png: "image/png",
    webp: "image/webp",
    jpeg: "image/jpeg",
    pdf: "application/pdf",
    ofd: "application/ofd",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    csv: "text/csv; charset=utf-8",
    zip: "application/zip",
    wps: "application/octet-stream",
    ico: "image/x-icon",
    woff2: "font/woff2",
    wasm: "application/wasm",
  };
  if (/^(pagefind|pf_meta|pf_fragment|pf_index|pf_filter)$/.test(extension)) return "application/octet-stream";
  const type = types[extension];
  assert.ok(type, `the test knows no content type for ${path}: add its extension to deploy/nginx.conf and here`);
  return type;
}

const longCache = "public, max-age=31536000, immutable";
const shortCache = "public, max-age=300";

/** Fingerprinted names are cached for a year, everything else for five minutes. */
function expectedCache(path: string): string {
  return /^\/assets\/.+\.[0-9a-f]{10}\.[a-z0-9]+$/.test(path) || /^\/pagefind\/.+\.(pf_meta|pf_fragment|pf_index|pf_filter)$/.test(path)
    ? longCache
    : shortCache;
}

const securityHeaders = {
  "content-security-policy": deployedCsp(),
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function assertSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) assert.equal(headers[name], value, `${name} on ${what}`);
  const permissions = String(headers["permissions-policy"]);
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "autoplay"]) {
    assert.match(permissions, new RegExp(`(^|, )${feature}=\\(\\)`), `Permissions-Policy switches ${feature} off on ${what}`);
  }
  assert.doesNotMatch(permissions, /=\((?!\))/, `Permissions-Policy allows no feature on ${what}`);
}

test("the deployed Content-Security-Policy allows only this origin, no inline code and no eval", () => {
  const directives = new Map(deployedCsp().split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  assert.deepEqual(directives.get("default-src"), ["'self'"]);
  assert.deepEqual(directives.get("script-src"), ["'self'", "'wasm-unsafe-eval'"], "scripts from this origin only; WebAssembly for search, never JavaScript eval");
  assert.deepEqual(directives.get("style-src"), ["'self'"], "no inline style");
  assert.deepEqual(directives.get("object-src"), ["'none'"]);
  assert.deepEqual(directives.get("frame-ancestors"), ["'none'"]);
  for (const values of directives.values()) assert.ok(!values.some((v) => /unsafe-inline|unsafe-eval'|\*/.test(v) && v !== "'wasm-unsafe-eval'"), values.join(" "));
});

describe("the site served by real nginx with deploy/nginx.conf", () => {
  let root: string;
  let nginx: RunningNginx;

  before(async () => {
    root = await tempOutput("nginx");
    cpSync(await projectSite(), root, { recursive: true }); // a copy: the samples below are added to it
    for (const [path, content] of Object.entries(samples)) {
      const file = join(root, path);
      if (existsSync(file)) continue;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    nginx = await startNginx({ root });
  });

  after(async () => {
    await nginx?.stop();
    await removeTemp(root);
  });

  test("listens on 127.0.0.1 only, with pid, logs and temp files inside its private prefix", () => {
    const config = readFileSync(join(nginx.prefix, "nginx.conf"), "utf8");
    assert.deepEqual(config.match(/^\s*listen .*$/gm)?.map((l) => l.trim()), [`listen 127.0.0.1:${nginx.port};`]);
    assert.match(config, /^daemon off;/m);
    assert.ok(existsSync(join(nginx.prefix, "nginx.pid")), "nginx.pid is in the prefix");
    assert.ok(existsSync(join(nginx.prefix, "logs/access.log")), "the access log is in the prefix");
    assert.doesNotMatch(config, /@@[A-Z]+@@/, "no placeholder is left");
  });

  test("serves every built file with status 200, its content type with charset, and its cache lifetime", async () => {
    const files = siteFiles(root).filter((path) => path !== "/404.html");
    assert.ok(files.length >= 15, `the site has files (${files.length})`);
    assert.ok(files.some((path) => expectedCache(path) === longCache && path.startsWith("/assets/")), "the build fingerprinted at least one asset");
    for (const path of files) {
      const response = await httpGet(nginx.url + path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers["content-type"], expectedType(path), `Content-Type of ${path}`);
      assert.equal(response.headers["cache-control"], expectedCache(path), `Cache-Control of ${path}`);
      assert.deepEqual(response.body, readFileSync(join(root, path)), `the bytes of ${path}`);
    }
  });

  test("serves a directory URL's index.html, and redirects it to the trailing slash when the slash is missing", async () => {
    const page = await httpGet(`${nginx.url}/gzdt/`);
    assert.equal(page.status, 200);
    assert.deepEqual(page.body, readFileSync(join(root, "gzdt/index.html")));
    const redirect = await httpGet(`${nginx.url}/gzdt`);
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, "/gzdt/", "a relative redirect: right behind any proxy or port");
    assert.equal((await httpGet(`${nginx.url}/`)).status, 200);
    assert.equal((await httpGet(`${nginx.url}/gzdt/?page=2`)).status, 200, "a query string does not matter");
  });

  test("answers unknown paths with the site's own 404 page and status 404", async () => {
    const notFoundPage = readFileSync(join(root, "404.html"));
    for (const path of ["/no-such-page/", "/gzdt/2025/no-such-article/", "/assets/", "/assets/missing.css", "/404.html", "/.staging/index.html", "/feeds/../../etc/passwd"]) {
      const response = await httpGet(nginx.url + path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers["content-type"], "text/html; charset=utf-8", path);
      assert.deepEqual(response.body, notFoundPage, `${path} shows 404.html`);
      assertSecurityHeaders(response.headers, `the 404 for ${path}`);
    }
    assert.match(notFoundPage.toString("utf8"), /页面未找到/);
  });

  test("sends the security headers on pages, feeds, JSON, stylesheets, search files and redirects", async () => {
    const paths = ["/", "/gzdt/", "/sitemap.xml", "/feeds/rss.xml", "/feeds/feed.json", "/assets/site.css", "/pagefind/pagefind-entry.json", "/gzdt"];
    for (const path of paths) assertSecurityHeaders((await httpGet(nginx.url + path)).headers, path);
    const page = await httpGet(`${nginx.url}/`);
    assert.equal(page.headers.server, "nginx", "no version number in Server");
  });

  test("compresses text with gzip when asked, but not Pagefind's already-compressed chunks", async () => {
    for (const path of ["/", "/assets/site.css", "/sitemap.xml", "/feeds/feed.json"]) {
      const response = await httpGet(nginx.url + path, { headers: { "accept-encoding": "gzip" } });
      assert.equal(response.headers["content-encoding"], "gzip", path);
      assert.match(String(response.headers.vary), /Accept-Encoding/, path);
      assert.deepEqual(gunzipSync(response.body), readFileSync(join(root, path.endsWith("/") ? `${path}index.html` : path)), `${path} inflates to the file`);
    }
    const chunk = await httpGet(`${nginx.url}/pagefind/fragment/zh-cn_4e5f6a7b.pf_fragment`, { headers: { "accept-encoding": "gzip" } });
    assert.equal(chunk.headers["content-encoding"], undefined);
    const plain = await httpGet(`${nginx.url}/`);
    assert.equal(plain.headers["content-encoding"], undefined, "no gzip for a client that did not ask");
  });

  test("refuses methods other than GET and HEAD", async () => {
    assert.equal((await httpGet(`${nginx.url}/`, { method: "HEAD" })).status, 200);
    for (const method of ["POST", "PUT", "DELETE"]) {
      for (const path of ["/", "/gzdt/", "/assets/site.css", "/feeds/feed.json"]) assert.equal((await httpGet(nginx.url + path, { method })).status, 403, `${method} ${path}`);
    }
  });
});

test("stop() shuts nginx down gracefully: no master, no worker and no prefix left", async () => {
  const root = await projectSite();
  const nginx = await startNginx({ root });
  const workers = () => execFileSync("ps", ["-o", "pid=", "--ppid", String(nginx.pid)], { encoding: "utf8" }).trim();
  assert.notEqual(workers(), "", "nginx runs worker processes");
  await nginx.stop();
  assert.throws(() => process.kill(nginx.pid, 0), /ESRCH/, "the master has exited");
  assert.throws(() => workers(), "no process has the master as parent");
  assert.equal(existsSync(nginx.prefix), false, "the prefix is removed");
  await assert.rejects(httpGet(`${nginx.url}/`), /ECONNREFUSED/);
});

test("a taken port is reported with nginx's own words", async () => {
  const root = await projectSite();
  const first = await startNginx({ root });
  try {
    await assert.rejects(startNginx({ root, port: first.port }), /did not start on 127\.0\.0\.1:\d+: .*Address already in use/s);
  } finally {
    await first.stop();
  }
});

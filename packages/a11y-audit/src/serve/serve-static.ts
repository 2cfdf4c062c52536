import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";

export interface StaticServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from a free port on 127.0.0.1, as a static host would:
 * directory URLs serve index.html, unknown paths get 404.html with status 404.
 */
export async function serveStatic(folder: string, port = 0): Promise<StaticServer> {
  const files = sirv(folder, { dev: true, etag: false, dotfiles: false, extensions: ["html"] }); // "html": directory URLs resolve to their index.html
  const notFoundFile = join(folder, "404.html");
  const server: Server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(existsSync(notFoundFile) ? readFileSync(notFoundFile) : "Not found");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

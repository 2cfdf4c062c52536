import { createHash } from "node:crypto";
import { extname } from "node:path";

/** A name that already carries a fingerprint: stem.0123456789.ext */
export const fingerprintPattern = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

/**
 * The URL an asset is also served at, named by its content: /assets/site.css → /assets/site.3f2a9c1d0b.css
 * (the first 10 hex digits of its SHA-256). A new content is a new name, so deploy/nginx.conf caches
 * these names for a year. The same content always gives the same name.
 */
export function fingerprintedUrl(url: string, content: string | Buffer): string {
  const extension = extname(url);
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return `${url.slice(0, url.length - extension.length)}.${hash}${extension}`;
}

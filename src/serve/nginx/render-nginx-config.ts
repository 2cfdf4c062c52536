import { readFileSync } from "node:fs";
import { isAbsolute } from "node:path";

/** The template every rendered config comes from (documented in the README). */
export const nginxTemplateFile = new URL("../../../deploy/nginx.conf", import.meta.url);

export interface NginxConfigOptions {
  /** What `listen` gets: a port, or address:port, e.g. "127.0.0.1:8081" or "80". */
  listen: string;
  /** Absolute path of the built site folder. */
  root: string;
  /**
   * The account worker processes run as when the master runs as root
   * (e.g. www-data in production). Empty: no `user` line, nginx's default.
   */
  user?: string;
  /** Template text; the file in deploy/ unless given. */
  template?: string;
}

/** Characters that would let a value escape its nginx directive. */
const unsafe = /[\s;{}"'$#\\]/;

/**
 * Fills the @@LISTEN@@, @@ROOT@@ and @@USER@@ placeholders of deploy/nginx.conf.
 * Values are checked, not quoted: a path with a space or `;` is refused rather
 * than producing a config that means something else.
 */
export function renderNginxConfig(options: NginxConfigOptions): string {
  const { listen, root, user = "", template = readFileSync(nginxTemplateFile, "utf8") } = options;
  if (!/^(\d{1,3}(\.\d{1,3}){3}:|\[[0-9a-f:]+\]:)?\d{1,5}$/i.test(listen)) {
    throw new Error(`nginx listen is "${listen}"; expected a port or address:port, e.g. 127.0.0.1:8081`);
  }
  if (!isAbsolute(root) || unsafe.test(root)) {
    throw new Error(`nginx root is "${root}"; expected an absolute path without spaces, quotes, ; { } $ # or \\`);
  }
  if (user && !/^[a-z_][a-z0-9_-]*$/i.test(user)) {
    throw new Error(`nginx user is "${user}"; expected an account name, e.g. www-data`);
  }
  const rendered = template
    .replace("@@USER@@", user ? `user ${user};` : "# user: nginx's default")
    .replace("@@LISTEN@@", listen)
    .replace("@@ROOT@@", root.replace(/\/+$/, "") || "/");
  const left = /@@[A-Z]+@@/.exec(rendered);
  if (left) throw new Error(`nginx template still has the placeholder ${left[0]}`);
  return rendered;
}

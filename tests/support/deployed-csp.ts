import { readFileSync } from "node:fs";

/** The Content-Security-Policy that deploy/nginx.conf sends with every response (its `$xc_csp` map). */
export function deployedCsp(): string {
  const config = readFileSync("deploy/nginx.conf", "utf8");
  const policy = /map \$uri \$xc_csp \{\s*default "([^"]+)";/.exec(config)?.[1];
  if (!policy) throw new Error("deploy/nginx.conf has no `map $uri $xc_csp { default \"…\"; }`");
  return policy;
}

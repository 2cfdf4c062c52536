import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { nginxPath } from "../../../src/serve/nginx/start-nginx.ts";
import { renderNginxConfig } from "../../../src/serve/nginx/render-nginx-config.ts";

test("fills in listen, root and user, leaving no placeholder", () => {
  const config = renderNginxConfig({ listen: "80", root: "/srv/xicheng/_site/", user: "www-data" });
  assert.match(config, /^user www-data;$/m);
  assert.match(config, /^\s+listen 80;$/m);
  assert.match(config, /^\s+root \/srv\/xicheng\/_site;$/m);
  assert.doesNotMatch(config, /@@[A-Z]+@@/);
});

test("the production rendering passes nginx's own syntax check (nginx -t)", () => {
  const prefix = mkdtempSync(join(tmpdir(), "xc-nginx-t-"));
  try {
    writeFileSync(join(prefix, "nginx.conf"), renderNginxConfig({ listen: "127.0.0.1:1", root: prefix, user: "www-data" }));
    execFileSync("mkdir", ["-p", join(prefix, "logs"), join(prefix, "temp")]);
    const output = execFileSync(nginxPath, ["-t", "-e", "stderr", "-p", `${prefix}/`, "-c", "nginx.conf"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    assert.equal(typeof output, "string");
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});

test("refuses values that would change the meaning of the config", () => {
  assert.throws(() => renderNginxConfig({ listen: "80; include /etc/passwd", root: "/srv/site" }), /nginx listen is/);
  assert.throws(() => renderNginxConfig({ listen: "80", root: "relative/_site" }), /absolute path/);
  assert.throws(() => renderNginxConfig({ listen: "80", root: "/srv/my site" }), /without spaces/);
  assert.throws(() => renderNginxConfig({ listen: "80", root: "/srv/site;autoindex on" }), /nginx root is/);
  assert.throws(() => renderNginxConfig({ listen: "80", root: "/srv/site", user: "root; worker_processes 1" }), /nginx user is/);
});

/**
 * `npm run nginx:config -- --listen 80 --root /srv/xicheng/_site --user www-data`:
 * prints deploy/nginx.conf with its placeholders filled in, for a server.
 */
import { parseArgs } from "node:util";
import { renderNginxConfig } from "./render-nginx-config.ts";

const { values } = parseArgs({
  options: { listen: { type: "string", default: "80" }, root: { type: "string" }, user: { type: "string", default: "www-data" } },
});

try {
  if (!values.root) throw new Error("--root is required: the absolute path of the built site folder on the server");
  process.stdout.write(renderNginxConfig({ listen: values.listen!, root: values.root, user: values.user! }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

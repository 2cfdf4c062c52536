// Module hooks (run in the loader thread) for record-imports.mjs.
import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(process.env.A11Y_AUDIT_IMPORTS_LOG, `${resolved.url}\n`);
  return resolved;
}

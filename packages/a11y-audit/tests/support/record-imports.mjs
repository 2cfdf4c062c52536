// Preloaded with `node --import` by the CLI tests: records every module URL the process
// resolves (one a line, in the file named by A11Y_AUDIT_IMPORTS_LOG), so a test can tell
// which modules a command loaded.
import { register } from "node:module";

register("./record-imports-hooks.mjs", import.meta.url);

#!/usr/bin/env node
// The `a11y-audit` command. The package is TypeScript run through tsx (no compile step):
// register tsx's loader, then run the CLI, which also loads the site's audit.config.ts.
import { register } from "tsx/esm/api";

// Once only: when node already runs with `--import tsx`, a second loader would compile every
// module twice, and the functions the audit runs inside pages would call helpers the page lacks.
const tsxLoaded = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((argument) => /\btsx\b/.test(argument));
if (!tsxLoaded) register();
await import("../src/cli/main.ts");

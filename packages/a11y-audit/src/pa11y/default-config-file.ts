import { fileURLToPath } from "node:url";

/** The package's pa11y-ci configuration (runners, concurrency, the browser); a site may name another. */
export const defaultPa11yConfigFile = fileURLToPath(new URL("./pa11yci.cjs", import.meta.url));

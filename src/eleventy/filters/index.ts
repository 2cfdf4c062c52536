import errorReportUrl from "./error-report-url.ts";
import siteUrl from "./site-url.ts";

/** Every template filter, by the name templates use. */
export const filters = { errorReportUrl, siteUrl } as const;

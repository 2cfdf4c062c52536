import { siteContent } from "../src/lib/load-site.ts";

/** `articles`: every article (Markdown and legacy text), newest first, with neighbours linked. */
export default () => siteContent().articles;

import { siteContent } from "../src/lib/load-site.ts";

/** `channelPages`: every numbered page of every channel listing. */
export default () => siteContent().channelPages;

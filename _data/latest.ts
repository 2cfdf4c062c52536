import { siteContent } from "../src/lib/load-site.ts";

/** `latest`: the newest articles of each channel, for the home page. */
export default () => siteContent().latest;

import { siteContent } from "../src/lib/load-site.ts";

/** `channelIndex`: each channel with all its articles and listing pages, for the 网站地图. */
export default () => siteContent().channelIndex;

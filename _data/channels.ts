import { siteContent } from "../src/lib/load-site.ts";

/** `channels`: the 栏目 of src/settings/channels.yaml, in menu order. */
export default () => siteContent().channels;

import { siteContent } from "../src/lib/load-site.ts";

/** `site`: the validated settings of src/settings/site.yaml, plus the official filing links. */
export default () => siteContent().site;

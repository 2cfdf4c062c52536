import type { PostBuildStep } from "./build-site.ts";
import { fingerprintAssets } from "./fingerprint/fingerprint-assets.ts";
import { indexSite } from "./search/index-site.ts";

/** What runs on a fresh build before it is published, in order. */
export const postBuildSteps: PostBuildStep[] = [
  async (folder) => void (await indexSite(folder)), // site search: _site/pagefind/ (src/tools/search/)
  async (folder) => void (await fingerprintAssets(folder)), // last: names assets by content for long caching (deploy/nginx.conf)
];

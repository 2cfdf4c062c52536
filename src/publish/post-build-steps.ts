import type { PostBuildStep } from "./build-site.ts";
import { fingerprintAssets } from "./fingerprint/fingerprint-assets.ts";
import { indexSite } from "./search/index-site.ts";

/** Site search: writes the Pagefind index to pagefind/ (src/publish/search/). */
export const searchIndexStep: PostBuildStep = async (folder) => void (await indexSite(folder));

/** Names assets by their content, for year-long caching (deploy/nginx.conf); must run last. */
export const fingerprintStep: PostBuildStep = async (folder) => void (await fingerprintAssets(folder));

/** What runs on a fresh build before it is published, in order. */
export const postBuildSteps: PostBuildStep[] = [searchIndexStep, fingerprintStep];
